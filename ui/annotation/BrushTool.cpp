#include "ui/annotation/BrushTool.h"

#include "ui/viewer/ImageView.h"

#include <QPainter>
#include <algorithm>

namespace ns::ui {

void BrushTool::setRadius(double r) { m_radius = std::clamp(r, kMinRadius, kMaxRadius); }

void BrushTool::step(int direction)
{
    const double next = direction > 0 ? std::max(m_radius * kStep, m_radius + 1) : std::min(m_radius / kStep, m_radius - 1);
    setRadius(next);
}

void BrushTool::begin(qint64 target, const QPolygonF& region, QSize imageSize, QPointF at, bool erase)
{
    m_target = target;
    m_erase = erase;
    m_region = std::make_unique<annotation::BrushRegion>(region.size() >= 3 ? QList<QPolygonF>{region} : QList<QPolygonF>{},
                                                         imageSize);
    m_last = at;
    m_region->paint(at, at, m_radius, erase);
}

void BrushTool::moveTo(QPointF at)
{
    if (!m_region)
        return;
    m_region->paint(m_last, at, m_radius, m_erase);
    m_last = at;
}

QList<QPolygonF> BrushTool::finish()
{
    if (!m_region)
        return {};
    const QList<QPolygonF> out = m_region->outlines();
    m_region.reset();
    return out;
}

void BrushTool::paint(QPainter& painter, const ImageView& view, QPointF cursor, bool showCursor, bool erase) const
{
    if (m_region) {
        QRectF where;
        const QImage img = m_region->preview(erase ? QColor(255, 80, 80, 110) : QColor(0, 229, 255, 110), &where);
        if (!img.isNull()) {
            painter.save();
            painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
            painter.drawImage(QRectF(view.mapFromImage(where.topLeft()), view.mapFromImage(where.bottomRight())), img);
            painter.restore();
        }
    }
    if (!showCursor)
        return;
    // The brush as it will paint: its radius in image px, so it scales with the zoom.
    const QPointF c = view.mapFromImage(cursor);
    const double r = m_radius * view.zoom();
    QPen outer(QColor(0, 0, 0, 200), 3);
    outer.setCosmetic(true);
    QPen inner(erase ? QColor(255, 110, 110) : QColor(0, 229, 255), 1.5, erase ? Qt::DashLine : Qt::SolidLine);
    inner.setCosmetic(true);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(outer);
    painter.drawEllipse(c, r, r);
    painter.setPen(inner);
    painter.drawEllipse(c, r, r);
    // The size in image px, beside the circle: what [ and ] change.
    const QString size = QStringLiteral("%1 px").arg(m_radius, 0, 'f', m_radius < 10 ? 1 : 0);
    const QPointF at = c + QPointF(r * 0.72 + 4, -r * 0.72 - 4);
    painter.setPen(QColor(0, 0, 0, 200));
    painter.drawText(at + QPointF(1, 1), size);
    painter.setPen(inner.color());
    painter.drawText(at, size);
}

} // namespace ns::ui
