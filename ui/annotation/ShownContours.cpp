#include "ui/annotation/ShownContours.h"

#include "ui/annotation/ContourGeometry.h"

namespace ns::ui {

void ShownContours::set(const QList<contourpaint::Shown>& shown)
{
    items = shown;
    const int i = selectedIndex();
    if (i < 0) {
        selected = 0;
        vertex = -1;
    } else if (vertex >= items[i].vertices.size()) {
        vertex = -1;
    }
}

int ShownContours::indexOf(qint64 id) const
{
    if (id == 0)
        return -1;
    for (int i = 0; i < items.size(); ++i)
        if (items[i].id == id)
            return i;
    return -1;
}

QList<int> ShownContours::hitTestOrder() const
{
    QList<int> order;
    const int s = selectedIndex();
    if (s >= 0)
        order << s;
    for (int i = int(items.size()) - 1; i >= 0; --i)
        if (i != s)
            order << i;
    return order;
}

int ShownContours::containing(QPointF p) const
{
    for (int i : hitTestOrder())
        if (contourgeom::contains(items[i].vertices, p))
            return i;
    return -1;
}

int ShownContours::touching(QPointF p, double r) const
{
    for (int i : hitTestOrder())
        if (contourgeom::edgeAt(items[i].vertices, p, r) >= 0)
            return i;
    return -1;
}

int ShownContours::withVertexNear(QPointF p, double r, int* v) const
{
    for (int i : hitTestOrder())
        if ((*v = contourgeom::vertexAt(items[i].vertices, p, r)) >= 0)
            return i;
    return -1;
}

int ShownContours::withEdgeNear(QPointF p, double r, int* edge, QPointF* foot) const
{
    for (int i : hitTestOrder())
        if ((*edge = contourgeom::edgeAt(items[i].vertices, p, r, foot)) >= 0)
            return i;
    return -1;
}

bool ShownContours::insertVertexNear(QPointF p, double r)
{
    int edge = -1;
    QPointF foot;
    const int i = withEdgeNear(p, r, &edge, &foot);
    if (i < 0)
        return false;
    items[i].vertices.insert(edge + 1, foot);
    selected = items[i].id;
    vertex = edge + 1;
    return true;
}

bool ShownContours::removeSelectedVertex()
{
    const int i = selectedIndex();
    if (i < 0 || vertex < 0 || items[i].vertices.size() <= 3)
        return false;
    items[i].vertices.remove(vertex);
    vertex = -1;
    return true;
}

} // namespace ns::ui
