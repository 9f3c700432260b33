#include "core/export/PngDatasetWriter.h"

#include "core/annotation/Mask.h"
#include "core/export/ExportFiles.h"
#include "core/export/StudyFrames.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <opencv2/core.hpp>

namespace ns::exporting {

namespace {

QJsonValue orNull(const std::optional<double>& v) { return v ? QJsonValue(*v) : QJsonValue(); }

QString csvValue(const QJsonValue& v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 10);
    return csvField(v.toString());
}

} // namespace

QStringList pngManifestColumns()
{
    return {QStringLiteral("name"), QStringLiteral("image"), QStringLiteral("mask"), QStringLiteral("split"),
            QStringLiteral("patient"), QStringLiteral("wrist"), QStringLiteral("frame"), QStringLiteral("view"),
            QStringLiteral("profile"), QStringLiteral("grade"), QStringLiteral("gradeIndex"), QStringLiteral("cts"),
            QStringLiteral("rater"), QStringLiteral("source"), QStringLiteral("approved"), QStringLiteral("areaPx"),
            QStringLiteral("areaMm2"), QStringLiteral("maskPixels"), QStringLiteral("pixelSpacingMm"), QStringLiteral("nervePresent")};
}

bool writePngDataset(const ExportDataset& data, const ExportPlan& plan, const QString& dir,
                     const ns::jobs::Progress& progress, int* itemCount, QString* error)
{
    const QDir root(dir);
    if (!root.mkpath(QStringLiteral("images")) || !root.mkpath(QStringLiteral("masks"))) {
        if (error)
            *error = QCoreApplication::translate("Export", "cannot create folders in %1").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    const bool deid = plan.options().deidentify;
    const QStringList cols = pngManifestColumns();
    QByteArray csv = cols.join(QLatin1Char(',')).toUtf8() + '\n';
    QJsonArray items;
    QMap<QString, int> perSplit;
    const bool written = forEachExportFrame(data, plan.options().blackout, progress, error, [&](const ExportStudy& s, const ExportFrame& f,
                                                                                              const QImage& image) {
        const QString caseName = plan.caseName(s, f);
        const QString imageRel = QStringLiteral("images/%1.png").arg(caseName);
        if (!savePng(image, root.filePath(imageRel), error))
            return false;
        for (const QString& rater : f.raters()) {
            const QList<ExportContour> contours = f.contoursOf(rater);
            const QString name = plan.itemName(s, f, rater);
            const QString maskRel = QStringLiteral("masks/%1.png").arg(name);
            const cv::Mat mask = annotation::rasterise(polygonsOf(contours), image.size());
            if (!savePng(maskImage(mask), root.filePath(maskRel), error))
                return false;
            const ItemMeasures m = measureItem(contours, s.calibration);
            const int maskPixels = cv::countNonZero(mask);
            QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("image"), imageRel}, {QStringLiteral("mask"), maskRel},
                          {QStringLiteral("split"), plan.split(s)}, {QStringLiteral("patient"), plan.patient(s)},
                          {QStringLiteral("wrist"), s.wrist}, {QStringLiteral("frame"), f.frame},
                          {QStringLiteral("view"), s.view}, {QStringLiteral("profile"), s.profile},
                          {QStringLiteral("rater"), rater}, {QStringLiteral("source"), sourcesOf(contours)},
                          {QStringLiteral("approved"), f.approved}, {QStringLiteral("areaPx"), m.areaPx},
                          {QStringLiteral("areaMm2"), orNull(m.areaMm2)}, {QStringLiteral("maskPixels"), maskPixels},
                          {QStringLiteral("pixelSpacingMm"), orNull(m.pixelSpacingMm)},
                          {QStringLiteral("nervePresent"), maskPixels > 0}, {QStringLiteral("study"), s.id},
                          {QStringLiteral("width"), image.width()}, {QStringLiteral("height"), image.height()}};
            // Grade fields only when graded: the trainer reports a missing grade for
            // the CTS tasks instead of training on a made-up "normal".
            if (s.grade) {
                if (!s.grade->gradeName().isEmpty()) {
                    o.insert(QStringLiteral("grade"), s.grade->gradeName());
                    o.insert(QStringLiteral("gradeIndex"), *s.grade->severity);
                }
                if (const auto cts = s.grade->isCts())
                    o.insert(QStringLiteral("cts"), *cts ? 1 : 0);
            }
            if (!deid) {
                o.insert(QStringLiteral("sourcePath"), s.sourcePath);
                o.insert(QStringLiteral("patientId"), s.patientId);
            }
            QStringList fields;
            for (const QString& c : cols)
                fields << csvValue(o.value(c));
            csv += fields.join(QLatin1Char(',')).toUtf8() + '\n';
            QJsonArray polys, models;
            for (const ExportContour& c : contours) {
                polys.append(polygonJson(c.vertices));
                if (!c.source.model.isEmpty())
                    models.append(QStringLiteral("%1 %2").arg(c.source.model, c.source.version).trimmed());
            }
            o.insert(QStringLiteral("contours"), polys);
            if (!models.isEmpty())
                o.insert(QStringLiteral("sourceModels"), models);
            items.append(o);
            ++perSplit[plan.split(s)];
        }
        return true;
    });
    if (!written)
        return false;
    QJsonObject splits;
    for (auto it = perSplit.begin(); it != perSplit.end(); ++it)
        splits.insert(it.key(), it.value());
    const QJsonObject doc{{QStringLiteral("format"), QStringLiteral("nervescope-export")},
                          {QStringLiteral("version"), 1},
                          {QStringLiteral("task"), QStringLiteral("segmentation")},
                          {QStringLiteral("splitBy"), QStringLiteral("patient")},
                          {QStringLiteral("deidentified"), deid},
                          {QStringLiteral("frames"), int(items.size())},
                          {QStringLiteral("splits"), splits},
                          {QStringLiteral("columns"), QJsonArray::fromStringList(cols)},
                          {QStringLiteral("items"), items}};
    if (itemCount)
        *itemCount = int(items.size());
    return writeFileAtomic(root.filePath(QStringLiteral("manifest.csv")), csv, error)
           && writeFileAtomic(root.filePath(QStringLiteral("manifest.json")), QJsonDocument(doc).toJson(QJsonDocument::Indented), error);
}

} // namespace ns::exporting
