#pragma once
// The live curves of a run: training and validation loss, and the validation figure the run
// is judged by (DSC, AUC or accuracy), one point per epoch.

#include "inference/training/TrainingState.h"

#include <QWidget>

class QCustomPlot;
class QCPGraph;

namespace ns::ui {

class TrainingCurves : public QWidget {
    Q_OBJECT
public:
    explicit TrainingCurves(QWidget* parent = nullptr);

    // Empties both plots; `metric` is "dsc", "auc" or "accuracy".
    void reset(const QString& metric, int epochs);
    // Adds or replaces the point of record.epoch (a resumed run repeats its earlier epochs).
    void addEpoch(const training::EpochRecord& record);

    QCustomPlot* lossPlot() const { return m_loss; }
    QCustomPlot* metricPlot() const { return m_metric; }
    QCPGraph* trainLossGraph() const { return m_trainLoss; }
    QCPGraph* valLossGraph() const { return m_valLoss; }
    QCPGraph* metricGraph() const { return m_valMetric; }

private:
    void rescale();

    QCustomPlot* m_loss;
    QCustomPlot* m_metric;
    QCPGraph* m_trainLoss;
    QCPGraph* m_valLoss;
    QCPGraph* m_valMetric;
    int m_epochs = 1;
};

// Shared look of the training plots (dark background matching the theme).
void styleTrainingPlot(QCustomPlot* plot);

} // namespace ns::ui
