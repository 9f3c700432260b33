#include "inference/ModelCard.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace ns::inference {

QJsonObject ModelCard::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("format")] = QStringLiteral("nervescope-model-card");
    o[QStringLiteral("name")] = name;
    o[QStringLiteral("version")] = version;
    o[QStringLiteral("task")] = task;
    o[QStringLiteral("architecture")] = architecture;
    if (!activation.isEmpty())
        o[QStringLiteral("activation")] = activation;
    if (baseWidth > 0)
        o[QStringLiteral("baseWidth")] = baseWidth;
    o[QStringLiteral("inputSize")] = QJsonArray{inputWidth, inputHeight};
    o[QStringLiteral("classes")] = QJsonArray::fromStringList(classes);
    if (nerveCropMm > 0)
        o[QStringLiteral("nerveCropMm")] = nerveCropMm;
    if (dropout >= 0)
        o[QStringLiteral("dropout")] = dropout;
    o[QStringLiteral("parameters")] = double(parameters);
    o[QStringLiteral("weights")] = weightsFile;
    o[QStringLiteral("sha256")] = sha256;
    o[QStringLiteral("recipe")] = recipe;
    o[QStringLiteral("trainingData")] = trainingData;
    o[QStringLiteral("notice")] = notice;
    o[QStringLiteral("metrics")] = metrics;
    o[QStringLiteral("date")] = date;
    return o;
}

ModelCard ModelCard::fromJson(const QJsonObject& o)
{
    ModelCard c;
    c.name = o.value(QStringLiteral("name")).toString();
    c.version = o.value(QStringLiteral("version")).toString();
    c.task = o.value(QStringLiteral("task")).toString();
    c.architecture = o.value(QStringLiteral("architecture")).toString();
    c.activation = o.value(QStringLiteral("activation")).toString();
    c.baseWidth = o.value(QStringLiteral("baseWidth")).toInt();
    const QJsonArray size = o.value(QStringLiteral("inputSize")).toArray();
    if (size.size() == 2) {
        c.inputWidth = size.at(0).toInt();
        c.inputHeight = size.at(1).toInt();
    }
    c.nerveCropMm = o.value(QStringLiteral("nerveCropMm")).toDouble(0);
    c.dropout = o.value(QStringLiteral("dropout")).toDouble(-1);
    for (const QJsonValue& v : o.value(QStringLiteral("classes")).toArray())
        c.classes << v.toString();
    c.parameters = std::int64_t(o.value(QStringLiteral("parameters")).toDouble());
    c.weightsFile = o.value(QStringLiteral("weights")).toString();
    c.sha256 = o.value(QStringLiteral("sha256")).toString().toLower();
    c.recipe = o.value(QStringLiteral("recipe")).toString();
    c.trainingData = o.value(QStringLiteral("trainingData")).toString();
    c.notice = o.value(QStringLiteral("notice")).toString();
    c.metrics = o.value(QStringLiteral("metrics")).toObject();
    c.date = o.value(QStringLiteral("date")).toString();
    return c;
}

bool readModelCard(const QString& path, ModelCard* card, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("ModelCard", "cannot read model card %1: %2").arg(path, f.errorString()));
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parse);
    if (!doc.isObject())
        return fail(QCoreApplication::translate("ModelCard", "model card %1 is not valid JSON: %2").arg(path, parse.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("nervescope-model-card"))
        return fail(QCoreApplication::translate("ModelCard", "%1 is not a NerveScope model card").arg(path));
    ModelCard c = ModelCard::fromJson(o);
    if (c.name.isEmpty() || c.architecture.isEmpty() || c.task.isEmpty() || c.weightsFile.isEmpty())
        return fail(QCoreApplication::translate("ModelCard", "model card %1 lacks its name, task, architecture or weights").arg(path));
    if (c.sha256.size() != 64)
        return fail(QCoreApplication::translate("ModelCard", "model card %1 has no valid sha256 of its weights").arg(path));
    if (c.nerveCropMm < 0 || c.nerveCropMm > 200)
        return fail(QCoreApplication::translate("ModelCard", "model card %1 has an impossible nerve crop of %2 mm").arg(path).arg(c.nerveCropMm));
    if (c.dropout >= 1)
        return fail(QCoreApplication::translate("ModelCard", "model card %1 has an impossible dropout of %2").arg(path).arg(c.dropout));
    if (c.inputWidth < 16 || c.inputHeight < 16 || c.inputWidth > 4096 || c.inputHeight > 4096)
        return fail(QCoreApplication::translate("ModelCard", "model card %1 has an impossible input size %2x%3")
                        .arg(path).arg(c.inputWidth).arg(c.inputHeight));
    if (card)
        *card = c;
    return true;
}

bool writeModelCard(const QString& path, const ModelCard& card, QString* error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("ModelCard", "cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    f.write(QJsonDocument(card.toJson()).toJson(QJsonDocument::Indented));
    if (!f.commit()) {
        if (error)
            *error = QCoreApplication::translate("ModelCard", "cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QString sha256OfFile(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("ModelCard", "cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f)) {
        if (error)
            *error = QCoreApplication::translate("ModelCard", "cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace ns::inference
