#pragma once
// The contours the tools show on the frame, which one (and which of its vertices) is
// selected, and the hit tests in the one order every tool uses: the selected contour
// first, then from the topmost down.

#include "ui/annotation/ContourPainter.h"

#include <QList>

namespace ns::ui {

struct ShownContours {
    QList<contourpaint::Shown> items;
    qint64 selected = 0;
    int vertex = -1; // of the selected contour, or -1

    void set(const QList<contourpaint::Shown>& shown); // keeps the selection when its id remains
    int indexOf(qint64 id) const;
    int selectedIndex() const { return indexOf(selected); }
    QList<int> hitTestOrder() const;
    // Indices in hit-test order, or -1: the first containing `p`; the first whose outline
    // passes within `r` of `p`; the first with a vertex within `r` (set in *vertex); the
    // first with an edge within `r` (its index in *edge, the nearest point in *foot).
    int containing(QPointF p) const;
    int touching(QPointF p, double r) const;
    int withVertexNear(QPointF p, double r, int* vertex) const;
    int withEdgeNear(QPointF p, double r, int* edge, QPointF* foot) const;
};

} // namespace ns::ui
