#include "ui/ai/GradeView.h"

#include "ui/GradeLabel.h"
#include "ui/Remeasure.h"

#include <QLabel>
#include <QtNumeric>
#include <QProgressBar>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <cmath>

namespace ns::ui {

GradeView::GradeView(QWidget* parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_barBox(new QVBoxLayout), m_plot(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addLayout(m_barBox);
    m_plot->setMinimumHeight(110);
    m_plot->addGraph();
    m_plot->graph(0)->setLineStyle(QCPGraph::lsLine);
    m_plot->graph(0)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
    m_plot->xAxis->setLabel(tr("Frame"));
    m_plot->setToolTip(tr("Per-frame result; click a point to show its frame."));
    layout->addWidget(m_plot, 1);
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* e) {
        if (m_plot->graph(0)->dataCount() == 0)
            return;
        const double x = m_plot->xAxis->pixelToCoord(e->pos().x());
        emit frameRequested(std::max(0, int(std::lround(x)) - 1));
    });
    clear();
}

void GradeView::clear()
{
    m_summary->setText(tr("Not graded yet. Choose a grader and press Grade Study."));
    for (QProgressBar* b : m_bars)
        b->deleteLater();
    m_bars.clear();
    m_plot->graph(0)->data()->clear();
    m_plot->replot();
    m_plot->setVisible(false);
}

QString GradeView::summary() const { return m_summary->text(); }

void GradeView::showFailure(const QString& reason)
{
    clear();
    m_summary->setText(tr("Not graded: %1").arg(reason.toHtmlEscaped()));
    remeasureAncestors(m_summary);
}

void GradeView::showResult(const StudyGradeResult& result)
{
    const QStringList& classes = result.card.classes;
    if (result.wrist.frames == 0) {
        clear();
        m_summary->setText(result.complete()
                               ? tr("Not graded: %1 found no nerve in any of the %2 frame(s) to look at.")
                                     .arg(result.card.name.toHtmlEscaped()).arg(result.frames.size())
                               : tr("No nerve found yet: read %1 of %2 frame(s)…").arg(result.frames.size()).arg(result.framesInStudy));
        remeasureAncestors(m_summary);
        return;
    }
    const QString grade = classes.value(result.wrist.predicted).toHtmlEscaped();
    const QString side = wristLabel(result.side);
    QString text = (side.isEmpty() ? tr("<b>%1</b> over %n frame(s), by %2 %3", nullptr, result.wrist.frames).arg(grade)
                                   : tr("%1: <b>%2</b> over %n frame(s), by %3 %4", nullptr, result.wrist.frames)
                                         .arg(side.left(1).toUpper() + side.mid(1), grade))
                       .arg(result.card.name.toHtmlEscaped(), result.card.version.toHtmlEscaped());
    const int notGraded = int(result.frames.size()) - result.wrist.frames;
    if (notGraded > 0)
        text += QStringLiteral("<br>") + tr("%1 frame(s) without a nerve found were not graded.").arg(notGraded);
    if (!result.complete())
        text += QStringLiteral("<br>") + tr("Still reading frames: %1 of %2…").arg(result.frames.size()).arg(result.framesInStudy);
    m_summary->setText(text);
    showBars(classes, result.wrist.probabilities);
    showCurve(result);
    remeasureAncestors(m_summary);
}

// A partial result and the next one have the same classes: the bars are updated in place,
// so the panel does not jump while a long cine is graded.
void GradeView::showBars(const QStringList& classes, const std::vector<double>& probabilities)
{
    if (m_bars.size() != classes.size()) {
        for (QProgressBar* b : m_bars)
            b->deleteLater();
        m_bars.clear();
        for (int c = 0; c < classes.size(); ++c) {
            auto* bar = new QProgressBar(this);
            bar->setRange(0, 1000);
            m_barBox->addWidget(bar);
            m_bars << bar;
        }
    }
    for (int c = 0; c < classes.size(); ++c) {
        const double p = c < int(probabilities.size()) ? probabilities[size_t(c)] : 0;
        m_bars[c]->setValue(int(std::lround(p * 1000)));
        m_bars[c]->setFormat(QStringLiteral("%1  %2%").arg(classes[c]).arg(p * 100, 0, 'f', 1));
        m_bars[c]->setToolTip(tr("Mean probability of \"%1\" over the frames").arg(classes[c]));
    }
}

void GradeView::showCurve(const StudyGradeResult& result)
{
    const QStringList& classes = result.card.classes;
    // Binary: P(CTS) per frame. Severity: the expected grade, which moves smoothly where
    // the argmax would jump between neighbouring grades.
    const bool binary = classes.size() == 2;
    QVector<double> xs, ys;
    for (size_t i = 0; i < result.frames.size(); ++i) {
        const auto& p = result.frames[i].probabilities;
        double y = 0;
        if (p.empty())
            y = qQNaN(); // no nerve found: a gap in the curve
        else if (binary)
            y = p.size() > 1 ? p[1] : 0;
        else
            for (size_t c = 0; c < p.size(); ++c)
                y += double(c) * p[c];
        xs << double(i + 1);
        ys << y;
    }
    m_plot->graph(0)->setData(xs, ys, true);
    m_plot->yAxis->setLabel(binary ? tr("P(%1)").arg(classes.value(1)) : tr("Expected grade (0-3)"));
    m_plot->yAxis->setRange(0, binary ? 1.0 : 3.0);
    // Whole grades only: at the plot's 110 px, half-grade ticks overlap.
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(binary ? 0.25 : 1.0);
    m_plot->yAxis->setTicker(ticker);
    // Frames are whole numbers; long cines step in multiples of 1 to keep the ticks apart.
    QSharedPointer<QCPAxisTickerFixed> frameTicker(new QCPAxisTickerFixed);
    frameTicker->setTickStep(1.0);
    frameTicker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_plot->xAxis->setTicker(frameTicker);
    // The whole study's width from the start: a partial curve grows from the left.
    const int frames = std::max(int(result.frames.size()), result.framesInStudy);
    m_plot->xAxis->setRange(0.5, std::max<double>(1.5, double(frames) + 0.5));
    m_plot->setVisible(frames > 1);
    m_plot->replot();
}

} // namespace ns::ui
