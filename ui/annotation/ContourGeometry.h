#pragma once
// Plain geometry for the contour tools: simplifying a freehand stroke, the polygon of an
// ellipse, and the hit tests of the edit tool. No widgets, no state.

#include <QPolygonF>
#include <QRectF>

namespace ns::ui::contourgeom {

// Ramer-Douglas-Peucker: drops points closer than `tolerance` to the simplified line.
QPolygonF simplify(const QPolygonF& stroke, double tolerance);
// `vertices` points on the ellipse inscribed in `box`, starting at the right-most point.
QPolygonF ellipsePolygon(const QRectF& box, int vertices = 32);
// Index of the vertex within `radius` of `p` (nearest), or -1.
int vertexAt(const QPolygonF& polygon, QPointF p, double radius);
// Index i of the closed edge (i, i+1) within `radius` of `p` (nearest), or -1; `foot`
// receives the nearest point on that edge.
int edgeAt(const QPolygonF& polygon, QPointF p, double radius, QPointF* foot = nullptr);
bool contains(const QPolygonF& polygon, QPointF p);

} // namespace ns::ui::contourgeom
