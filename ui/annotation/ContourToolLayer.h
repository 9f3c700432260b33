#pragma once
// The contour tools on an ImageView: draws the frame's contours (crisp cosmetic pens in
// widget coordinates, the selected one with vertex handles, a measurement label next to
// each) and turns mouse and key input into finished shapes and edits. It stores nothing:
// what the user did leaves as signals, in image pixel coordinates, and the owner (the
// annotation session) hands the stored result back through setContours().
//
// Tools: Polygon (click vertices; double-click, click the first vertex or Enter closes;
// Esc cancels), Freehand (drag; the stroke is simplified), Ellipse (drag a bounding box;
// a polygon of kEllipseVertices), Edit (click selects; drag a vertex; double-click an edge
// inserts a vertex; Delete removes the selected vertex, or the contour; drag inside moves
// it; drag a corner handle of the selected contour to scale it), Brush and Eraser (a round
// brush, [ and ] resize it, paints into or erases from the contour under it, or paints a new
// one; see BrushTool). The selected contour in Edit and Ellipse shows axis and rotation
// handles (see TransformHandles). Navigate leaves the view's own pan. The middle button
// always pans.

#include "ui/annotation/BrushTool.h"
#include "ui/annotation/ContourPainter.h"
#include "ui/annotation/ShapeDraft.h"
#include "ui/annotation/ShownContours.h"
#include "ui/annotation/TransformHandles.h"
#include "ui/viewer/ViewOverlay.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QPolygonF>
#include <functional>

class QMouseEvent;
class QKeyEvent;

namespace ns::ui {

class ImageView;

class ContourToolLayer : public QObject, public ViewOverlay {
    Q_OBJECT
public:
    enum class Tool { Navigate, Polygon, Freehand, Ellipse, Edit, Brush, Eraser };
    static constexpr int kEllipseVertices = ShapeDraft::kEllipseVertices;
    static constexpr double kHandleRadius = 6.0;     // widget px: grab distance of a vertex

    using Item = contourpaint::Shown; // id, vertices (image px), source kind

    explicit ContourToolLayer(ImageView* view, QObject* parent = nullptr);
    ~ContourToolLayer() override;

    void setTool(Tool tool);
    Tool tool() const { return m_tool; }
    // Disabled: the tools neither draw nor edit (the view still shows the contours).
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    void setContours(const QList<Item>& items); // keeps the selection when its id remains
    const QList<Item>& contours() const { return m_shown.items; }
    qint64 selectedId() const { return m_shown.selected; }
    int selectedVertex() const { return m_shown.vertex; }
    // Widget positions of the selected contour's scale handles, just outside the corners of
    // its bounding box (top-left, top-right, bottom-right, bottom-left); empty when none.
    QList<QPointF> scaleHandles() const { return handlePositions(true); }
    // Widget positions of the selected contour's axis handles (+major, +minor, -major,
    // -minor) and its rotation handle (fifth), in Edit and Ellipse; empty when none.
    QList<QPointF> axisHandles() const { return handlePositions(false); }
    BrushTool& brush() { return m_brush; }
    void select(qint64 id);
    // Text shown next to a contour (its measurements); empty: none.
    void setLabeller(std::function<QString(const QPolygonF&)> labeller) { m_labeller = std::move(labeller); }
    bool isInteracting() const { return m_drag != Drag::None || !m_shape.isEmpty(); }
    void cancelDraft();

    void paint(QPainter& painter, const ImageView& view) override;

signals:
    void contourDrawn(const QPolygonF& vertices);
    void verticesDragged(qint64 id, const QPolygonF& vertices); // many per drag
    void dragFinished(qint64 id);
    void verticesReplaced(qint64 id, const QPolygonF& vertices); // one step (move, insert, delete vertex)
    void deleteRequested(qint64 id);
    // A brush or eraser stroke: contour `id` (0: none, a new region) is now `pieces`.
    void regionPainted(qint64 id, const QList<QPolygonF>& pieces, bool erased);
    void brushRadiusChanged(double radius);
    void interactionFinished();
    void toolChanged(ns::ui::ContourToolLayer::Tool tool);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool onPress(QMouseEvent* e);
    bool onMove(QMouseEvent* e);
    bool onRelease(QMouseEvent* e);
    bool onDoubleClick(QMouseEvent* e);
    bool onKey(QKeyEvent* e);
    void finishShape(const std::optional<QPolygonF>& shape);
    void updateCursor();
    QPointF onImage(QPointF widget) const; // image px, clamped to the image
    double imageRadius() const; // kHandleRadius in image px at the current zoom
    void repaint();
    QList<TransformHandles::Handle> handlesOfSelected(bool corners) const;
    QList<QPointF> handlePositions(bool corners) const;
    bool pressHandle(QPointF widget, QPointF image);
    void pressBrush(QPointF image);
    void startDrag(int index, QPointF image);

    enum class Drag { None, Shape, Vertex, Move, Handle, Brush };
    QPointer<ImageView> m_view; // the view may go first when the window closes
    Tool m_tool = Tool::Navigate;
    bool m_enabled = true;
    ShownContours m_shown;
    std::function<QString(const QPolygonF&)> m_labeller;

    Drag m_drag = Drag::None;
    ShapeDraft m_shape;     // polygon, freehand or ellipse being drawn
    QPointF m_hover;        // last cursor position (image px), for the rubber band
    bool m_hoverValid = false;
    QPointF m_dragStart;    // image px
    QPolygonF m_dragOrigin; // contour vertices when the drag began
    bool m_dragMoved = false;
    TransformHandles m_handles; // the scale / axis / rotation drag in progress
    BrushTool m_brush;
};

} // namespace ns::ui
