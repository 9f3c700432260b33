#include "ui/explain/ColourBar.h"

#include "inference/explain/HeatmapImage.h"

#include <QLinearGradient>
#include <QPainter>

namespace ns::ui {

QString heatQuantity(inference::explain::Method method, inference::explain::Score score)
{
    switch (method) {
    case inference::explain::Method::Occlusion:
        return score == inference::explain::Score::LogOdds ? ColourBar::tr("drop in log-odds when hidden")
                                                           : ColourBar::tr("drop in probability when hidden");
    case inference::explain::Method::Lime: return ColourBar::tr("surrogate weight");
    case inference::explain::Method::GradCam: return ColourBar::tr("Grad-CAM activation");
    }
    return {};
}

ColourBar::ColourBar(QWidget* parent) : QWidget(parent)
{
    setToolTip(tr("Colour scale of the heatmap: red = strongest support for the explained score"));
}

void ColourBar::setRange(double lo, double hi, const QString& quantity)
{
    m_lo = lo;
    m_hi = hi;
    m_quantity = quantity;
    m_valid = true;
    update();
}

void ColourBar::clear()
{
    m_valid = false;
    update();
}

void ColourBar::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QFontMetrics fm(font());
    const QRect bar(0, 0, width(), std::max(8, height() - fm.height() - 4));
    QLinearGradient g(bar.topLeft(), bar.topRight());
    for (int i = 0; i <= 10; ++i)
        g.setColorAt(i / 10.0, ns::inference::explain::heatColour(i / 10.0));
    p.fillRect(bar, m_valid ? QBrush(g) : palette().brush(QPalette::Mid));
    p.setPen(palette().color(QPalette::WindowText));
    const QRect text(0, bar.bottom() + 2, width(), fm.height());
    if (!m_valid) {
        p.drawText(text, Qt::AlignCenter, tr("no heatmap"));
        return;
    }
    p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, QString::number(m_lo, 'g', 3));
    p.drawText(text, Qt::AlignHCenter | Qt::AlignVCenter, m_quantity);
    p.drawText(text, Qt::AlignRight | Qt::AlignVCenter, QString::number(m_hi, 'g', 3));
}

} // namespace ns::ui
