#include "core/export/dicom/DicomSrWriter.h"

#include "core/export/dicom/DicomCodes.h"
#include "core/export/dicom/DicomSourceCopy.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmsr/cmr/tid1500.h>
#include <dcmtk/dcmsr/codes/dcm.h>
#include <dcmtk/dcmsr/dsrdoc.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <memory>

namespace ns::exporting {

namespace {

OFString latin1(const QString& s) { return OFString(s.toLatin1().constData()); }

DSRCodedEntryValue coded(const codes::Code& c) { return DSRCodedEntryValue(c.value, c.scheme, c.meaning); }

QString newUid(const char* root)
{
    char buf[100];
    return QString::fromLatin1(dcmGenerateUniqueIdentifier(buf, root));
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

QString conditionText(const OFCondition& c) { return QString::fromLatin1(c.text()); }

struct SegReference {
    OFString sopClass, sopInstance;
    bool valid() const { return !sopInstance.empty(); }
};

// The SEG writeDicomSeg left in the folder, if it belongs to this source copy.
SegReference existingSeg(const QString& path, const OFString& sourceInstance)
{
    SegReference ref;
    if (!QFile::exists(path))
        return ref;
    DcmFileFormat seg;
    if (seg.loadFile(OFFilename(QFile::encodeName(path).constData())).bad())
        return ref;
    DcmItem* series = nullptr;
    DcmItem* instance = nullptr;
    OFString referenced;
    DcmDataset* ds = seg.getDataset();
    if (ds->findAndGetSequenceItem(DCM_ReferencedSeriesSequence, series, 0).good() && series
        && series->findAndGetSequenceItem(DCM_ReferencedInstanceSequence, instance, 0).good() && instance)
        instance->findAndGetOFString(DCM_ReferencedSOPInstanceUID, referenced);
    if (referenced != sourceInstance)
        return ref; // a SEG of another export: do not reference it
    ds->findAndGetOFString(DCM_SOPClassUID, ref.sopClass);
    ds->findAndGetOFString(DCM_SOPInstanceUID, ref.sopInstance);
    return ref;
}

} // namespace

bool writeDicomSr(const DicomExportStudy& study, const DicomExportOptions& options, const QString& outDir,
                  const ns::jobs::Progress& progress, DicomExportFiles* files, QString* error)
{
    std::vector<const DicomExportFrame*> frames;
    for (const DicomExportFrame& f : study.frames)
        if (f.areaMm2 >= 0)
            frames.push_back(&f);
    if (frames.empty())
        return fail(error, QCoreApplication::translate("DicomExport",
                               "%1 has no frame with a calibrated nerve area, so there is nothing to report")
                               .arg(QDir::toNativeSeparators(study.sourcePath)));
    std::sort(frames.begin(), frames.end(),
              [](const DicomExportFrame* a, const DicomExportFrame* b) { return a->frameIndex < b->frameIndex; });
    progress.report(0.0, QCoreApplication::translate("DicomExport", "Writing DICOM SR for %1")
                             .arg(QDir::toNativeSeparators(study.sourcePath)));

    QString copyPath;
    std::unique_ptr<DcmFileFormat> source = writeSourceCopy(study, options, outDir, &copyPath, error);
    if (!source)
        return false;
    DcmDataset& src = *source->getDataset();
    OFString sopClass, sopInstance;
    src.findAndGetOFString(DCM_SOPClassUID, sopClass);
    src.findAndGetOFString(DCM_SOPInstanceUID, sopInstance);
    Sint32 sourceFrames = 1;
    const bool multiFrame = src.findAndGetSint32(DCM_NumberOfFrames, sourceFrames).good();
    const SegReference seg = existingSeg(exportPath(study, options, outDir, "_seg.dcm"), sopInstance);

    TID1500_MeasurementReport report(CMR_CID7021::ImagingMeasurementReport);
    OFCondition ok = report.getObservationContext().addPersonObserver(
        latin1(study.rater.isEmpty() ? QStringLiteral("Unknown") : study.rater));
    if (ok.good() && study.source != DicomAnnotationSource::Manual && !study.modelName.isEmpty())
        ok = report.getObservationContext().addDeviceObserver(
            latin1(newUid(SITE_UID_ROOT)), latin1(study.modelName), "NerveScope", latin1(study.modelName + QLatin1Char(' ') + study.modelVersion));
    if (ok.good())
        ok = report.addProcedureReported(CID100_QuantitativeDiagnosticImagingProcedures(coded(codes::kImagingProcedure)));
    if (ok.good())
        ok = report.getImageLibrary().createNewImageLibrary();
    if (ok.good())
        ok = report.getImageLibrary().addImageGroup();
    if (ok.good())
        ok = report.getImageLibrary().addImageEntry(src, TID1600_ImageLibrary::withAllDescriptors);
    if (ok.bad())
        return fail(error, QCoreApplication::translate("DicomExport", "cannot start the measurement report: %1")
                               .arg(conditionText(ok)));

    for (size_t i = 0; i < frames.size(); ++i) {
        if (progress.isCancelled())
            return fail(error, QCoreApplication::translate("DicomExport", "export cancelled"));
        const DicomExportFrame& f = *frames[i];
        const Uint32 frameNumber = Uint32(f.frameIndex + 1);
        if (f.frameIndex < 0 || (multiFrame && Sint32(frameNumber) > sourceFrames))
            return fail(error, QCoreApplication::translate("DicomExport", "frame %1 does not exist in %2")
                                   .arg(frameNumber)
                                   .arg(QDir::toNativeSeparators(study.sourcePath)));
        ok = report.addIndividualMeasurements();
        auto& group = report.getIndividualMeasurements();
        if (ok.good())
            ok = group.setTrackingIdentifier(latin1(QStringLiteral("%1, frame %2").arg(QLatin1String(codes::kSegmentLabel)).arg(frameNumber)));
        if (ok.good())
            ok = group.setTrackingUniqueIdentifier(latin1(newUid(SITE_UID_ROOT)));
        if (ok.good())
            ok = group.addFindingSite(coded(codes::kNerve));
        if (ok.good())
            ok = group.addMeasurement(CID7469_GenericIntensityAndSizeMeasurements(coded(codes::kArea)),
                                      CMR_TID300_in_TID1501_in_TID1500::MeasurementValue(
                                          latin1(QString::number(f.areaMm2, 'f', 4)),
                                          CID7181_AbstractMultiDimensionalImageModelComponentUnits(coded(codes::kSquareMillimeter))));
        DSRImageReferenceValue image(sopClass, sopInstance);
        if (multiFrame)
            image.getFrameList().addItem(Sint32(frameNumber));
        if (ok.good())
            ok = group.getMeasurement().addImage(coded(codes::kSourceOfMeasurement), image);
        if (ok.good() && seg.valid()) {
            // The SEG has one frame per annotated frame in frame order and one segment.
            DSRImageReferenceValue segRef(seg.sopClass, seg.sopInstance);
            segRef.getSegmentList().addItem(1);
            ok = group.getMeasurement().addImage(coded(codes::kSourceOfMeasurement), segRef);
        }
        if (ok.bad())
            return fail(error, QCoreApplication::translate("DicomExport", "cannot add the area of frame %1: %2")
                                   .arg(frameNumber)
                                   .arg(conditionText(ok)));
        progress.report(0.1 + 0.8 * double(i + 1) / double(frames.size()));
    }

    DSRDocument doc;
    ok = doc.setTreeFromRootTemplate(report, OFTrue);
    if (ok.good()) {
        doc.setSeriesDescription("Median nerve measurements (NerveScope)");
        doc.setManufacturer("NerveScope");
        doc.getCurrentRequestedProcedureEvidence().addItem(src);
        if (seg.valid()) {
            DcmFileFormat segFile;
            if (segFile.loadFile(OFFilename(QFile::encodeName(exportPath(study, options, outDir, "_seg.dcm")).constData())).good())
                doc.getCurrentRequestedProcedureEvidence().addItem(*segFile.getDataset());
        }
    }
    DcmFileFormat out;
    if (ok.good())
        ok = doc.write(*out.getDataset());
    if (ok.bad())
        return fail(error, QCoreApplication::translate("DicomExport", "the measurement report is not valid DICOM: %1")
                               .arg(conditionText(ok)));
    copyPatientAndStudy(src, *out.getDataset());
    const QString srPath = exportPath(study, options, outDir, "_sr.dcm");
    if (!saveDicomAtomically(out, srPath, false, error))
        return false;
    if (files) {
        files->sourceCopy = copyPath;
        files->sr = srPath;
    }
    progress.report(1.0);
    return true;
}

} // namespace ns::exporting
