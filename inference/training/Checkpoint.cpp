#include "inference/training/Checkpoint.h"

#include <torch/serialize.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace ns::training {

namespace {

bool failWith(QString* error, const QString& reason)
{
    if (error)
        *error = reason;
    return false;
}

// LibTorch's messages carry a C++ backtrace; the first line says what went wrong.
QString firstLine(const std::exception& e) { return QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0); }

bool writeAtomically(const QString& path, torch::serialize::OutputArchive& archive, QString* error)
{
    const QString tmp = path + QStringLiteral(".partial");
    try {
        archive.save_to(QFile::encodeName(tmp).toStdString());
    } catch (const std::exception& e) {
        QFile::remove(tmp);
        return failWith(error, QCoreApplication::translate("Checkpoint", "cannot write %1 (is the disk full?): %2").arg(QDir::toNativeSeparators(tmp), firstLine(e)));
    }
    QFile::remove(path);
    if (!QFile::rename(tmp, path)) {
        QFile::remove(tmp);
        return failWith(error, QCoreApplication::translate("Checkpoint", "cannot move %1 into place").arg(QDir::toNativeSeparators(path)));
    }
    return true;
}
} // namespace

QString checkpointDir(const QString& outDir, const QString& modelName)
{
    return QDir(outDir).filePath(modelName + QStringLiteral(".checkpoint"));
}

bool saveCheckpoint(const QString& dir, const torch::nn::Module& net, const torch::optim::Optimizer& optimizer,
                    const TrainingState& state, QString* error)
{
    if (!QDir().mkpath(dir))
        return failWith(error, QCoreApplication::translate("Checkpoint", "cannot create folder %1").arg(QDir::toNativeSeparators(dir)));
    torch::serialize::OutputArchive root, model, adam;
    try {
        net.save(model);
        optimizer.save(adam);
        root.write("model", model);
        root.write("optimizer", adam);
        root.write("state", c10::IValue(QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact).toStdString()));
    } catch (const std::exception& e) {
        return failWith(error, QCoreApplication::translate("Checkpoint", "cannot serialise the checkpoint: %1").arg(firstLine(e)));
    }
    return writeAtomically(QDir(dir).filePath(QStringLiteral("state.pt")), root, error);
}

bool loadCheckpoint(const QString& dir, torch::nn::Module& net, torch::optim::Optimizer& optimizer,
                    TrainingState* state, bool* found, QString* error)
{
    const QString path = QDir(dir).filePath(QStringLiteral("state.pt"));
    *found = QFile::exists(path);
    if (!*found)
        return false;
    try {
        torch::serialize::InputArchive root, model, adam;
        root.load_from(QFile::encodeName(path).toStdString());
        root.read("model", model);
        root.read("optimizer", adam);
        c10::IValue json;
        root.read("state", json);
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(json.toStringRef()));
        if (!doc.isObject())
            return failWith(error, QCoreApplication::translate("Checkpoint", "checkpoint %1 is damaged (no run state)").arg(QDir::toNativeSeparators(path)));
        net.load(model);
        optimizer.load(adam);
        *state = TrainingState::fromJson(doc.object());
    } catch (const std::exception& e) {
        return failWith(error, QCoreApplication::translate("Checkpoint", "cannot read checkpoint %1: %2").arg(QDir::toNativeSeparators(path), firstLine(e)));
    }
    return true;
}

bool saveWeights(const QString& path, const torch::nn::Module& net, QString* error)
{
    torch::serialize::OutputArchive archive;
    try {
        net.save(archive);
    } catch (const std::exception& e) {
        return failWith(error, QCoreApplication::translate("Checkpoint", "cannot serialise the weights: %1").arg(firstLine(e)));
    }
    return writeAtomically(path, archive, error);
}

bool loadWeights(const QString& path, torch::nn::Module& net, QString* error)
{
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(QFile::encodeName(path).toStdString());
        net.load(archive);
    } catch (const std::exception& e) {
        return failWith(error, QCoreApplication::translate("Checkpoint", "cannot read weights %1: %2").arg(QDir::toNativeSeparators(path), firstLine(e)));
    }
    return true;
}

} // namespace ns::training
