#include "core/export/MeasurementsCsvWriter.h"

#include "core/annotation/Measurements.h"
#include "core/export/ExportFiles.h"

#include <QCoreApplication>
#include <QDir>

namespace ns::exporting {

namespace {
QString number(const std::optional<double>& v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : QString();
}
} // namespace

bool writeMeasurementsCsv(const ExportDataset& data, const ExportPlan& plan, const QString& dir,
                          const ns::jobs::Progress& progress, int* rowCount, QString* error)
{
    const bool deid = plan.options().deidentify;
    QStringList header{QStringLiteral("patient"), QStringLiteral("study"), QStringLiteral("frame"), QStringLiteral("rater"),
                       QStringLiteral("source"), QStringLiteral("model"), QStringLiteral("label"), QStringLiteral("areaPx"),
                       QStringLiteral("areaMm2"), QStringLiteral("perimeterPx"), QStringLiteral("perimeterMm"),
                       QStringLiteral("circularity"), QStringLiteral("approved"), QStringLiteral("wrist"), QStringLiteral("grade"),
                       QStringLiteral("cts"), QStringLiteral("split")};
    if (!deid)
        header << QStringLiteral("sourcePath");
    QByteArray csv = header.join(QLatin1Char(',')).toUtf8() + '\n';
    int rows = 0;
    for (int i = 0; i < data.studies.size(); ++i) {
        const ExportStudy& s = data.studies[i];
        if (progress.isCancelled()) {
            if (error)
                *error = QCoreApplication::translate("Export", "Cancelled.");
            return false;
        }
        progress.report(double(i) / data.studies.size(), QCoreApplication::translate("Export", "measuring study %1").arg(s.id));
        const std::optional<bool> cts = s.grade ? s.grade->isCts() : std::nullopt;
        for (const ExportFrame& f : s.frames)
            for (const ExportContour& c : f.contours) {
                const annotation::Measurements m = annotation::measure(c.vertices, &s.calibration);
                QStringList row{csvField(plan.patient(s)), QString::number(s.id), QString::number(f.frame + 1), csvField(c.rater),
                                annotation::sourceKindName(c.source.kind),
                                csvField(QStringLiteral("%1 %2").arg(c.source.model, c.source.version).trimmed()), csvField(c.label),
                                QString::number(m.areaPx, 'f', 2), number(m.areaMm2, 4), QString::number(m.perimeterPx, 'f', 2),
                                number(m.perimeterMm, 3), QString::number(m.circularity, 'f', 4), f.approved ? QStringLiteral("1") : QStringLiteral("0"),
                                s.wrist, s.grade ? s.grade->gradeName() : QString(),
                                cts ? (*cts ? QStringLiteral("1") : QStringLiteral("0")) : QString(), plan.split(s)};
                if (!deid)
                    row << csvField(s.sourcePath);
                csv += row.join(QLatin1Char(',')).toUtf8() + '\n';
                ++rows;
            }
    }
    if (rowCount)
        *rowCount = rows;
    return writeFileAtomic(QDir(dir).filePath(QStringLiteral("measurements.csv")), csv, error);
}

} // namespace ns::exporting
