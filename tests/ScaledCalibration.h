#pragma once
// A copy of a DICOM file with ultrasound regions whose pixels it claims are `factor` times
// as wide and high: the same image, measured `factor`^2 times as large. Tests use it to
// make an outline that no median nerve measures.

#include <QString>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>

namespace ns::testdata {

// False when the file cannot be read or written, or has no ultrasound region.
inline bool writeWithScaledCalibration(const QString& source, const QString& target, double factor)
{
    DcmFileFormat file;
    if (file.loadFile(source.toLocal8Bit().constData()).bad())
        return false;
    DcmItem* region = nullptr;
    if (file.getDataset()->findAndGetSequenceItem(DCM_SequenceOfUltrasoundRegions, region, 0).bad())
        return false;
    for (const DcmTagKey& tag : {DCM_PhysicalDeltaX, DCM_PhysicalDeltaY}) {
        Float64 cm = 0;
        if (region->findAndGetFloat64(tag, cm).bad() || region->putAndInsertFloat64(tag, cm * factor).bad())
            return false;
    }
    return file.saveFile(target.toLocal8Bit().constData(), EXS_LittleEndianExplicit).good();
}

} // namespace ns::testdata
