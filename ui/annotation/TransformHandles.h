#pragma once
// The handles that transform a whole selected contour: scale handles just outside the
// corners of its bounding box (scale about the opposite corner), axis handles just beyond
// the ends of its two principal axes (resize along that axis, the opposite end staying put)
// and a rotation handle on a stalk (rotate about the centroid; Shift snaps to 15 degrees).
// The axes come from the polygon's area moments, so for an ellipse they are its own axes
// and the transformed shape is again an exact ellipse. Handle positions are in widget px,
// shapes in image px. No state but the drag in progress.

#include <QList>
#include <QPointF>
#include <QPolygonF>

class QPainter;

namespace ns::ui {

class ImageView;

class TransformHandles {
public:
    enum class Kind { Corner, Axis, Rotate };
    struct Handle {
        Kind kind;
        int index;      // Corner: 0 tl, 1 tr, 2 br, 3 bl; Axis: 0 +major, 1 +minor, 2 -major, 3 -minor
        QPointF widget; // where it is drawn and grabbed
    };
    // The centroid and principal axes of a polygon (image px); major first.
    struct Frame {
        QPointF centre;
        QPointF major, minor; // unit vectors
        double majorLo = 0, majorHi = 0, minorLo = 0, minorHi = 0; // vertex extents along them
    };
    static constexpr double kGrab = 6.0;       // widget px
    static constexpr double kOutside = 10.0;   // widget px beyond the outline
    static constexpr double kStalk = 28.0;     // widget px from the outline to the rotation handle

    static Frame frameOf(const QPolygonF& polygon);
    static QList<Handle> cornerHandles(const QPolygonF& polygon, const ImageView& view);
    // Four axis handles and the rotation handle (last).
    static QList<Handle> axisHandles(const QPolygonF& polygon, const ImageView& view);
    // The handles a tool shows on `polygon`, the corners (wantCorners) or the axis and
    // rotation ones; a resize handle next to a corner handle (a diagonal shape) gives way.
    static QList<Handle> shown(const QPolygonF& polygon, const ImageView& view, bool corners, bool axes, bool wantCorners);
    // The nearest handle within `radius` of `widget`, searched in `handles`.
    static const Handle* hit(const QList<Handle>& handles, QPointF widget, double radius = kGrab);

    void begin(const Handle& handle, const QPolygonF& polygon, QPointF imagePress);
    // The shape for the cursor at `image`; `snap` (Shift) snaps rotations to 15 degrees.
    QPolygonF dragTo(QPointF image, bool snap) const;
    bool isActive() const { return m_active; }
    const QPolygonF& origin() const { return m_origin; }
    void end() { m_active = false; }

    // `axes`: what axisHandles() gave, possibly with some resize handles left out.
    static void paint(QPainter& painter, const QList<Handle>& corners, const QList<Handle>& axes, const QPolygonF& polygon,
                      const ImageView& view);

private:
    bool m_active = false;
    Handle m_handle{Kind::Corner, 0, {}};
    QPolygonF m_origin;
    Frame m_frame;
    QPointF m_press;
    QPointF m_anchor, m_corner; // corner scale: fixed corner and dragged corner (image px)
};

} // namespace ns::ui
