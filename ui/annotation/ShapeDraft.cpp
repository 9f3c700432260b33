#include "ui/annotation/ShapeDraft.h"

#include "ui/annotation/ContourGeometry.h"
#include "ui/annotation/ContourPainter.h"
#include "ui/viewer/ImageView.h"

#include <QLineF>
#include <algorithm>

namespace ns::ui {

void ShapeDraft::clear()
{
    m_points.clear();
    m_dragging = false;
}

std::optional<QPolygonF> ShapeDraft::press(Kind kind, QPointF w, QPointF p, const ImageView& view)
{
    if (kind != m_kind)
        clear();
    m_kind = kind;
    m_last = p;
    switch (kind) {
    case Kind::Polygon:
        if (m_points.size() >= 3 && QLineF(w, view.mapFromImage(m_points.first())).length() <= kCloseRadius)
            return closePolygon();
        if (m_points.isEmpty() || QLineF(w, view.mapFromImage(m_points.last())).length() > 2.0)
            m_points << p; // a second press on the same spot (double-click) adds nothing
        return std::nullopt;
    case Kind::Freehand:
        m_points = QPolygonF{p};
        m_dragging = true;
        return std::nullopt;
    case Kind::Ellipse:
        m_start = p;
        m_dragging = true;
        return std::nullopt;
    }
    return std::nullopt;
}

void ShapeDraft::move(QPointF w, QPointF p, const ImageView& view)
{
    m_last = p;
    if (m_dragging && m_kind == Kind::Freehand && QLineF(w, view.mapFromImage(m_points.last())).length() >= 0.5)
        m_points << p;
}

std::optional<QPolygonF> ShapeDraft::release(QPointF p, const ImageView& view)
{
    if (!m_dragging)
        return std::nullopt;
    m_dragging = false;
    std::optional<QPolygonF> shape;
    if (m_kind == Kind::Freehand) {
        m_points << p;
        const QPolygonF s = contourgeom::simplify(m_points, kFreehandTolerance / std::max(view.zoom(), 1e-6));
        if (s.size() >= 3)
            shape = s;
    } else if (m_kind == Kind::Ellipse) {
        const QRectF box = QRectF(m_start, p).normalized();
        if (box.width() >= 2 && box.height() >= 2)
            shape = contourgeom::ellipsePolygon(box, kEllipseVertices);
    }
    m_points.clear();
    return shape;
}

std::optional<QPolygonF> ShapeDraft::doubleClick(QPointF w, QPointF p, const ImageView& view)
{
    if (m_kind != Kind::Polygon)
        return std::nullopt;
    // The double-clicked point is the last vertex (unless its press already added it).
    if (m_points.isEmpty() || QLineF(w, view.mapFromImage(m_points.last())).length() > 2.0)
        m_points << p;
    return m_points.size() >= 3 ? closePolygon() : std::nullopt;
}

std::optional<QPolygonF> ShapeDraft::closePolygon()
{
    if (!canClose())
        return std::nullopt;
    const QPolygonF shape = m_points;
    m_points.clear();
    return shape;
}

void ShapeDraft::paint(QPainter& painter, const ImageView& view, const QPointF* hover) const
{
    if (m_dragging && m_kind == Kind::Ellipse)
        contourpaint::ellipseDraft(painter, view, QRectF(m_start, m_last).normalized(), kEllipseVertices);
    else
        contourpaint::draft(painter, view, m_points, m_kind == Kind::Polygon, hover, kCloseRadius);
}

} // namespace ns::ui
