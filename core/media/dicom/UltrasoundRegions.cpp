#include "core/media/dicom/UltrasoundRegions.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <QString>

namespace ns::media::dicom {

namespace {
// Scanners do not all use the VRs of the standard (UL for locations, FD for deltas), and
// DCMTK's typed getters refuse a mismatched VR; fall back through the likely ones.
bool readInt(DcmItem& item, const DcmTagKey& tag, long* out)
{
    Uint32 u32 = 0;
    Sint32 s32 = 0;
    Uint16 u16 = 0;
    Sint16 s16 = 0;
    if (item.findAndGetUint32(tag, u32).good()) { *out = long(u32); return true; }
    if (item.findAndGetSint32(tag, s32).good()) { *out = long(s32); return true; }
    if (item.findAndGetUint16(tag, u16).good()) { *out = long(u16); return true; }
    if (item.findAndGetSint16(tag, s16).good()) { *out = long(s16); return true; }
    OFString text;
    if (item.findAndGetOFString(tag, text).good()) {
        bool ok = false;
        *out = QString::fromLatin1(text.c_str()).trimmed().toLong(&ok);
        return ok;
    }
    return false;
}

bool readReal(DcmItem& item, const DcmTagKey& tag, double* out)
{
    Float64 f64 = 0;
    Float32 f32 = 0;
    if (item.findAndGetFloat64(tag, f64).good()) { *out = f64; return true; }
    if (item.findAndGetFloat32(tag, f32).good()) { *out = f32; return true; }
    OFString text;
    if (item.findAndGetOFString(tag, text).good()) {
        bool ok = false;
        *out = QString::fromLatin1(text.c_str()).trimmed().toDouble(&ok);
        return ok;
    }
    return false;
}

// Pixel Spacing style "row\column" in mm.
bool readSpacing(DcmItem& ds, const DcmTagKey& tag, double* row, double* column)
{
    Float64 r = 0, c = 0;
    if (ds.findAndGetFloat64(tag, r, 0).bad() || ds.findAndGetFloat64(tag, c, 1).bad())
        return false;
    if (!(r > 0) || !(c > 0))
        return false;
    *row = r;
    *column = c;
    return true;
}
} // namespace

QList<UltrasoundRegion> readUltrasoundRegions(DcmItem& ds)
{
    QList<UltrasoundRegion> regions;
    DcmSequenceOfItems* seq = nullptr;
    if (ds.findAndGetSequence(DCM_SequenceOfUltrasoundRegions, seq).bad() || !seq)
        return regions;
    for (unsigned long i = 0; i < seq->card(); ++i) {
        DcmItem* item = seq->getItem(i);
        if (!item)
            continue;
        long x0 = 0, y0 = 0, x1 = -1, y1 = -1;
        if (!readInt(*item, DCM_RegionLocationMinX0, &x0) || !readInt(*item, DCM_RegionLocationMinY0, &y0)
            || !readInt(*item, DCM_RegionLocationMaxX1, &x1) || !readInt(*item, DCM_RegionLocationMaxY1, &y1))
            continue; // a region without a location cannot hold a measurement
        UltrasoundRegion r;
        r.bounds = QRect(QPoint(int(x0), int(y0)), QPoint(int(x1), int(y1))); // inclusive corners
        long v = 0;
        if (readInt(*item, DCM_RegionSpatialFormat, &v))
            r.spatialFormat = int(v);
        if (readInt(*item, DCM_RegionDataType, &v))
            r.dataType = int(v);
        if (readInt(*item, DCM_PhysicalUnitsXDirection, &v))
            r.unitsX = PhysicalUnits(v);
        if (readInt(*item, DCM_PhysicalUnitsYDirection, &v))
            r.unitsY = PhysicalUnits(v);
        readReal(*item, DCM_PhysicalDeltaX, &r.physicalDeltaX);
        readReal(*item, DCM_PhysicalDeltaY, &r.physicalDeltaY);
        regions.append(r);
    }
    return regions;
}

void readCalibration(DcmItem& ds, Calibration* calibration)
{
    const QList<UltrasoundRegion> regions = readUltrasoundRegions(ds);
    if (!regions.isEmpty()) {
        calibration->setRegions(regions);
        return;
    }
    double row = 0, column = 0;
    if (readSpacing(ds, DCM_PixelSpacing, &row, &column) || readSpacing(ds, DCM_ImagerPixelSpacing, &row, &column))
        calibration->setPixelSpacingMm(row, column);
}

} // namespace ns::media::dicom
