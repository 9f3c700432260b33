#include "ui/training/TrainingCurves.h"

#include <QHBoxLayout>
#include <qcustomplot.h>

namespace ns::ui {

void styleTrainingPlot(QCustomPlot* plot)
{
    const QColor fg(0xd8, 0xd8, 0xd8), grid(0x4a, 0x4a, 0x4a);
    plot->setBackground(QColor(0x23, 0x23, 0x23));
    for (QCPAxis* axis : {plot->xAxis, plot->yAxis}) {
        axis->setBasePen(QPen(fg));
        axis->setTickPen(QPen(fg));
        axis->setSubTickPen(QPen(fg));
        axis->setTickLabelColor(fg);
        axis->setLabelColor(fg);
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    }
    plot->legend->setBrush(QColor(0x30, 0x30, 0x30, 220));
    plot->legend->setTextColor(fg);
    plot->legend->setBorderPen(QPen(grid));
    plot->setMinimumSize(240, 180);
}

namespace {
QCPGraph* addCurve(QCustomPlot* plot, const QColor& color, const QString& name)
{
    QCPGraph* g = plot->addGraph();
    g->setName(name);
    g->setPen(QPen(color, 2));
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QPen(color), QBrush(color), 6));
    return g;
}

void setPoint(QCPGraph* g, double key, double value)
{
    g->data()->remove(key);
    g->addData(key, value);
}
} // namespace

TrainingCurves::TrainingCurves(QWidget* parent)
    : QWidget(parent), m_loss(new QCustomPlot(this)), m_metric(new QCustomPlot(this))
{
    styleTrainingPlot(m_loss);
    styleTrainingPlot(m_metric);
    m_trainLoss = addCurve(m_loss, QColor(0x4e, 0x9a, 0xe6), tr("Training loss"));
    m_valLoss = addCurve(m_loss, QColor(0xff, 0xa0, 0x30), tr("Validation loss"));
    m_valMetric = addCurve(m_metric, QColor(0x6c, 0xd0, 0x6c), tr("Validation"));
    m_loss->xAxis->setLabel(tr("Epoch"));
    m_loss->yAxis->setLabel(tr("Loss"));
    m_metric->xAxis->setLabel(tr("Epoch"));
    m_loss->legend->setVisible(true);
    m_metric->legend->setVisible(true);
    m_loss->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignLeft); // losses fall: that corner stays empty
    m_metric->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    m_loss->setToolTip(tr("Loss per epoch: training (blue) and validation (orange). Validation loss rising while "
                          "training loss falls means the model is memorising the training frames."));
    m_metric->setToolTip(tr("The validation figure that picks the best epoch, on patients never seen in training"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_loss, 1);
    layout->addWidget(m_metric, 1);
    reset(QStringLiteral("dsc"), 1);
}

void TrainingCurves::reset(const QString& metric, int epochs)
{
    m_epochs = std::max(epochs, 1);
    for (QCPGraph* g : {m_trainLoss, m_valLoss, m_valMetric})
        g->data()->clear();
    const QString label = metric == QLatin1String("dsc") ? tr("Validation DSC")
                        : metric == QLatin1String("auc") ? tr("Validation AUC")
                                                         : tr("Validation accuracy");
    m_metric->yAxis->setLabel(label);
    m_valMetric->setName(label);
    m_metric->yAxis->setRange(0, 1);
    rescale();
}

void TrainingCurves::addEpoch(const training::EpochRecord& r)
{
    setPoint(m_trainLoss, r.epoch, r.trainLoss);
    setPoint(m_valLoss, r.epoch, r.valLoss);
    setPoint(m_valMetric, r.epoch, r.valMetric);
    m_epochs = std::max(m_epochs, r.epoch);
    rescale();
}

void TrainingCurves::rescale()
{
    for (QCustomPlot* p : {m_loss, m_metric}) {
        p->xAxis->setRange(0.5, m_epochs + 0.5);
        p->xAxis->ticker()->setTickCount(std::min(m_epochs, 10));
    }
    bool found = false;
    QCPRange range = m_trainLoss->data()->valueRange(found);
    bool foundVal = false;
    const QCPRange val = m_valLoss->data()->valueRange(foundVal);
    if (foundVal)
        range = found ? QCPRange(std::min(range.lower, val.lower), std::max(range.upper, val.upper)) : val;
    if (found || foundVal)
        m_loss->yAxis->setRange(0, range.upper * 1.1 + 1e-6);
    else
        m_loss->yAxis->setRange(0, 1);
    m_loss->replot(QCustomPlot::rpQueuedReplot);
    m_metric->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ns::ui
