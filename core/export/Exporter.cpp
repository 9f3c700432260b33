#include "core/export/Exporter.h"

#include "core/export/CocoWriter.h"
#include "core/export/ExportCollector.h"
#include "core/export/ExportFiles.h"
#include "core/export/MeasurementsCsvWriter.h"
#include "core/export/NnUnetWriter.h"
#include "core/export/PngDatasetWriter.h"
#include "core/export/dicom/DicomDatasetExport.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>

namespace ns::exporting {

QStringList exportFormatNames()
{
    return {QStringLiteral("png"), QStringLiteral("coco"), QStringLiteral("nnunet"), QStringLiteral("csv"),
            QStringLiteral("dicom-seg"), QStringLiteral("dicom-sr")};
}

std::optional<ExportFormat> parseExportFormat(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("png"))
        return ExportFormat::Png;
    if (n == QLatin1String("coco"))
        return ExportFormat::Coco;
    if (n == QLatin1String("nnunet"))
        return ExportFormat::NnUnet;
    if (n == QLatin1String("csv"))
        return ExportFormat::MeasurementsCsv;
    if (n == QLatin1String("dicom-seg"))
        return ExportFormat::DicomSeg;
    if (n == QLatin1String("dicom-sr"))
        return ExportFormat::DicomSr;
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png: return QStringLiteral("png");
    case ExportFormat::Coco: return QStringLiteral("coco");
    case ExportFormat::NnUnet: return QStringLiteral("nnunet");
    case ExportFormat::MeasurementsCsv: return QStringLiteral("csv");
    case ExportFormat::DicomSeg: return QStringLiteral("dicom-seg");
    case ExportFormat::DicomSr: return QStringLiteral("dicom-sr");
    }
    return {};
}

ExportSummary exportWorkspace(workspace::Workspace& ws, ExportFormat format, const ExportSelection& selection,
                              const ExportOptions& options, const QString& outDir, const ns::jobs::Progress& progress)
{
    ExportSummary r;
    r.outDir = QFileInfo(outDir).absoluteFilePath();
    // Collection reports the first tenth, writing the rest.
    const ns::jobs::Progress collecting([&](double f, const QString& m) { progress.report(0.1 * f, m); }, progress.token());
    std::optional<ExportDataset> data = ExportCollector(ws).collect(selection, collecting, &r.error);
    if (!data)
        return r;
    if (data->studies.isEmpty()) {
        r.error = QCoreApplication::translate("Export", "nothing to export: no contours match the selection in %1").arg(ws.dir());
        return r;
    }
    const bool dicom = format == ExportFormat::DicomSeg || format == ExportFormat::DicomSr;
    if (dicom) {
        const int selected = int(data->studies.size());
        data = dicomStudiesOf(*data, &r.notes);
        if (data->studies.isEmpty()) {
            r.error = QCoreApplication::translate("Export", "nothing to export: none of the %1 stud(ies) with matching contours is a DICOM file "
                                                            "(%2 needs DICOM sources; use png, coco or nnunet for videos and images)")
                          .arg(selected).arg(exportFormatName(format));
            return r;
        }
    }
    ExportPlan plan;
    if (!plan.build(*data, options, &r.error))
        return r;
    StagingFolder staging;
    if (!staging.begin(outDir, &r.error))
        return r;
    const ns::jobs::Progress writing([&](double f, const QString& m) { progress.report(0.1 + 0.9 * f, m); }, progress.token());
    bool ok = false;
    switch (format) {
    case ExportFormat::Png: ok = writePngDataset(*data, plan, staging.path(), writing, &r.items, &r.error); break;
    case ExportFormat::Coco: ok = writeCoco(*data, plan, staging.path(), writing, &r.items, &r.error); break;
    case ExportFormat::NnUnet: ok = writeNnUnet(*data, plan, staging.path(), writing, &r.items, &r.error); break;
    case ExportFormat::MeasurementsCsv: ok = writeMeasurementsCsv(*data, plan, staging.path(), writing, &r.items, &r.error); break;
    case ExportFormat::DicomSeg:
    case ExportFormat::DicomSr:
        ok = writeDicomDataset(*data, plan, format == ExportFormat::DicomSeg ? DicomObject::Seg : DicomObject::Sr, staging.path(),
                               writing, &r.items, &r.notes, &r.error);
        break;
    }
    if (!ok || !staging.commit(&r.error))
        return r; // the staging folder removes itself
    r.ok = true;
    r.studies = int(data->studies.size());
    r.frames = data->frameCount();
    r.contours = data->contourCount();
    for (QDirIterator it(r.outDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext(); it.next())
        ++r.files;
    progress.report(1.0, QCoreApplication::translate("Export", "done"));
    return r;
}

} // namespace ns::exporting
