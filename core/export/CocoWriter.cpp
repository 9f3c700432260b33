#include "core/export/CocoWriter.h"

#include "core/annotation/Measurements.h"
#include "core/export/ExportFiles.h"
#include "core/export/StudyFrames.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace ns::exporting {

bool writeCoco(const ExportDataset& data, const ExportPlan& plan, const QString& dir, const ns::jobs::Progress& progress,
               int* itemCount, QString* error)
{
    const QDir root(dir);
    if (!root.mkpath(QStringLiteral("images"))) {
        if (error)
            *error = QCoreApplication::translate("Export", "cannot create folders in %1").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    QJsonArray images, annotations;
    const bool written = forEachExportFrame(data, plan.options().blackout, progress, error, [&](const ExportStudy& s, const ExportFrame& f,
                                                                                              const QImage& image) {
        const QString file = QStringLiteral("images/%1.png").arg(plan.caseName(s, f));
        if (!savePng(image, root.filePath(file), error))
            return false;
        const int imageId = int(images.size()) + 1;
        QJsonObject img{{QStringLiteral("id"), imageId}, {QStringLiteral("file_name"), file},
                        {QStringLiteral("width"), image.width()}, {QStringLiteral("height"), image.height()},
                        {QStringLiteral("patient"), plan.patient(s)}, {QStringLiteral("split"), plan.split(s)},
                        {QStringLiteral("study"), s.id}, {QStringLiteral("frame"), f.frame},
                        {QStringLiteral("wrist"), s.wrist}, {QStringLiteral("approved"), f.approved}};
        if (s.grade && !s.grade->gradeName().isEmpty())
            img.insert(QStringLiteral("grade"), s.grade->gradeName());
        if (!plan.options().deidentify)
            img.insert(QStringLiteral("sourcePath"), s.sourcePath);
        images.append(img);
        for (const ExportContour& c : f.contours) {
            QJsonArray flat;
            double x0 = c.vertices.first().x(), y0 = c.vertices.first().y(), x1 = x0, y1 = y0;
            for (const QPointF& p : c.vertices) {
                flat << p.x() << p.y();
                x0 = std::min(x0, p.x());
                y0 = std::min(y0, p.y());
                x1 = std::max(x1, p.x());
                y1 = std::max(y1, p.y());
            }
            QJsonObject a{{QStringLiteral("id"), int(annotations.size()) + 1}, {QStringLiteral("image_id"), imageId},
                          {QStringLiteral("category_id"), 1}, {QStringLiteral("segmentation"), QJsonArray{flat}},
                          {QStringLiteral("area"), annotation::shoelaceArea(c.vertices)},
                          {QStringLiteral("bbox"), QJsonArray{x0, y0, x1 - x0, y1 - y0}}, {QStringLiteral("iscrowd"), 0},
                          {QStringLiteral("rater"), c.rater}, {QStringLiteral("source"), annotation::sourceKindName(c.source.kind)}};
            if (!c.source.model.isEmpty())
                a.insert(QStringLiteral("sourceModel"), QStringLiteral("%1 %2").arg(c.source.model, c.source.version).trimmed());
            annotations.append(a);
        }
        return true;
    });
    if (!written)
        return false;
    const QJsonObject doc{
        {QStringLiteral("info"), QJsonObject{{QStringLiteral("description"), QStringLiteral("NerveScope export: median nerve contours")},
                                             {QStringLiteral("version"), QStringLiteral("1")},
                                             {QStringLiteral("deidentified"), plan.options().deidentify}}},
        {QStringLiteral("images"), images},
        {QStringLiteral("annotations"), annotations},
        {QStringLiteral("categories"), QJsonArray{QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("name"), QStringLiteral("median nerve")},
                                                              {QStringLiteral("supercategory"), QStringLiteral("nerve")}}}},
    };
    if (itemCount)
        *itemCount = int(annotations.size());
    return writeFileAtomic(root.filePath(QStringLiteral("annotations.json")), QJsonDocument(doc).toJson(QJsonDocument::Indented), error);
}

} // namespace ns::exporting
