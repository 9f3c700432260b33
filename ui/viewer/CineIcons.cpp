#include "ui/viewer/CineIcons.h"

#include <QPainter>
#include <QPixmap>
#include <QPolygonF>

namespace ns::ui::cineicons {

namespace {
void draw(QPainter& p, Glyph glyph, double s)
{
    // Drawn in a 24 x 24 design grid scaled by s.
    p.scale(s, s);
    switch (glyph) {
    case Glyph::Play:
        p.drawPolygon(QPolygonF({QPointF(7, 4), QPointF(20, 12), QPointF(7, 20)}));
        break;
    case Glyph::Pause:
        p.drawRoundedRect(QRectF(6, 4, 4.5, 16), 1, 1);
        p.drawRoundedRect(QRectF(13.5, 4, 4.5, 16), 1, 1);
        break;
    case Glyph::StepBack:
        p.drawRect(QRectF(5, 5, 3, 14));
        p.drawPolygon(QPolygonF({QPointF(19, 5), QPointF(9, 12), QPointF(19, 19)}));
        break;
    case Glyph::StepForward:
        p.drawRect(QRectF(16, 5, 3, 14));
        p.drawPolygon(QPolygonF({QPointF(5, 5), QPointF(15, 12), QPointF(5, 19)}));
        break;
    }
}

QPixmap render(Glyph glyph, const QColor& colour, int size, double dpr)
{
    QPixmap pm(int(size * dpr), int(size * dpr));
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    draw(p, glyph, size / 24.0);
    return pm;
}
} // namespace

QIcon icon(Glyph glyph, const QColor& colour)
{
    QIcon result;
    for (int size : {16, 24, 32})
        for (double dpr : {1.0, 2.0})
            result.addPixmap(render(glyph, colour, size, dpr));
    QColor disabled = colour;
    disabled.setAlphaF(0.35);
    for (int size : {16, 24, 32})
        result.addPixmap(render(glyph, disabled, size, 1.0), QIcon::Disabled);
    return result;
}

} // namespace ns::ui::cineicons
