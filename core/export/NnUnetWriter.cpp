#include "core/export/NnUnetWriter.h"

#include "core/annotation/Mask.h"
#include "core/export/ExportFiles.h"
#include "core/export/StudyFrames.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <opencv2/core.hpp>

namespace ns::exporting {

bool writeNnUnet(const ExportDataset& data, const ExportPlan& plan, const QString& dir, const ns::jobs::Progress& progress,
                 int* itemCount, QString* error)
{
    const QDir root(dir);
    if (!root.mkpath(QStringLiteral("imagesTr")) || !root.mkpath(QStringLiteral("labelsTr"))) {
        if (error)
            *error = QCoreApplication::translate("Export", "cannot create folders in %1").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    QJsonObject cases;
    const bool written = forEachExportFrame(data, plan.options().blackout, progress, error, [&](const ExportStudy& s, const ExportFrame& f,
                                                                                              const QImage& image) {
        for (const QString& rater : f.raters()) {
            const QList<ExportContour> contours = f.contoursOf(rater);
            const QString name = plan.itemName(s, f, rater);
            // nnU-Net wants the label values themselves (0/1), not a viewable 0/255 mask.
            const cv::Mat mask = annotation::rasterise(polygonsOf(contours), image.size()) / 255;
            if (!savePng(image, root.filePath(QStringLiteral("imagesTr/%1_0000.png").arg(name)), error)
                || !savePng(maskImage(mask), root.filePath(QStringLiteral("labelsTr/%1.png").arg(name)), error))
                return false;
            cases.insert(name, QJsonObject{{QStringLiteral("patient"), plan.patient(s)}, {QStringLiteral("split"), plan.split(s)},
                                           {QStringLiteral("rater"), rater}, {QStringLiteral("source"), sourcesOf(contours)},
                                           {QStringLiteral("frame"), f.frame}, {QStringLiteral("study"), s.id}});
        }
        return true;
    });
    if (!written)
        return false;
    const QJsonObject dataset{
        {QStringLiteral("name"), QStringLiteral("NerveScope median nerve")},
        {QStringLiteral("channel_names"), QJsonObject{{QStringLiteral("0"), QStringLiteral("B-mode")}}},
        {QStringLiteral("labels"), QJsonObject{{QStringLiteral("background"), 0}, {QStringLiteral("median_nerve"), 1}}},
        {QStringLiteral("numTraining"), int(cases.size())},
        {QStringLiteral("file_ending"), QStringLiteral(".png")},
        {QStringLiteral("overwrite_image_reader_writer"), QStringLiteral("NaturalImage2DIO")},
    };
    if (itemCount)
        *itemCount = int(cases.size());
    return writeFileAtomic(root.filePath(QStringLiteral("dataset.json")), QJsonDocument(dataset).toJson(QJsonDocument::Indented), error)
           && writeFileAtomic(root.filePath(QStringLiteral("nervescope_cases.json")),
                              QJsonDocument(QJsonObject{{QStringLiteral("splitBy"), QStringLiteral("patient")}, {QStringLiteral("cases"), cases}})
                                  .toJson(QJsonDocument::Indented), error);
}

} // namespace ns::exporting
