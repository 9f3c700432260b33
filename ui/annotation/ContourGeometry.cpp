#include "ui/annotation/ContourGeometry.h"

#include <QLineF>
#include <QtMath>
#include <algorithm>
#include <cmath>
#include <vector>

namespace ns::ui::contourgeom {

namespace {
double distanceToSegment(QPointF p, QPointF a, QPointF b, QPointF* foot)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    double t = len2 > 0 ? QPointF::dotProduct(p - a, ab) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF f = a + t * ab;
    if (foot)
        *foot = f;
    return QLineF(p, f).length();
}

void rdp(const QPolygonF& s, int first, int last, double tol, std::vector<bool>& keep)
{
    if (last <= first + 1)
        return;
    double worst = -1;
    int index = -1;
    for (int i = first + 1; i < last; ++i) {
        const double d = distanceToSegment(s[i], s[first], s[last], nullptr);
        if (d > worst) {
            worst = d;
            index = i;
        }
    }
    if (worst > tol) {
        keep[size_t(index)] = true;
        rdp(s, first, index, tol, keep);
        rdp(s, index, last, tol, keep);
    }
}
} // namespace

QPolygonF simplify(const QPolygonF& stroke, double tolerance)
{
    if (stroke.size() < 3)
        return stroke;
    std::vector<bool> keep(size_t(stroke.size()), false);
    keep.front() = keep.back() = true;
    rdp(stroke, 0, int(stroke.size()) - 1, tolerance, keep);
    QPolygonF out;
    for (int i = 0; i < stroke.size(); ++i)
        if (keep[size_t(i)])
            out << stroke[i];
    // A closed contour: the end that returns onto the start is one vertex, not two.
    if (out.size() > 3 && QLineF(out.first(), out.last()).length() <= tolerance)
        out.removeLast();
    return out;
}

QPolygonF ellipsePolygon(const QRectF& box, int vertices)
{
    QPolygonF out;
    const QRectF r = box.normalized();
    const QPointF c = r.center();
    const double a = r.width() / 2, b = r.height() / 2;
    for (int i = 0; i < vertices; ++i) {
        const double t = 2 * M_PI * i / vertices;
        out << QPointF(c.x() + a * std::cos(t), c.y() + b * std::sin(t));
    }
    return out;
}

int vertexAt(const QPolygonF& polygon, QPointF p, double radius)
{
    int best = -1;
    double bestD = radius;
    for (int i = 0; i < polygon.size(); ++i) {
        const double d = QLineF(p, polygon[i]).length();
        if (d <= bestD) {
            bestD = d;
            best = i;
        }
    }
    return best;
}

int edgeAt(const QPolygonF& polygon, QPointF p, double radius, QPointF* foot)
{
    int best = -1;
    double bestD = radius;
    for (int i = 0; i < polygon.size(); ++i) {
        QPointF f;
        const double d = distanceToSegment(p, polygon[i], polygon[(i + 1) % polygon.size()], &f);
        if (d <= bestD) {
            bestD = d;
            best = i;
            if (foot)
                *foot = f;
        }
    }
    return best;
}

bool contains(const QPolygonF& polygon, QPointF p)
{
    return polygon.size() >= 3 && polygon.containsPoint(p, Qt::OddEvenFill);
}

} // namespace ns::ui::contourgeom
