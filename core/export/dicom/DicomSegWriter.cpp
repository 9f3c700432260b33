#include "core/export/dicom/DicomSegWriter.h"

#include "core/export/dicom/DicomCodes.h"
#include "core/export/dicom/DicomSourceCopy.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmfg/fgderimg.h>
#include <dcmtk/dcmfg/fgfracon.h>
#include <dcmtk/dcmiod/iodrules.h>
#include <dcmtk/dcmseg/segdoc.h>
#include <dcmtk/dcmseg/segment.h>

#include <QCoreApplication>
#include <QDir>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <memory>

namespace ns::exporting {

namespace {

CodeSequenceMacro code(const codes::Code& c) { return CodeSequenceMacro(c.value, c.scheme, c.meaning); }

OFString latin1(const QString& s) { return OFString(s.toLatin1().constData()); }

QString newUid(const char* root)
{
    char buf[100];
    return QString::fromLatin1(dcmGenerateUniqueIdentifier(buf, root));
}

// The frame's mask as a contiguous rows x columns CV_8U image (0 / 1), or empty with
// *error when it does not fit the source.
cv::Mat frameMask(const DicomExportFrame& f, int rows, int cols, QString* error)
{
    cv::Mat m;
    if (!f.mask.empty()) {
        if (f.mask.type() != CV_8UC1 || f.mask.rows != rows || f.mask.cols != cols) {
            *error = QCoreApplication::translate("DicomExport",
                         "the mask of frame %1 is %2x%3 pixels but the image is %4x%5")
                         .arg(f.frameIndex + 1).arg(f.mask.cols).arg(f.mask.rows).arg(cols).arg(rows);
            return {};
        }
        m = (f.mask != 0) / 255;
    } else if (f.contour.size() >= 3) {
        m = cv::Mat::zeros(rows, cols, CV_8UC1);
        cv::fillPoly(m, std::vector<std::vector<cv::Point>>{f.contour}, cv::Scalar(1));
    } else {
        *error = QCoreApplication::translate("DicomExport", "frame %1 has neither a mask nor a contour")
                     .arg(f.frameIndex + 1);
        return {};
    }
    return m.isContinuous() ? m : m.clone();
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool writeDicomSeg(const DicomExportStudy& study, const DicomExportOptions& options, const QString& outDir,
                   const ns::jobs::Progress& progress, DicomExportFiles* files, QString* error)
{
    if (study.frames.empty())
        return fail(error, QCoreApplication::translate("DicomExport", "%1 has no annotated frame to export")
                               .arg(QDir::toNativeSeparators(study.sourcePath)));
    progress.report(0.0, QCoreApplication::translate("DicomExport", "Writing DICOM SEG for %1")
                             .arg(QDir::toNativeSeparators(study.sourcePath)));
    // Nothing is written until the masks are known to fit the source.
    std::unique_ptr<DcmFileFormat> source = loadExportSource(study, options, error);
    if (!source)
        return false;
    DcmDataset& src = *source->getDataset();
    Uint16 rows = 0, cols = 0;
    src.findAndGetUint16(DCM_Rows, rows);
    src.findAndGetUint16(DCM_Columns, cols);
    Sint32 sourceFrames = 1;
    const bool multiFrame = src.findAndGetSint32(DCM_NumberOfFrames, sourceFrames).good();
    if (!multiFrame || sourceFrames < 1)
        sourceFrames = 1;
    OFString seriesUid, sopClass, sopInstance;
    src.findAndGetOFString(DCM_SeriesInstanceUID, seriesUid);
    src.findAndGetOFString(DCM_SOPClassUID, sopClass);
    src.findAndGetOFString(DCM_SOPInstanceUID, sopInstance);

    std::vector<const DicomExportFrame*> frames;
    for (const DicomExportFrame& f : study.frames)
        frames.push_back(&f);
    std::sort(frames.begin(), frames.end(),
              [](const DicomExportFrame* a, const DicomExportFrame* b) { return a->frameIndex < b->frameIndex; });
    for (size_t i = 0; i < frames.size(); ++i) {
        if (frames[i]->frameIndex < 0 || frames[i]->frameIndex >= sourceFrames)
            return fail(error, QCoreApplication::translate("DicomExport", "frame %1 does not exist in %2 (%3 frames)")
                                   .arg(frames[i]->frameIndex + 1)
                                   .arg(QDir::toNativeSeparators(study.sourcePath))
                                   .arg(sourceFrames));
        if (i > 0 && frames[i]->frameIndex == frames[i - 1]->frameIndex)
            return fail(error, QCoreApplication::translate("DicomExport", "frame %1 is listed twice")
                                   .arg(frames[i]->frameIndex + 1));
    }

    for (const DicomExportFrame* f : frames) {
        QString why;
        if (frameMask(*f, rows, cols, &why).empty())
            return fail(error, why);
    }
    const QString copyPath = exportPath(study, options, outDir, "_image.dcm");
    if (!saveDicomAtomically(*source, copyPath, true, error))
        return false;

    const QString version =
        QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral("0") : QCoreApplication::applicationVersion();
    IODGeneralEquipmentModule::EquipmentInfo equipment("NerveScope", "NerveScope", "1", latin1(version));
    ContentIdentificationMacro content("1", "MEDIAN_NERVE", "Median nerve segmentation",
                                       latin1(study.rater.isEmpty() ? QStringLiteral("Unknown") : study.rater));
    DcmSegmentation* raw = nullptr;
    OFCondition ok = DcmSegmentation::createBinarySegmentation(raw, rows, cols, equipment, content);
    std::unique_ptr<DcmSegmentation> seg(raw);
    if (ok.good())
        ok = seg->importFromSourceImage(src);
    if (ok.bad())
        return fail(error, QCoreApplication::translate("DicomExport", "cannot start the segmentation: %1")
                               .arg(QString::fromLatin1(ok.text())));
    // Ultrasound images carry no patient coordinates; a Frame of Reference would oblige the
    // SEG to give plane positions it cannot know. The Derivation Image references suffice.
    // DCMTK 3.6.7 always writes the module with the UID as Type 1; relaxing its rules to
    // Type 3 leaves the module out when empty.
    seg->getFrameOfReference().clearData();
    for (const DcmTagKey& tag : {DCM_FrameOfReferenceUID, DCM_PositionReferenceIndicator})
        if (IODRule* rule = seg->getFrameOfReference().getRules()->getByTag(tag))
            rule->setType("3");
    seg->getSeries().setSeriesInstanceUID(latin1(newUid(SITE_SERIES_UID_ROOT)));
    seg->getSeries().setSeriesNumber("901");
    seg->getSeries().setSeriesDescription("Median nerve segmentation (NerveScope)");

    DcmSegTypes::E_SegmentAlgoType algo = DcmSegTypes::SAT_MANUAL;
    if (study.source == DicomAnnotationSource::Model)
        algo = DcmSegTypes::SAT_AUTOMATIC;
    else if (study.source == DicomAnnotationSource::Corrected && !study.modelName.isEmpty())
        algo = DcmSegTypes::SAT_SEMIAUTOMATIC;
    const QString algoName = study.modelName.isEmpty() ? QStringLiteral("NerveScope model") : study.modelName;
    DcmSegment* segment = nullptr;
    ok = DcmSegment::create(segment, codes::kSegmentLabel, code(codes::kAnatomicalStructure), code(codes::kNerve),
                            algo, algo == DcmSegTypes::SAT_MANUAL ? OFString() : latin1(algoName));
    if (ok.good()) {
        segment->setSegmentDescription(codes::kSegmentLabel);
        segment->setTrackingID(codes::kSegmentLabel);
        segment->setTrackingUID(latin1(newUid(SITE_UID_ROOT)));
        if (algo != DcmSegTypes::SAT_MANUAL) {
            AlgorithmIdentificationMacro& id = segment->getSegmentationAlgorithmIdentification();
            id.getAlgorithmFamilyCode().set(codes::kArtificialIntelligence.value, codes::kArtificialIntelligence.scheme,
                                            codes::kArtificialIntelligence.meaning);
            id.setAlgorithmName(latin1(algoName));
            id.setAlgorithmVersion(latin1(study.modelVersion.isEmpty() ? QStringLiteral("unknown") : study.modelVersion));
        }
    }
    Uint16 segmentNumber = 0;
    if (ok.good())
        ok = seg->addSegment(segment, segmentNumber);
    else
        delete segment;
    const OFString dimUid = latin1(newUid(SITE_UID_ROOT));
    if (ok.good())
        ok = seg->getDimensions().addDimensionIndex(DCM_ReferencedSegmentNumber, dimUid,
                                                    DCM_SegmentIdentificationSequence, "Segment");
    if (ok.good())
        ok = seg->getDimensions().addDimensionIndex(DCM_TemporalPositionIndex, dimUid, DCM_FrameContentSequence,
                                                    "Source frame");
    if (ok.bad())
        return fail(error, QCoreApplication::translate("DicomExport", "cannot describe the segment: %1")
                               .arg(QString::fromLatin1(ok.text())));

    for (size_t i = 0; i < frames.size(); ++i) {
        if (progress.isCancelled())
            return fail(error, QCoreApplication::translate("DicomExport", "export cancelled"));
        const DicomExportFrame& f = *frames[i];
        QString why;
        cv::Mat mask = frameMask(f, rows, cols, &why);
        if (mask.empty())
            return fail(error, why);
        const Uint32 sourceFrame = Uint32(f.frameIndex + 1);
        FGFrameContent frameContent;
        frameContent.setDimensionIndexValues(segmentNumber, 0);
        frameContent.setDimensionIndexValues(sourceFrame, 1);
        frameContent.setTemporalPositionIndex(sourceFrame);
        FGDerivationImage derivation;
        DerivationImageItem* derived = nullptr;
        SourceImageItem* sourceItem = nullptr;
        ok = derivation.addDerivationImageItem(code(codes::kSegmentationDerivation), "", derived);
        if (ok.good())
            ok = derived->addSourceImageItem(&src, code(codes::kSourceForProcessing), sourceItem);
        if (ok.good() && multiFrame)
            ok = sourceItem->getImageSOPInstanceReference().addReferencedFrameNumber(Uint16(sourceFrame));
        OFVector<FGBase*> perFrame;
        perFrame.push_back(&frameContent);
        perFrame.push_back(&derivation);
        if (ok.good())
            ok = seg->addFrame(mask.data, segmentNumber, perFrame);
        if (ok.bad())
            return fail(error, QCoreApplication::translate("DicomExport", "cannot add frame %1 to the segmentation: %2")
                                   .arg(sourceFrame)
                                   .arg(QString::fromLatin1(ok.text())));
        progress.report(0.1 + 0.8 * double(i + 1) / double(frames.size()));
    }

    auto* referenced = new IODSeriesAndInstanceReferenceMacro::ReferencedSeriesItem();
    referenced->setSeriesInstanceUID(seriesUid);
    referenced->addReference(sopClass, sopInstance);
    seg->getCommonInstanceReference().getReferencedSeriesItems().push_back(referenced);

    DcmFileFormat out;
    ok = seg->writeDataset(*out.getDataset());
    if (ok.bad())
        return fail(error, QCoreApplication::translate("DicomExport", "the segmentation is not valid DICOM: %1")
                               .arg(QString::fromLatin1(ok.text())));
    copyPatientAndStudy(src, *out.getDataset());
    // General Image: Type 2C, required without Image Orientation (Patient), which
    // ultrasound has not; DCMTK 3.6.7 leaves it out.
    if (!out.getDataset()->tagExists(DCM_PatientOrientation))
        out.getDataset()->putAndInsertString(DCM_PatientOrientation, "");
    const QString segPath = exportPath(study, options, outDir, "_seg.dcm");
    if (!saveDicomAtomically(out, segPath, false, error))
        return false;
    if (files) {
        files->sourceCopy = copyPath;
        files->seg = segPath;
    }
    progress.report(1.0);
    return true;
}

} // namespace ns::exporting
