#pragma once
// Drawing for the contour tools: the frame's contours with crisp cosmetic pens in widget
// coordinates (colour by source; interpolated ones dashed until a person edits them), the
// selected one with vertex handles, a measurement label beside each, and the shape being
// drawn. Pure painting: the ContourToolLayer decides what is shown.

#include "core/annotation/Contour.h"

#include <QList>
#include <QPolygonF>
#include <functional>

class QPainter;

namespace ns::ui {

class ImageView;

namespace contourpaint {

struct Shown {
    qint64 id = 0;
    QPolygonF vertices; // image px
    annotation::SourceKind kind = annotation::SourceKind::Manual;
};

struct Options {
    qint64 selected = 0;
    int selectedVertex = -1;
    bool vertexHandles = false; // on the selected contour
    double labelGap = 6;        // widget px between the outline's box and its label
    std::function<QString(const QPolygonF&)> labeller;
};

void contours(QPainter& painter, const ImageView& view, const QList<Shown>& items, const Options& options);
// A polygon or freehand stroke being drawn; `hover` (image px) draws the rubber band and
// marks the first vertex that would close it.
void draft(QPainter& painter, const ImageView& view, const QPolygonF& draft, bool polygon, const QPointF* hover,
           double closeRadius);
// An ellipse being dragged out in `box` (image px).
void ellipseDraft(QPainter& painter, const ImageView& view, const QRectF& box, int vertices);

} // namespace contourpaint
} // namespace ns::ui
