#include "inference/DatasetManifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ns::inference {

bool readDatasetManifest(const QString& dir, DatasetManifest* manifest, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const QDir root(dir);
    QFile f(root.filePath(QStringLiteral("manifest.json")));
    if (!root.exists())
        return fail(QCoreApplication::translate("DatasetManifest", "dataset folder %1 does not exist").arg(dir));
    if (!f.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("DatasetManifest", "%1 has no readable manifest.json (make one with `nervescope-cli dataset synth`)").arg(dir));
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parse);
    if (!doc.isObject())
        return fail(QCoreApplication::translate("DatasetManifest", "%1: manifest.json is not valid JSON: %2").arg(dir, parse.errorString()));
    const QJsonObject o = doc.object();
    DatasetManifest m;
    m.dir = root.absolutePath();
    m.task = o.value(QStringLiteral("task")).toString();
    m.seed = o.value(QStringLiteral("seed")).toVariant().toString();
    // A label is present only as a number: exports leave the grade fields out of ungraded
    // rows, and a null or missing value must not read as 0 (normal).
    auto label = [](const QJsonObject& row, const char* key) {
        const QJsonValue v = row.value(QLatin1String(key));
        return v.isDouble() ? v.toInt() : -1;
    };
    for (const QJsonValue& v : o.value(QStringLiteral("items")).toArray()) {
        const QJsonObject it = v.toObject();
        DatasetItem item;
        item.name = it.value(QStringLiteral("name")).toString();
        item.imagePath = root.absoluteFilePath(it.value(QStringLiteral("image")).toString());
        const QString mask = it.value(QStringLiteral("mask")).toString();
        item.maskPath = mask.isEmpty() ? QString() : root.absoluteFilePath(mask);
        item.split = it.value(QStringLiteral("split")).toString();
        item.patient = it.value(QStringLiteral("patient")).toString();
        item.wrist = it.value(QStringLiteral("wrist")).toString();
        item.view = it.value(QStringLiteral("view")).toString();
        item.profile = it.value(QStringLiteral("profile")).toString();
        item.cts = label(it, "cts");
        item.severity = label(it, "gradeIndex");
        item.nervePresent = it.value(QStringLiteral("nervePresent")).toVariant().toBool();
        item.pixelSpacingMm = it.value(QStringLiteral("pixelSpacingMm")).toDouble();
        if (!QFileInfo::exists(item.imagePath))
            return fail(QCoreApplication::translate("DatasetManifest", "%1: image %2 is missing").arg(dir, item.imagePath));
        m.items << item;
    }
    if (m.items.isEmpty())
        return fail(QCoreApplication::translate("DatasetManifest", "%1: the manifest lists no frames").arg(dir));
    *manifest = std::move(m);
    return true;
}

QString defaultViewFor(const QString& task, const QString& architecture)
{
    Q_UNUSED(task);
    return architecture == QLatin1String("severity-longitudinal") ? QStringLiteral("longitudinal") : QStringLiteral("wrist");
}

} // namespace ns::inference
