#include "ui/viewer/FrameMarkSlider.h"

#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QToolTip>

namespace ns::ui {

FrameMarkSlider::FrameMarkSlider(QWidget* parent) : QSlider(Qt::Horizontal, parent)
{
    setObjectName(QStringLiteral("frameSlider"));
}

void FrameMarkSlider::setMarks(const QList<FrameMark>& marks, const QString& legend)
{
    m_marks = marks;
    m_legend = marks.isEmpty() ? QString() : legend;
    setBaseToolTip(m_base);
    update();
}

void FrameMarkSlider::setBaseToolTip(const QString& tip)
{
    m_base = tip;
    setToolTip(m_legend.isEmpty() ? m_base : QStringLiteral("<p>%1</p>%2").arg(m_base.toHtmlEscaped(), m_legend));
}

QSize FrameMarkSlider::sizeHint() const
{
    return QSlider::sizeHint() + QSize(0, kMarkHeight + 4);
}

QSize FrameMarkSlider::minimumSizeHint() const
{
    return QSlider::minimumSizeHint() + QSize(0, kMarkHeight + 4);
}

int FrameMarkSlider::xOfFrame(int frame) const
{
    QStyleOptionSlider opt;
    initStyleOption(&opt);
    const QRect groove = style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderGroove, this);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, this);
    const int span = groove.width() - handle.width();
    return groove.left() + handle.width() / 2
         + QStyle::sliderPositionFromValue(minimum(), maximum(), frame, std::max(0, span), opt.upsideDown);
}

void FrameMarkSlider::paintEvent(QPaintEvent* event)
{
    QSlider::paintEvent(event);
    if (m_marks.isEmpty() || maximum() <= minimum())
        return;
    QPainter p(this);
    const int bottom = height() - 1;
    // Marks at least 2 px wide, wider where frames are far apart, so one frame stays visible.
    const int frameWidth = std::max(2, std::min(6, (xOfFrame(maximum()) - xOfFrame(minimum())) / std::max(1, maximum() - minimum())));
    for (const FrameMark& m : m_marks) {
        const int h = m.key ? kMarkHeight + 2 : kMarkHeight - 2;
        p.fillRect(QRect(xOfFrame(m.frame) - frameWidth / 2, bottom - h, frameWidth, h), m.colour);
    }
}

const FrameMark* FrameMarkSlider::markAt(QPoint pos) const
{
    if (pos.y() < height() - kMarkHeight - 6)
        return nullptr;
    const FrameMark* best = nullptr;
    int bestDist = 4; // px either side
    for (const FrameMark& m : m_marks) {
        const int d = std::abs(xOfFrame(m.frame) - pos.x());
        if (d <= bestDist) {
            bestDist = d;
            best = &m;
        }
    }
    return best;
}

bool FrameMarkSlider::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const FrameMark* m = markAt(help->pos())) {
            QToolTip::showText(help->globalPos(), tr("Frame %1: %2").arg(m->frame + 1).arg(m->text), this);
            return true;
        }
    }
    return QSlider::event(event);
}

} // namespace ns::ui
