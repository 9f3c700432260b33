#include "ui/training/ModelPromotion.h"

#include "core/workspace/ModelStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace ns::ui {

namespace {

QString nextPatch(const QString& version)
{
    QStringList parts = version.split(QLatin1Char('.'));
    while (parts.size() < 3)
        parts << QStringLiteral("0");
    parts[2] = QString::number(parts[2].toInt() + 1);
    return parts.join(QLatin1Char('.'));
}

bool copyFile(const QString& from, const QString& to, QString* error)
{
    QFile::remove(to); // a leftover of a failed promotion; the table never named it
    if (QFile::copy(from, to))
        return true;
    *error = QCoreApplication::translate("ModelPromotion", "cannot copy %1 to %2")
                 .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to));
    return false;
}
} // namespace

std::optional<Promotion> promoteModel(workspace::Workspace& ws, const TrainingOutcome& outcome, QString* error)
{
    if (ws.isReadOnly()) {
        *error = QCoreApplication::translate("ModelPromotion", "the workspace is read-only: %1").arg(ws.readOnlyReason());
        return std::nullopt;
    }
    inference::ModelCard card;
    if (!inference::readModelCard(outcome.result.cardPath, &card, error))
        return std::nullopt;
    workspace::ModelStore store(ws);
    while (store.contains(card.name, card.version))
        card.version = nextPatch(card.version);
    const QString dir = store.folderFor(card.name, card.version);
    if (!QDir().mkpath(dir)) {
        *error = QCoreApplication::translate("ModelPromotion", "cannot create %1").arg(QDir::toNativeSeparators(dir));
        return std::nullopt;
    }
    const QDir source = QFileInfo(outcome.result.cardPath).absoluteDir();
    const QString weights = QDir(dir).filePath(card.weightsFile);
    if (!copyFile(source.filePath(card.weightsFile), weights, error))
        return std::nullopt;
    // The copy must be the file the card vouches for.
    if (inference::sha256OfFile(weights, error) != card.sha256) {
        if (error->isEmpty())
            *error = QCoreApplication::translate("ModelPromotion", "the copy of %1 differs from its card's sha256").arg(card.weightsFile);
        return std::nullopt;
    }
    if (QFile::exists(outcome.result.logPath)
        && !copyFile(outcome.result.logPath, QDir(dir).filePath(QFileInfo(outcome.result.logPath).fileName()), error))
        return std::nullopt;
    const QString cardPath = QDir(dir).filePath(card.name + QStringLiteral(".json"));
    if (!inference::writeModelCard(cardPath, card, error))
        return std::nullopt;

    QVector<workspace::EpochFigure> figures;
    for (const training::EpochRecord& r : outcome.result.state.log) {
        figures << workspace::EpochFigure{r.epoch, QStringLiteral("train"), QStringLiteral("loss"), r.trainLoss};
        figures << workspace::EpochFigure{r.epoch, QStringLiteral("val"), QStringLiteral("loss"), r.valLoss};
        figures << workspace::EpochFigure{r.epoch, QStringLiteral("val"), outcome.result.metricName, r.valMetric};
    }
    QJsonObject config = outcome.config.identity();
    config.insert(QStringLiteral("epochs"), outcome.config.epochs);
    config.insert(QStringLiteral("patience"), outcome.config.patience);
    config.insert(QStringLiteral("recipe"), card.recipe);
    workspace::StoredModel m;
    m.name = card.name;
    m.version = card.version;
    m.task = card.task;
    m.cardPath = cardPath;
    const qint64 id = store.add(m, QJsonDocument(card.toJson()).toJson(QJsonDocument::Compact),
                                QJsonDocument(config).toJson(QJsonDocument::Compact), outcome.startedAt, figures, error);
    if (id < 0)
        return std::nullopt;
    return Promotion{cardPath, card.name, card.version, id};
}

} // namespace ns::ui
