#pragma once
// The bookkeeping of a run that a checkpoint must carry besides weights and optimizer:
// epochs done, the best validation figure so far, early-stopping count and the log.
// Free of LibTorch.

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace ns::training {

struct EpochRecord {
    int epoch = 0;           // 1-based
    double trainLoss = 0;
    double valLoss = 0;
    double valMetric = 0;    // DSC, AUC or accuracy (see metricName)
    double seconds = 0;      // wall time of the epoch, validation included
};

struct TrainingState {
    QJsonObject identity;    // TrainingConfig::identity() of the run that began it
    QString recipe;          // the command line that began it
    int epochsDone = 0;
    int bestEpoch = 0;       // 0: none yet
    double bestMetric = -1;
    double bestLoss = 0;
    QJsonObject bestFigures; // the validation figures of the best epoch
    int epochsSinceBest = 0;
    QVector<EpochRecord> log;

    // True when `metric` (and, on a tie, `loss`) beats the best so far.
    bool improves(double metric, double loss) const;

    QJsonObject toJson() const;
    static TrainingState fromJson(const QJsonObject& json);
};

// The training log as CSV: epoch,train_loss,val_loss,val_<metric>,seconds.
QByteArray trainingLogCsv(const QVector<EpochRecord>& log, const QString& metricName);

} // namespace ns::training
