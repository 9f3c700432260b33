#include "ui/explain/SideBySideView.h"

#include "inference/explain/HeatmapImage.h"
#include "ui/explain/ColourBar.h"

#include <QGridLayout>
#include <QLabel>

namespace ns::ui {

namespace ex = ns::inference::explain;

SideBySideView::SideBySideView(QWidget* parent) : QWidget(parent, Qt::Window)
{
    setWindowTitle(tr("Explanations side by side"));
    auto* grid = new QGridLayout(this);
    for (int i = 0; i < 2; ++i) {
        Pane& p = m_panes[i];
        p.title = new QLabel(this);
        p.title->setWordWrap(true);
        p.image = new QLabel(this);
        p.image->setAlignment(Qt::AlignCenter);
        p.image->setMinimumSize(240, 200);
        p.image->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
        p.bar = new ColourBar(this);
        grid->addWidget(p.title, 0, i);
        grid->addWidget(p.image, 1, i);
        grid->addWidget(p.bar, 2, i);
    }
    grid->setRowStretch(1, 1);
    resize(900, 480);
}

void SideBySideView::showOutcome(const ExplainOutcome& outcome, double opacity)
{
    m_shown = std::min(2, int(outcome.results.size()));
    for (int i = 0; i < 2; ++i) {
        Pane& p = m_panes[i];
        if (i >= m_shown) {
            p.title->clear();
            p.overlay = QImage();
            p.bar->clear();
            continue;
        }
        const ex::ExplainResult& r = outcome.results[i];
        p.title->setText(tr("<b>%1</b><br>%2 · %3 %4 · frame %5 · %6 s")
                             .arg(ex::methodDisplayName(r.method), outcome.card.name, r.target,
                                  ex::describeScore(r.score, r.baseScore, r.targetClass < 0))
                             .arg(outcome.frame + 1).arg(r.seconds, 0, 'f', 1));
        p.overlay = ex::overlayHeatmap(outcome.image, r.heatmap, opacity);
        const ex::HeatmapScale s = ex::positiveScale(r.heatmap);
        p.bar->setRange(s.lo, s.hi, heatQuantity(r.method, r.score));
    }
    setWindowTitle(tr("Explanations side by side: %1, frame %2").arg(outcome.card.name).arg(outcome.frame + 1));
    render();
}

void SideBySideView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    render();
}

void SideBySideView::render()
{
    for (Pane& p : m_panes) {
        if (p.overlay.isNull()) {
            p.image->clear();
            continue;
        }
        p.image->setPixmap(QPixmap::fromImage(p.overlay.scaled(p.image->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
}

} // namespace ns::ui
