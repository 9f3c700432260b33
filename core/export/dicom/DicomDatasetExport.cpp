#include "core/export/dicom/DicomDatasetExport.h"

#include "core/annotation/Mask.h"
#include "core/export/ExportFiles.h"
#include "core/export/dicom/DicomSegWriter.h"
#include "core/export/dicom/DicomSrWriter.h"

#include <QCoreApplication>

#include <algorithm>

namespace ns::exporting {

namespace {

// People drew it (manual, or interpolated between their key frames), a model drew it, or a
// person corrected a model's contour (also: some frames by hand, some by the model).
DicomAnnotationSource sourceOf(const QList<ExportContour>& contours, QString* model, QString* version)
{
    bool people = false, machine = false, corrected = false;
    for (const ExportContour& c : contours) {
        switch (c.source.kind) {
        case annotation::SourceKind::Manual:
        case annotation::SourceKind::Interpolated: people = true; break;
        case annotation::SourceKind::Model: machine = true; break;
        case annotation::SourceKind::Corrected: corrected = true; break;
        }
        if (model->isEmpty() && !c.source.model.isEmpty()) {
            *model = c.source.model;
            *version = c.source.version;
        }
    }
    if (machine && !people && !corrected)
        return DicomAnnotationSource::Model;
    if (machine || corrected)
        return DicomAnnotationSource::Corrected;
    return DicomAnnotationSource::Manual;
}

QStringList ratersOf(const ExportStudy& study)
{
    QStringList out;
    for (const ExportFrame& f : study.frames)
        for (const QString& r : f.raters())
            if (!out.contains(r))
                out << r;
    return out;
}

} // namespace

ExportDataset dicomStudiesOf(const ExportDataset& data, QStringList* notes)
{
    ExportDataset out;
    out.workspaceDir = data.workspaceDir;
    for (const ExportStudy& s : data.studies) {
        if (s.kind == QLatin1String("dicom"))
            out.studies << s;
        else if (notes)
            *notes << QCoreApplication::translate("Export", "study %1 skipped: its source is a %2, not DICOM, so there is no image a DICOM object could reference")
                          .arg(s.id).arg(s.kind);
    }
    return out;
}

QList<DicomExportStudy> dicomExportStudies(const ExportStudy& study)
{
    QList<DicomExportStudy> out;
    for (const QString& rater : ratersOf(study)) {
        DicomExportStudy d;
        d.sourcePath = study.storedPath;
        d.rater = rater;
        QList<ExportContour> all;
        for (const ExportFrame& f : study.frames) {
            const QList<ExportContour> contours = f.contoursOf(rater);
            if (contours.isEmpty())
                continue;
            all << contours;
            const ItemMeasures m = measureItem(contours, study.calibration);
            DicomExportFrame frame;
            frame.frameIndex = f.frame;
            frame.mask = annotation::rasterise(polygonsOf(contours), study.frameSize);
            frame.areaPx = m.areaPx;
            frame.areaMm2 = m.areaMm2 ? *m.areaMm2 : -1;
            if (d.pixelSpacingMm <= 0 && m.pixelSpacingMm)
                d.pixelSpacingMm = *m.pixelSpacingMm;
            d.frames.push_back(frame);
        }
        d.source = sourceOf(all, &d.modelName, &d.modelVersion);
        out << d;
    }
    return out;
}

DicomExportOptions dicomOptions(const ExportPlan& plan)
{
    DicomExportOptions o;
    o.salt = plan.salt();
    o.deidentify = plan.options().deidentify;
    o.dates = plan.options().dates == ExportOptions::Dates::Remove ? DicomExportOptions::DateMode::Remove
                                                                   : DicomExportOptions::DateMode::Shift;
    o.blackout = plan.options().blackout;
    return o;
}

bool writeDicomDataset(const ExportDataset& data, const ExportPlan& plan, DicomObject what, const QString& dir,
                       const ns::jobs::Progress& progress, int* items, QStringList* notes, QString* error)
{
    int written = 0;
    const int n = int(data.studies.size());
    for (int i = 0; i < n; ++i) {
        const ExportStudy& s = data.studies[i];
        const QList<DicomExportStudy> parts = dicomExportStudies(s);
        for (int r = 0; r < parts.size(); ++r) {
            if (progress.isCancelled()) {
                if (error)
                    *error = QCoreApplication::translate("Export", "Cancelled.");
                return false;
            }
            const DicomExportStudy& d = parts[r];
            DicomExportOptions options = dicomOptions(plan);
            options.sourceBaseName = plan.studyName(s);
            options.baseName = plan.studyName(s) + (parts.size() > 1 ? QStringLiteral("_r%1").arg(r + 1) : QString());
            const double from = (i + double(r) / parts.size()) / n, to = (i + double(r + 1) / parts.size()) / n;
            const ns::jobs::Progress sub([&](double f, const QString& m) { progress.report(from + (to - from) * f, m); }, progress.token());
            QString why;
            bool ok = false;
            if (what == DicomObject::Seg) {
                ok = writeDicomSeg(d, options, dir, sub, nullptr, &why);
            } else {
                const bool anyArea = std::any_of(d.frames.begin(), d.frames.end(), [](const DicomExportFrame& f) { return f.areaMm2 >= 0; });
                if (!anyArea) {
                    if (notes)
                        *notes << QCoreApplication::translate("Export", "study %1 (rater %2) skipped: no calibrated nerve area to report")
                                      .arg(s.id).arg(d.rater);
                    continue;
                }
                ok = writeDicomSr(d, options, dir, sub, nullptr, &why);
            }
            if (!ok) {
                if (error) // the writers name the source path; the study id is what the user knows
                    *error = QCoreApplication::translate("Export", "Study %1: %2").arg(s.id).arg(why);
                return false;
            }
            ++written;
        }
    }
    if (written == 0) {
        if (error)
            *error = QCoreApplication::translate("Export", "nothing to export: no DICOM study has a calibrated nerve area for a measurement report");
        return false;
    }
    if (items)
        *items = written;
    return true;
}

} // namespace ns::exporting
