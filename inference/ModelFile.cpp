#include "inference/ModelFile.h"

#include "inference/models/ModelFactory.h"
#include "inference/models/NetModule.h"
#include "inference/models/ParameterCount.h"

#include <torch/serialize.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ns::inference {

namespace {

std::optional<ns::models::ActivationKind> activationFromName(const QString& name)
{
    if (name.isEmpty())
        return ns::models::ActivationKind::ReLU;
    return ns::models::activationFromString(name.toStdString());
}

} // namespace

std::shared_ptr<ns::models::NetModule> createNetwork(const ModelCard& card, QString* error)
{
    const std::string arch = card.architecture.toStdString();
    if (!ns::models::isKnownArchitecture(arch)) {
        if (error)
            *error = QCoreApplication::translate("ModelFile", "unknown architecture \"%1\"").arg(card.architecture);
        return nullptr;
    }
    const auto activation = activationFromName(card.activation);
    if (!activation) {
        if (error)
            *error = QCoreApplication::translate("ModelFile", "unknown activation \"%1\"").arg(card.activation);
        return nullptr;
    }
    ns::models::ModelOptions options;
    options.activation = *activation;
    options.baseWidth = card.baseWidth;
    options.dropout = card.dropout;
    if (ns::models::taskOf(arch) != ns::models::ModelTask::Segmentation)
        options.numClasses = int(card.classes.size());
    try {
        return ns::models::createModel(arch, options);
    } catch (const std::exception& e) {
        if (error)
            *error = QCoreApplication::translate("ModelFile", "cannot create %1: %2").arg(card.architecture, QString::fromUtf8(e.what()));
        return nullptr;
    }
}

std::optional<LoadedModel> loadModel(const QString& cardPath, QString* error)
{
    ModelCard card;
    if (!readModelCard(cardPath, &card, error))
        return std::nullopt;
    const QString weights = QFileInfo(cardPath).dir().filePath(card.weightsFile);
    if (!QFileInfo::exists(weights)) {
        if (error)
            *error = QCoreApplication::translate("ModelFile", "model %1: weights file %2 is missing").arg(card.name, weights);
        return std::nullopt;
    }
    const QString sha = sha256OfFile(weights, error);
    if (sha.isEmpty())
        return std::nullopt;
    if (sha != card.sha256) {
        if (error)
            *error = QCoreApplication::translate("ModelFile", "model %1: weights file %2 does not match its card "
                                                              "(sha256 %3, card says %4); refusing to load it")
                         .arg(card.name, weights, sha.left(12), card.sha256.left(12));
        return std::nullopt;
    }
    auto net = createNetwork(card, error);
    if (!net)
        return std::nullopt;
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(QFile::encodeName(weights).toStdString());
        net->load(archive);
    } catch (const std::exception& e) {
        if (error) {
            // LibTorch's messages carry a C++ backtrace; its first line says what went wrong.
            const QString what = QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0);
            *error = QCoreApplication::translate("ModelFile", "model %1: weights do not fit architecture %2: %3")
                         .arg(card.name, card.architecture, what);
        }
        return std::nullopt;
    }
    net->eval();
    const auto count = ns::models::countParameters(*net).trainable;
    if (card.parameters > 0 && count != card.parameters) {
        if (error)
            *error = QCoreApplication::translate("ModelFile", "model %1: card says %2 parameters, network has %3")
                         .arg(card.name).arg(card.parameters).arg(count);
        return std::nullopt;
    }
    return LoadedModel{card, cardPath, std::move(net)};
}

bool saveModel(const ns::models::NetModule& net, ModelCard* card, const QString& dir, QString* error)
{
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QCoreApplication::translate("ModelFile", "cannot create folder %1").arg(dir);
        return false;
    }
    const QString weightsName = card->name + QStringLiteral(".pt");
    const QString finalPath = QDir(dir).filePath(weightsName);
    const QString tmpPath = finalPath + QStringLiteral(".partial");
    try {
        torch::serialize::OutputArchive archive;
        net.save(archive);
        archive.save_to(QFile::encodeName(tmpPath).toStdString());
    } catch (const std::exception& e) {
        QFile::remove(tmpPath);
        if (error)
            *error = QCoreApplication::translate("ModelFile", "cannot write %1: %2")
                         .arg(tmpPath, QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0));
        return false;
    }
    const QString sha = sha256OfFile(tmpPath, error);
    if (sha.isEmpty()) {
        QFile::remove(tmpPath);
        return false;
    }
    QFile::remove(finalPath);
    if (!QFile::rename(tmpPath, finalPath)) {
        QFile::remove(tmpPath);
        if (error)
            *error = QCoreApplication::translate("ModelFile", "cannot move %1 into place").arg(finalPath);
        return false;
    }
    card->weightsFile = weightsName;
    card->sha256 = sha;
    card->parameters = ns::models::countParameters(net).trainable;
    return writeModelCard(QDir(dir).filePath(card->name + QStringLiteral(".json")), *card, error);
}

} // namespace ns::inference
