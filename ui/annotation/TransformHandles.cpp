#include "ui/annotation/TransformHandles.h"

#include "ui/viewer/ImageView.h"

#include <QLineF>
#include <QPainter>
#include <QtMath>
#include <algorithm>
#include <cmath>

namespace ns::ui {

namespace {
const QColor kHandle(0, 229, 255);

QPointF unit(QPointF v)
{
    const double len = std::hypot(v.x(), v.y());
    return len > 0 ? v / len : QPointF(1, 0);
}

QPen cosmetic(const QColor& c, double w, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(c, w, style, Qt::RoundCap, Qt::RoundJoin);
    pen.setCosmetic(true);
    return pen;
}
} // namespace

TransformHandles::Frame TransformHandles::frameOf(const QPolygonF& p)
{
    Frame f;
    const int n = int(p.size());
    double a = 0, sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
    for (int i = 0; i < n; ++i) {
        const double x0 = p[i].x(), y0 = p[i].y(), x1 = p[(i + 1) % n].x(), y1 = p[(i + 1) % n].y();
        const double k = x0 * y1 - x1 * y0;
        a += k;
        sx += (x0 + x1) * k;
        sy += (y0 + y1) * k;
        sxx += (x0 * x0 + x0 * x1 + x1 * x1) * k;
        syy += (y0 * y0 + y0 * y1 + y1 * y1) * k;
        sxy += (x0 * y1 + 2 * x0 * y0 + 2 * x1 * y1 + x1 * y0) * k;
    }
    a /= 2;
    if (std::abs(a) < 1e-9) {
        // No area (fewer than 3 distinct points): the vertex mean and the image axes.
        for (const QPointF& v : p)
            f.centre += v;
        f.centre = n > 0 ? f.centre / n : QPointF();
        f.major = QPointF(1, 0);
    } else {
        f.centre = QPointF(sx, sy) / (6 * a);
        const double mu20 = sxx / (12 * a) - f.centre.x() * f.centre.x();
        const double mu02 = syy / (12 * a) - f.centre.y() * f.centre.y();
        const double mu11 = sxy / (24 * a) - f.centre.x() * f.centre.y();
        // A circle has no preferred axis: keep the image's, so the handles do not wander.
        const double theta = std::abs(mu20 - mu02) + std::abs(mu11) < 1e-9 * (mu20 + mu02) ? 0.0 : 0.5 * std::atan2(2 * mu11, mu20 - mu02);
        f.major = QPointF(std::cos(theta), std::sin(theta));
    }
    f.minor = QPointF(-f.major.y(), f.major.x());
    bool first = true;
    for (const QPointF& v : p) {
        const double u = QPointF::dotProduct(v - f.centre, f.major), w = QPointF::dotProduct(v - f.centre, f.minor);
        f.majorLo = first ? u : std::min(f.majorLo, u);
        f.majorHi = first ? u : std::max(f.majorHi, u);
        f.minorLo = first ? w : std::min(f.minorLo, w);
        f.minorHi = first ? w : std::max(f.minorHi, w);
        first = false;
    }
    return f;
}

QList<TransformHandles::Handle> TransformHandles::cornerHandles(const QPolygonF& polygon, const ImageView& view)
{
    if (polygon.size() < 3)
        return {};
    const QRectF box(view.mapFromImage(polygon.boundingRect().topLeft()), view.mapFromImage(polygon.boundingRect().bottomRight()));
    const double d = kGrab + 4;
    return {{Kind::Corner, 0, box.topLeft() + QPointF(-d, -d)}, {Kind::Corner, 1, box.topRight() + QPointF(d, -d)},
            {Kind::Corner, 2, box.bottomRight() + QPointF(d, d)}, {Kind::Corner, 3, box.bottomLeft() + QPointF(-d, d)}};
}

QList<TransformHandles::Handle> TransformHandles::axisHandles(const QPolygonF& polygon, const ImageView& view)
{
    if (polygon.size() < 3)
        return {};
    const Frame f = frameOf(polygon);
    // The view only scales and shifts, so image directions are widget directions.
    auto beyond = [&](QPointF dir, double extent, double gap) {
        return view.mapFromImage(f.centre + dir * extent) + dir * gap;
    };
    return {{Kind::Axis, 0, beyond(f.major, f.majorHi, kOutside)},
            {Kind::Axis, 1, beyond(f.minor, f.minorHi, kOutside)},
            {Kind::Axis, 2, beyond(-f.major, -f.majorLo, kOutside)},
            {Kind::Axis, 3, beyond(-f.minor, -f.minorLo, kOutside)},
            {Kind::Rotate, 0, beyond(-f.minor, -f.minorLo, kStalk)}};
}

QList<TransformHandles::Handle> TransformHandles::shown(const QPolygonF& polygon, const ImageView& view, bool corners, bool axes,
                                                       bool wantCorners)
{
    const QList<Handle> cornerList = corners ? cornerHandles(polygon, view) : QList<Handle>{};
    if (wantCorners)
        return cornerList;
    QList<Handle> axisList = axes ? axisHandles(polygon, view) : QList<Handle>{};
    axisList.removeIf([&](const Handle& h) { return h.kind == Kind::Axis && hit(cornerList, h.widget, 2 * kGrab); });
    return axisList;
}

const TransformHandles::Handle* TransformHandles::hit(const QList<Handle>& handles, QPointF widget, double radius)
{
    const Handle* best = nullptr;
    double bestDist = radius;
    for (const Handle& h : handles) {
        const double d = QLineF(widget, h.widget).length();
        if (d <= bestDist) {
            bestDist = d;
            best = &h;
        }
    }
    return best;
}

void TransformHandles::begin(const Handle& handle, const QPolygonF& polygon, QPointF imagePress)
{
    m_active = true;
    m_handle = handle;
    m_origin = polygon;
    m_press = imagePress;
    m_frame = frameOf(polygon);
    const QRectF box = polygon.boundingRect();
    const QPointF corners[4] = {box.topLeft(), box.topRight(), box.bottomRight(), box.bottomLeft()};
    m_corner = corners[handle.index % 4];
    m_anchor = corners[(handle.index + 2) % 4];
}

QPolygonF TransformHandles::dragTo(QPointF p, bool snap) const
{
    QPolygonF v = m_origin;
    switch (m_handle.kind) {
    case Kind::Corner: {
        const QPointF corner = m_corner + (p - m_press);
        const QPointF span = m_corner - m_anchor;
        // Never through zero: a contour cannot be flipped or collapsed by a handle.
        const double sx = std::abs(span.x()) > 1e-9 ? std::max(0.05, (corner.x() - m_anchor.x()) / span.x()) : 1.0;
        const double sy = std::abs(span.y()) > 1e-9 ? std::max(0.05, (corner.y() - m_anchor.y()) / span.y()) : 1.0;
        for (QPointF& q : v)
            q = m_anchor + QPointF((q.x() - m_anchor.x()) * sx, (q.y() - m_anchor.y()) * sy);
        return v;
    }
    case Kind::Axis: {
        const bool major = m_handle.index % 2 == 0;
        const bool positive = m_handle.index < 2;
        const QPointF axis = major ? m_frame.major : m_frame.minor;
        const double lo = major ? m_frame.majorLo : m_frame.minorLo, hi = major ? m_frame.majorHi : m_frame.minorHi;
        const double fixedEnd = positive ? lo : hi, movedEnd = positive ? hi : lo;
        if (std::abs(movedEnd - fixedEnd) < 1e-9)
            return v;
        const double moved = movedEnd + QPointF::dotProduct(p - m_press, axis);
        const double s = std::max(0.05, (moved - fixedEnd) / (movedEnd - fixedEnd));
        for (QPointF& q : v) {
            const double along = QPointF::dotProduct(q - m_frame.centre, axis) - fixedEnd;
            q += axis * (along * (s - 1));
        }
        return v;
    }
    case Kind::Rotate: {
        const QPointF a = m_press - m_frame.centre, b = p - m_frame.centre;
        if (std::hypot(b.x(), b.y()) < 1e-9)
            return v;
        double angle = std::atan2(a.x() * b.y() - a.y() * b.x(), QPointF::dotProduct(a, b));
        if (snap)
            angle = qDegreesToRadians(std::round(qRadiansToDegrees(angle) / 15.0) * 15.0);
        const double c = std::cos(angle), s = std::sin(angle);
        for (QPointF& q : v) {
            const QPointF d = q - m_frame.centre;
            q = m_frame.centre + QPointF(d.x() * c - d.y() * s, d.x() * s + d.y() * c);
        }
        return v;
    }
    }
    return v;
}

void TransformHandles::paint(QPainter& painter, const QList<Handle>& corners, const QList<Handle>& axes,
                             const QPolygonF& polygon, const ImageView& view)
{
    if (!corners.isEmpty()) {
        // Hollow, outside the corners, so they never hide a vertex.
        painter.setBrush(Qt::NoBrush);
        painter.setPen(cosmetic(kHandle, 1, Qt::DotLine));
        const double in = kGrab - 2;
        painter.drawRect(QRectF(corners[0].widget, corners[2].widget).adjusted(in, in, -in, -in));
        painter.setPen(cosmetic(kHandle, 1.5));
        painter.setBrush(QColor(0, 0, 0, 160));
        for (const Handle& h : corners)
            painter.drawEllipse(h.widget, 4.0, 4.0);
    }
    if (axes.isEmpty())
        return;
    const Frame f = frameOf(polygon);
    // Thin axis lines through the centre tell which way each handle resizes.
    painter.setPen(cosmetic(QColor(0, 229, 255, 140), 1, Qt::DashLine));
    painter.drawLine(view.mapFromImage(f.centre + f.major * f.majorLo), view.mapFromImage(f.centre + f.major * f.majorHi));
    painter.drawLine(view.mapFromImage(f.centre + f.minor * f.minorLo), view.mapFromImage(f.centre + f.minor * f.minorHi));
    const QPointF centre = view.mapFromImage(f.centre);
    for (const Handle& h : axes) {
        if (h.kind == Kind::Rotate) {
            painter.setPen(cosmetic(kHandle, 1.5));
            painter.drawLine(view.mapFromImage(f.centre + f.minor * f.minorLo), h.widget);
            painter.setPen(cosmetic(Qt::black, 1));
            painter.setBrush(kHandle);
            painter.drawEllipse(h.widget, 5.0, 5.0);
            // A small arc around the rotation handle says "turn".
            painter.setPen(cosmetic(kHandle, 1.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawArc(QRectF(h.widget - QPointF(9, 9), QSizeF(18, 18)), 30 * 16, 120 * 16);
            continue;
        }
        const QPointF d = unit(h.widget - centre) * 6.5;
        const QPointF n(-d.y(), d.x());
        painter.setPen(cosmetic(Qt::black, 1));
        painter.setBrush(kHandle);
        painter.drawPolygon(QPolygonF({h.widget + d, h.widget + n, h.widget - d, h.widget - n})); // a diamond along the axis
    }
}

} // namespace ns::ui
