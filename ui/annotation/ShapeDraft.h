#pragma once
// The shape being drawn with the Polygon, Freehand or Ellipse tool, from the first press
// to the finished closed polygon (image px): polygon vertices clicked one by one (closed by
// double-click, a click on the first vertex or Enter), a freehand stroke (simplified on
// release), an ellipse's bounding box. Each call returns the finished shape when there is
// one; the ContourToolLayer turns it into contourDrawn().

#include <QPolygonF>
#include <optional>

class QPainter;

namespace ns::ui {

class ImageView;

class ShapeDraft {
public:
    enum class Kind { Polygon, Freehand, Ellipse };
    static constexpr int kEllipseVertices = 32;
    static constexpr double kCloseRadius = 6.0;        // widget px: the first vertex closes
    static constexpr double kFreehandTolerance = 0.75; // widget px kept by the simplification

    // `widget` and `image` are the same point; the result is set when a press closes a polygon.
    std::optional<QPolygonF> press(Kind kind, QPointF widget, QPointF image, const ImageView& view);
    void move(QPointF widget, QPointF image, const ImageView& view);
    std::optional<QPolygonF> release(QPointF image, const ImageView& view);
    std::optional<QPolygonF> doubleClick(QPointF widget, QPointF image, const ImageView& view);
    std::optional<QPolygonF> closePolygon(); // Enter
    bool isDragging() const { return m_dragging; }
    bool isEmpty() const { return !m_dragging && m_points.isEmpty(); }
    bool canClose() const { return m_kind == Kind::Polygon && m_points.size() >= 3; }
    void clear();

    void paint(QPainter& painter, const ImageView& view, const QPointF* hover) const;

private:
    Kind m_kind = Kind::Polygon;
    QPolygonF m_points; // polygon vertices or the freehand stroke
    QPointF m_start, m_last; // the ellipse's first corner, the cursor
    bool m_dragging = false; // freehand or ellipse drag
};

} // namespace ns::ui
