#include "core/export/DatasetReader.h"

#include "core/annotation/GradeStore.h"
#include "core/export/CocoRle.h"
#include "core/export/MaskPolygons.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <opencv2/core.hpp>

namespace ns::exporting {

namespace {

bool fail(QString* error, const QString& why)
{
    if (error)
        *error = why;
    return false;
}

std::optional<QJsonObject> readJson(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        fail(error, QCoreApplication::translate("Import", "cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return std::nullopt;
    }
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parse);
    if (!doc.isObject()) {
        fail(error, QCoreApplication::translate("Import", "%1 is not valid JSON: %2").arg(QDir::toNativeSeparators(path), parse.errorString()));
        return std::nullopt;
    }
    return doc.object();
}

// A label image's nonzero pixels as polygons; nullopt when the file cannot be read.
std::optional<QList<QPolygonF>> polygonsFromMask(const QString& path, QString* error)
{
    const QImage img = QImage(path).convertToFormat(QImage::Format_Grayscale8);
    if (img.isNull()) {
        fail(error, QCoreApplication::translate("Import", "cannot read mask %1").arg(QDir::toNativeSeparators(path)));
        return std::nullopt;
    }
    const cv::Mat view(img.height(), img.width(), CV_8UC1, const_cast<uchar*>(img.constBits()), size_t(img.bytesPerLine()));
    return maskToPolygons(view);
}

QPolygonF polygonFromPairs(const QJsonArray& pts)
{
    QPolygonF p;
    for (const QJsonValue& v : pts)
        p << QPointF(v.toArray().at(0).toDouble(), v.toArray().at(1).toDouble());
    return p;
}

// "manual", "corrected", "model", "interpolated"; anything else (a mix, another tool's
// word) imports as manual: a person's label as far as this workspace can tell.
annotation::SourceKind sourceOf(const QString& name)
{
    return annotation::parseSourceKind(name).value_or(annotation::SourceKind::Manual);
}

QString raterOr(const QString& r) { return r.isEmpty() ? QStringLiteral("import") : r; }

ImportImage importImage(const QString& path, const QString& patient, const QString& wrist)
{
    ImportImage img;
    img.imagePath = path;
    img.patient = patient;
    img.wrist = wrist;
    return img;
}

QList<ImportImage> readPng(const QDir& root, const ns::jobs::Progress& progress, QString* error)
{
    const std::optional<QJsonObject> manifest = readJson(root.filePath(QStringLiteral("manifest.json")), error);
    if (!manifest)
        return {};
    const QJsonArray items = manifest->value(QStringLiteral("items")).toArray();
    QMap<QString, ImportImage> byImage; // several raters' items share one image
    QStringList order;
    for (int i = 0; i < items.size(); ++i) {
        if (progress.isCancelled())
            return fail(error, QCoreApplication::translate("Import", "Cancelled.")), QList<ImportImage>{};
        progress.report(double(i) / items.size(), QCoreApplication::translate("Import", "reading the manifest"));
        const QJsonObject row = items[i].toObject();
        const QString image = root.absoluteFilePath(row.value(QStringLiteral("image")).toString());
        if (!QFileInfo::exists(image)) {
            fail(error, QCoreApplication::translate("Import", "manifest row %1 names a missing image %2").arg(i + 1).arg(QDir::toNativeSeparators(image)));
            return {};
        }
        if (!byImage.contains(image)) {
            order << image;
            byImage[image] = importImage(image, row.value(QStringLiteral("patient")).toString(), row.value(QStringLiteral("wrist")).toString());
        }
        ImportImage& target = byImage[image];
        target.approved |= row.value(QStringLiteral("approved")).toBool();
        // Numbers only: an export leaves the grade out of ungraded rows (DatasetManifest.h).
        if (!target.severity && row.value(QStringLiteral("gradeIndex")).isDouble())
            target.severity = row.value(QStringLiteral("gradeIndex")).toInt();
        if (!target.cts && row.value(QStringLiteral("cts")).isDouble())
            target.cts = row.value(QStringLiteral("cts")).toInt() != 0;
        ImportContour proto;
        proto.rater = raterOr(row.value(QStringLiteral("rater")).toString());
        proto.source = sourceOf(row.value(QStringLiteral("source")).toString());
        QList<QPolygonF> polys;
        const QJsonArray stored = row.value(QStringLiteral("contours")).toArray();
        if (!stored.isEmpty()) {
            for (const QJsonValue& c : stored)
                polys << polygonFromPairs(c.toArray());
        } else if (row.contains(QStringLiteral("mask"))) {
            const auto fromMask = polygonsFromMask(root.absoluteFilePath(row.value(QStringLiteral("mask")).toString()), error);
            if (!fromMask)
                return {};
            polys = *fromMask;
        }
        for (const QPolygonF& p : polys)
            if (p.size() >= 3) {
                ImportContour c = proto;
                c.vertices = p;
                byImage[image].contours << c;
            }
    }
    QList<ImportImage> out;
    for (const QString& k : order)
        out << byImage[k];
    return out;
}

namespace {

// An annotation's outlines: its polygons as they are, or its run-length encoded mask traced
// into one polygon per component. nullopt, with the reason in *error, when the mask is
// malformed or not the image's size. `imageSize` caches the image's size, read from its
// header the first time a mask needs it (an image has one annotation per rater or more).
std::optional<QList<QPolygonF>> outlinesOf(const QJsonObject& annotation, const QString& imagePath, QSize* imageSize, QString* error)
{
    const QJsonValue seg = annotation.value(QStringLiteral("segmentation"));
    const int id = annotation.value(QStringLiteral("id")).toInt();
    QList<QPolygonF> out;
    if (seg.isArray()) {
        for (const QJsonValue& part : seg.toArray()) {
            const QJsonArray flat = part.toArray();
            QPolygonF p;
            for (int k = 0; k + 1 < flat.size(); k += 2)
                p << QPointF(flat[k].toDouble(), flat[k + 1].toDouble());
            if (p.size() >= 3)
                out << p;
        }
        return out;
    }
    QString why;
    const std::optional<cv::Mat> mask = decodeCocoRle(seg.toObject(), &why);
    if (!mask) {
        fail(error, QCoreApplication::translate("Import", "annotation %1's run-length encoded mask cannot be read: %2").arg(id).arg(why));
        return std::nullopt;
    }
    if (!imageSize->isValid())
        *imageSize = QImageReader(imagePath).size();
    const QSize image = *imageSize;
    if (image.isValid() && image != QSize(mask->cols, mask->rows)) {
        fail(error, QCoreApplication::translate("Import", "annotation %1's mask is %2 x %3 pixels, but its image %4 is %5 x %6")
                        .arg(id).arg(mask->cols).arg(mask->rows).arg(QFileInfo(imagePath).fileName()).arg(image.width()).arg(image.height()));
        return std::nullopt;
    }
    return maskToPolygons(*mask);
}

} // namespace

QList<ImportImage> readCoco(const QDir& root, const ns::jobs::Progress& progress, QString* error)
{
    const std::optional<QJsonObject> doc = readJson(root.filePath(QStringLiteral("annotations.json")), error);
    if (!doc)
        return {};
    QMap<int, QString> categories;
    for (const QJsonValue& c : doc->value(QStringLiteral("categories")).toArray())
        categories.insert(c.toObject().value(QStringLiteral("id")).toInt(), c.toObject().value(QStringLiteral("name")).toString());
    QMap<int, int> indexOfImage;
    QList<ImportImage> out;
    for (const QJsonValue& v : doc->value(QStringLiteral("images")).toArray()) {
        const QJsonObject img = v.toObject();
        const QString path = root.absoluteFilePath(img.value(QStringLiteral("file_name")).toString());
        if (!QFileInfo::exists(path)) {
            fail(error, QCoreApplication::translate("Import", "annotations.json names a missing image %1").arg(QDir::toNativeSeparators(path)));
            return {};
        }
        indexOfImage.insert(img.value(QStringLiteral("id")).toInt(), int(out.size()));
        out << importImage(path, img.value(QStringLiteral("patient")).toString(), img.value(QStringLiteral("wrist")).toString());
        out.last().approved = img.value(QStringLiteral("approved")).toBool();
        out.last().severity = annotation::severityFromName(img.value(QStringLiteral("grade")).toString());
    }
    QList<QSize> imageSizes(out.size()); // read when a mask needs them
    const QJsonArray annotations = doc->value(QStringLiteral("annotations")).toArray();
    for (int i = 0; i < annotations.size(); ++i) {
        if (progress.isCancelled())
            return fail(error, QCoreApplication::translate("Import", "Cancelled.")), QList<ImportImage>{};
        const QJsonObject a = annotations[i].toObject();
        const int imageId = a.value(QStringLiteral("image_id")).toInt();
        if (!indexOfImage.contains(imageId)) {
            fail(error, QCoreApplication::translate("Import", "annotation %1 refers to image %2, which annotations.json does not list").arg(a.value(QStringLiteral("id")).toInt()).arg(imageId));
            return {};
        }
        const int index = indexOfImage[imageId];
        const std::optional<QList<QPolygonF>> outlines = outlinesOf(a, out[index].imagePath, &imageSizes[index], error);
        if (!outlines)
            return {};
        for (const QPolygonF& outline : *outlines) {
            ImportContour c;
            c.vertices = outline;
            const QString category = categories.value(a.value(QStringLiteral("category_id")).toInt());
            if (!category.isEmpty())
                c.label = category;
            c.rater = raterOr(a.value(QStringLiteral("rater")).toString());
            c.source = sourceOf(a.value(QStringLiteral("source")).toString());
            out[index].contours << c;
        }
    }
    return out;
}

QList<ImportImage> readNnUnet(const QDir& root, const ns::jobs::Progress& progress, QString* error)
{
    const std::optional<QJsonObject> dataset = readJson(root.filePath(QStringLiteral("dataset.json")), error);
    if (!dataset)
        return {};
    const QString ending = dataset->value(QStringLiteral("file_ending")).toString();
    if (ending != QLatin1String(".png")) {
        fail(error, QCoreApplication::translate("Import", "%1: only nnU-Net datasets of .png files can be imported (file_ending is \"%2\")")
                        .arg(QDir::toNativeSeparators(root.filePath(QStringLiteral("dataset.json"))), ending));
        return {};
    }
    QJsonObject cases; // optional: written by NerveScope
    if (QFileInfo::exists(root.filePath(QStringLiteral("nervescope_cases.json"))))
        if (const auto c = readJson(root.filePath(QStringLiteral("nervescope_cases.json")), error))
            cases = c->value(QStringLiteral("cases")).toObject();
    const QStringList labels = QDir(root.filePath(QStringLiteral("labelsTr"))).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    if (labels.isEmpty()) {
        fail(error, QCoreApplication::translate("Import", "%1 holds no label images").arg(QDir::toNativeSeparators(root.filePath(QStringLiteral("labelsTr")))));
        return {};
    }
    QList<ImportImage> out;
    for (int i = 0; i < labels.size(); ++i) {
        if (progress.isCancelled())
            return fail(error, QCoreApplication::translate("Import", "Cancelled.")), QList<ImportImage>{};
        progress.report(double(i) / labels.size(), QCoreApplication::translate("Import", "reading label images"));
        const QString name = QFileInfo(labels[i]).completeBaseName();
        const QString image = root.absoluteFilePath(QStringLiteral("imagesTr/%1_0000.png").arg(name));
        if (!QFileInfo::exists(image)) {
            fail(error, QCoreApplication::translate("Import", "label %1 has no image %2").arg(labels[i], QDir::toNativeSeparators(image)));
            return {};
        }
        const auto polys = polygonsFromMask(root.absoluteFilePath(QStringLiteral("labelsTr/") + labels[i]), error);
        if (!polys)
            return {};
        const QJsonObject info = cases.value(name).toObject();
        ImportImage img = importImage(image, info.value(QStringLiteral("patient")).toString(), QString());
        for (const QPolygonF& p : *polys) {
            ImportContour c;
            c.vertices = p;
            c.rater = raterOr(info.value(QStringLiteral("rater")).toString());
            c.source = sourceOf(info.value(QStringLiteral("source")).toString());
            img.contours << c;
        }
        out << img;
    }
    return out;
}

} // namespace

QStringList importFormatNames() { return {QStringLiteral("png"), QStringLiteral("coco"), QStringLiteral("nnunet")}; }

std::optional<ImportFormat> parseImportFormat(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("png"))
        return ImportFormat::Png;
    if (n == QLatin1String("coco"))
        return ImportFormat::Coco;
    if (n == QLatin1String("nnunet"))
        return ImportFormat::NnUnet;
    return std::nullopt;
}

QList<ImportImage> readDataset(ImportFormat format, const QString& dir, const ns::jobs::Progress& progress, QString* error)
{
    const QDir root(dir);
    if (!root.exists()) {
        fail(error, QCoreApplication::translate("Import", "dataset folder %1 does not exist").arg(QDir::toNativeSeparators(dir)));
        return {};
    }
    switch (format) {
    case ImportFormat::Png: return readPng(root, progress, error);
    case ImportFormat::Coco: return readCoco(root, progress, error);
    case ImportFormat::NnUnet: return readNnUnet(root, progress, error);
    }
    return {};
}

} // namespace ns::exporting
