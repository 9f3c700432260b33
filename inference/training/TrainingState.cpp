#include "inference/training/TrainingState.h"

#include <QJsonArray>

namespace ns::training {

bool TrainingState::improves(double metric, double loss) const
{
    // Small validation sets saturate (AUC 1.0, accuracy 1.0) early; on a tie the lower
    // validation loss wins, so the best checkpoint keeps improving in confidence.
    constexpr double eps = 1e-9;
    if (bestEpoch == 0 || metric > bestMetric + eps)
        return true;
    return metric >= bestMetric - eps && loss < bestLoss;
}

QJsonObject TrainingState::toJson() const
{
    QJsonArray rows;
    for (const EpochRecord& r : log)
        rows.append(QJsonArray{r.epoch, r.trainLoss, r.valLoss, r.valMetric, r.seconds});
    return {
        {QStringLiteral("identity"), identity},
        {QStringLiteral("recipe"), recipe},
        {QStringLiteral("epochsDone"), epochsDone},
        {QStringLiteral("bestEpoch"), bestEpoch},
        {QStringLiteral("bestMetric"), bestMetric},
        {QStringLiteral("bestLoss"), bestLoss},
        {QStringLiteral("bestFigures"), bestFigures},
        {QStringLiteral("epochsSinceBest"), epochsSinceBest},
        {QStringLiteral("log"), rows},
    };
}

TrainingState TrainingState::fromJson(const QJsonObject& o)
{
    TrainingState s;
    s.identity = o.value(QStringLiteral("identity")).toObject();
    s.recipe = o.value(QStringLiteral("recipe")).toString();
    s.epochsDone = o.value(QStringLiteral("epochsDone")).toInt();
    s.bestEpoch = o.value(QStringLiteral("bestEpoch")).toInt();
    s.bestMetric = o.value(QStringLiteral("bestMetric")).toDouble(-1);
    s.bestLoss = o.value(QStringLiteral("bestLoss")).toDouble();
    s.bestFigures = o.value(QStringLiteral("bestFigures")).toObject();
    s.epochsSinceBest = o.value(QStringLiteral("epochsSinceBest")).toInt();
    for (const QJsonValue& v : o.value(QStringLiteral("log")).toArray()) {
        const QJsonArray a = v.toArray();
        s.log.append(EpochRecord{a.at(0).toInt(), a.at(1).toDouble(), a.at(2).toDouble(), a.at(3).toDouble(), a.at(4).toDouble()});
    }
    return s;
}

QByteArray trainingLogCsv(const QVector<EpochRecord>& log, const QString& metricName)
{
    QByteArray csv = "epoch,train_loss,val_loss,val_" + metricName.toUtf8() + ",seconds\n";
    for (const EpochRecord& r : log)
        csv += QByteArray::number(r.epoch) + ',' + QByteArray::number(r.trainLoss, 'g', 8) + ','
               + QByteArray::number(r.valLoss, 'g', 8) + ',' + QByteArray::number(r.valMetric, 'g', 8) + ','
               + QByteArray::number(r.seconds, 'f', 2) + '\n';
    return csv;
}

} // namespace ns::training
