#include "core/export/Exporter.h"

#include "core/export/CocoWriter.h"
#include "core/export/ExportCollector.h"
#include "core/export/ExportFiles.h"
#include "core/export/MeasurementsCsvWriter.h"
#include "core/export/NnUnetWriter.h"
#include "core/export/PngDatasetWriter.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ns::exporting {

QStringList exportFormatNames()
{
    return {QStringLiteral("png"), QStringLiteral("coco"), QStringLiteral("nnunet"), QStringLiteral("csv")};
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
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png: return QStringLiteral("png");
    case ExportFormat::Coco: return QStringLiteral("coco");
    case ExportFormat::NnUnet: return QStringLiteral("nnunet");
    case ExportFormat::MeasurementsCsv: return QStringLiteral("csv");
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
    const std::optional<ExportDataset> data = ExportCollector(ws).collect(selection, collecting, &r.error);
    if (!data)
        return r;
    if (data->studies.isEmpty()) {
        r.error = QCoreApplication::translate("Export", "nothing to export: no contours match the selection in %1").arg(ws.dir());
        return r;
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
    }
    if (!ok || !staging.commit(&r.error))
        return r; // the staging folder removes itself
    r.ok = true;
    r.studies = int(data->studies.size());
    r.frames = data->frameCount();
    progress.report(1.0, QCoreApplication::translate("Export", "done"));
    return r;
}

} // namespace ns::exporting
