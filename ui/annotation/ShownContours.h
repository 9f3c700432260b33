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
    // Edits of the shown vertices (the store follows through the layer's signals): a vertex
    // inserted on the edge within `r` of `p` (selected, with its contour); the selected
    // vertex removed while more than three remain. False when nothing changed.
    bool insertVertexNear(QPointF p, double r);
    bool removeSelectedVertex();
};

} // namespace ns::ui
