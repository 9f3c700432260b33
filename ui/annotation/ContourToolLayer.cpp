#include "ui/annotation/ContourToolLayer.h"

#include "ui/annotation/ContourGeometry.h"
#include "ui/viewer/ImageView.h"

#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QPainter>
#include <algorithm>

namespace ns::ui {

ContourToolLayer::ContourToolLayer(ImageView* view, QObject* parent)
    : QObject(parent ? parent : view), m_view(view)
{
    m_view->addOverlay(this);
    m_view->installEventFilter(this);
}

ContourToolLayer::~ContourToolLayer() = default;

void ContourToolLayer::setTool(Tool tool)
{
    if (tool == m_tool)
        return;
    cancelDraft();
    m_tool = tool;
    // [ and ] size the brush only while the image has the keyboard (see eventFilter).
    if ((tool == Tool::Brush || tool == Tool::Eraser) && m_view)
        m_view->setFocus(Qt::OtherFocusReason);
    updateCursor();
    repaint();
    emit toolChanged(tool);
}

void ContourToolLayer::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    cancelDraft();
    m_enabled = enabled;
    if (!enabled)
        select(0);
    updateCursor();
}

void ContourToolLayer::updateCursor()
{
    if (!m_view)
        return;
    if (!m_enabled || m_tool == Tool::Navigate)
        m_view->setCursor(Qt::OpenHandCursor);
    else if (m_tool == Tool::Edit)
        m_view->setCursor(Qt::ArrowCursor);
    else
        m_view->setCursor(Qt::CrossCursor); // the brush adds its own circle around it
}

void ContourToolLayer::setContours(const QList<Item>& items)
{
    m_shown.set(items);
    repaint();
}

void ContourToolLayer::select(qint64 id)
{
    m_shown.selected = m_shown.indexOf(id) >= 0 ? id : 0;
    m_shown.vertex = -1;
    repaint();
}

void ContourToolLayer::cancelDraft()
{
    const bool was = isInteracting();
    if (m_drag == Drag::Vertex || m_drag == Drag::Move || m_drag == Drag::Handle) {
        // An edit drag that is given up returns the contour to where it was.
        const int i = m_shown.indexOf(m_shown.selected);
        if (i >= 0)
            m_shown.items[i].vertices = m_dragOrigin;
        if (m_drag != Drag::Move && m_dragMoved) {
            emit verticesDragged(m_shown.selected, m_dragOrigin);
            emit dragFinished(m_shown.selected);
        }
    }
    m_handles.end();
    m_brush.cancel();
    m_shape.clear();
    m_drag = Drag::None;
    m_dragMoved = false;
    repaint();
    if (was)
        emit interactionFinished();
}

QPointF ContourToolLayer::onImage(QPointF widget) const
{
    // Pixel i covers [i - 0.5, i + 0.5]: a contour never leaves the image.
    const QPointF p = m_view->mapToImage(widget);
    const QSize size = m_view->imageSize();
    return QPointF(std::clamp(p.x(), -0.5, size.width() - 0.5), std::clamp(p.y(), -0.5, size.height() - 0.5));
}

double ContourToolLayer::imageRadius() const
{
    const double zoom = m_view ? m_view->zoom() : 1.0;
    return zoom > 0 ? kHandleRadius / zoom : kHandleRadius;
}

QList<TransformHandles::Handle> ContourToolLayer::handlesOfSelected(bool corners) const
{
    const int i = m_shown.indexOf(m_shown.selected);
    if (!m_view || !m_enabled || i < 0 || m_shown.items[i].vertices.size() < 3)
        return {};
    return TransformHandles::shown(m_shown.items[i].vertices, *m_view, m_tool == Tool::Edit,
                                   m_tool == Tool::Edit || m_tool == Tool::Ellipse, corners);
}

QList<QPointF> ContourToolLayer::handlePositions(bool corners) const
{
    QList<QPointF> out;
    for (const auto& h : handlesOfSelected(corners))
        out << h.widget;
    return out;
}

void ContourToolLayer::repaint()
{
    if (m_view)
        m_view->update();
}

bool ContourToolLayer::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_view || watched != m_view || !m_enabled || m_tool == Tool::Navigate || !m_view->hasImage())
        return false;
    const bool brushing = m_tool == Tool::Brush || m_tool == Tool::Eraser;
    switch (event->type()) {
    case QEvent::ShortcutOverride: {
        // [ and ] are also the cine speed shortcuts; with a brush in hand they size it.
        auto* e = static_cast<QKeyEvent*>(event);
        if (brushing && (e->key() == Qt::Key_BracketLeft || e->key() == Qt::Key_BracketRight)) {
            e->accept();
            return true;
        }
        return false;
    }
    case QEvent::MouseButtonPress: {
        auto* e = static_cast<QMouseEvent*>(event);
        return e->button() == Qt::LeftButton && m_drag == Drag::None && onPress(e);
    }
    case QEvent::MouseMove:
        return onMove(static_cast<QMouseEvent*>(event));
    case QEvent::MouseButtonRelease: {
        auto* e = static_cast<QMouseEvent*>(event);
        return e->button() == Qt::LeftButton && onRelease(e);
    }
    case QEvent::MouseButtonDblClick: {
        auto* e = static_cast<QMouseEvent*>(event);
        return e->button() == Qt::LeftButton && onDoubleClick(e);
    }
    case QEvent::KeyPress:
        return onKey(static_cast<QKeyEvent*>(event));
    case QEvent::Leave:
        m_hoverValid = false; // no brush circle left behind at the edge
        repaint();
        return false;
    default:
        return false;
    }
}

void ContourToolLayer::startDrag(int index, QPointF image)
{
    m_shown.selected = m_shown.items[index].id;
    m_dragStart = image;
    m_dragOrigin = m_shown.items[index].vertices;
    m_dragMoved = false;
    repaint();
}

bool ContourToolLayer::pressHandle(QPointF widget, QPointF image)
{
    // Rotation and axis handles first: they sit beyond the outline, clear of the vertices.
    for (bool corners : {false, true}) {
        const QList<TransformHandles::Handle> handles = handlesOfSelected(corners);
        if (const TransformHandles::Handle* h = TransformHandles::hit(handles, widget)) {
            const int i = m_shown.indexOf(m_shown.selected);
            m_handles.begin(*h, m_shown.items[i].vertices, image);
            startDrag(i, image);
            m_shown.vertex = -1;
            m_drag = Drag::Handle;
            return true;
        }
    }
    return false;
}

void ContourToolLayer::pressBrush(QPointF p)
{
    // The contour under the brush (the selected one first), else one its circle touches.
    int target = m_shown.containing(p);
    if (target < 0)
        target = m_shown.touching(p, m_brush.radius());
    const bool erase = m_tool == Tool::Eraser;
    if (target >= 0)
        m_shown.selected = m_shown.items[target].id;
    else if (erase)
        return; // nothing to erase from: the stroke does nothing
    m_brush.begin(target >= 0 ? m_shown.items[target].id : 0, target >= 0 ? m_shown.items[target].vertices : QPolygonF(),
                  m_view->imageSize(), p, erase);
    m_drag = Drag::Brush;
    repaint();
}

bool ContourToolLayer::onPress(QMouseEvent* e)
{
    const QPointF w = e->position();
    const QPointF p = onImage(w);
    m_view->setFocus(Qt::MouseFocusReason);
    m_hover = p;
    m_hoverValid = true;
    if ((m_tool == Tool::Edit || m_tool == Tool::Ellipse) && pressHandle(w, p))
        return true;
    switch (m_tool) {
    case Tool::Polygon:
    case Tool::Freehand:
    case Tool::Ellipse: {
        const auto kind = m_tool == Tool::Polygon ? ShapeDraft::Kind::Polygon
                        : m_tool == Tool::Freehand ? ShapeDraft::Kind::Freehand : ShapeDraft::Kind::Ellipse;
        finishShape(m_shape.press(kind, w, p, *m_view));
        m_drag = m_shape.isDragging() ? Drag::Shape : Drag::None;
        repaint();
        return true;
    }
    case Tool::Brush:
    case Tool::Eraser:
        pressBrush(p);
        return true;
    case Tool::Edit: {
        // A vertex (the selected contour's first), else the topmost contour under the cursor.
        int v = -1;
        if (const int i = m_shown.withVertexNear(p, imageRadius(), &v); i >= 0) {
            startDrag(i, p);
            m_shown.vertex = v;
            m_drag = Drag::Vertex;
            return true;
        }
        if (const int i = m_shown.containing(p); i >= 0) {
            startDrag(i, p);
            m_shown.vertex = -1;
            m_drag = Drag::Move;
            return true;
        }
        select(0);
        return false; // on empty image the left button pans as usual
    }
    case Tool::Navigate:
        break;
    }
    return false;
}

bool ContourToolLayer::onMove(QMouseEvent* e)
{
    const QPointF p = m_drag == Drag::Move ? m_view->mapToImage(e->position()) : onImage(e->position());
    m_hover = p;
    m_hoverValid = true;
    const int i = m_shown.indexOf(m_shown.selected);
    switch (m_drag) {
    case Drag::Shape:
        m_shape.move(e->position(), p, *m_view);
        repaint();
        return true;
    case Drag::Brush:
        m_brush.moveTo(p);
        repaint();
        return true;
    case Drag::Vertex:
    case Drag::Handle:
        if (i < 0 || (m_drag == Drag::Vertex && (m_shown.vertex < 0 || m_shown.vertex >= m_shown.items[i].vertices.size())))
            return true;
        if (m_drag == Drag::Vertex)
            m_shown.items[i].vertices[m_shown.vertex] = p;
        else
            m_shown.items[i].vertices = m_handles.dragTo(p, e->modifiers() & Qt::ShiftModifier);
        m_dragMoved = true;
        emit verticesDragged(m_shown.selected, m_shown.items[i].vertices); // debounced, one undo step per drag
        repaint();
        return true;
    case Drag::Move:
        if (i < 0)
            return true;
        m_shown.items[i].vertices = m_dragOrigin.translated(p - m_dragStart);
        m_dragMoved = m_dragMoved || p != m_dragStart;
        repaint();
        return true;
    case Drag::None:
        if ((m_tool == Tool::Polygon && !m_shape.isEmpty()) || m_tool == Tool::Brush || m_tool == Tool::Eraser)
            repaint(); // the rubber band or the brush circle follows the cursor
        return false;  // the view still reports the cursor position
    }
    return false;
}

bool ContourToolLayer::onRelease(QMouseEvent* e)
{
    const QPointF p = onImage(e->position());
    const Drag drag = m_drag;
    m_drag = Drag::None;
    switch (drag) {
    case Drag::Shape:
        finishShape(m_shape.release(p, *m_view));
        emit interactionFinished(); // also a drag too small to become a shape
        return true;
    case Drag::Brush: {
        m_brush.moveTo(p);
        const qint64 target = m_brush.target();
        const bool erased = m_brush.erasing();
        const QList<QPolygonF> pieces = m_brush.finish();
        repaint();
        if (target != 0 || !pieces.isEmpty())
            emit regionPainted(target, pieces, erased);
        emit interactionFinished();
        return true;
    }
    case Drag::Handle:
        if (const int i = m_shown.selectedIndex(); i >= 0) {
            // The release is where the drag ends (with its modifiers: Shift snaps).
            const QPolygonF v = m_handles.dragTo(p, e->modifiers() & Qt::ShiftModifier);
            if (v != m_shown.items[i].vertices) {
                m_shown.items[i].vertices = v;
                m_dragMoved = true;
                emit verticesDragged(m_shown.selected, v);
            }
        }
        m_handles.end();
        Q_FALLTHROUGH();
    case Drag::Vertex:
        if (m_dragMoved)
            emit dragFinished(m_shown.selected);
        m_dragMoved = false;
        emit interactionFinished();
        return true;
    case Drag::Move: {
        const int i = m_shown.indexOf(m_shown.selected);
        if (m_dragMoved && i >= 0)
            emit verticesReplaced(m_shown.selected, m_shown.items[i].vertices);
        m_dragMoved = false;
        emit interactionFinished();
        return true;
    }
    case Drag::None:
        return m_tool == Tool::Polygon || m_tool == Tool::Brush || m_tool == Tool::Eraser;
    }
    return false;
}

bool ContourToolLayer::onDoubleClick(QMouseEvent* e)
{
    const QPointF p = onImage(e->position());
    if (m_tool == Tool::Polygon) {
        finishShape(m_shape.doubleClick(e->position(), p, *m_view));
        return true;
    }
    if (m_tool != Tool::Edit)
        return true;
    if (m_shown.insertVertexNear(p, imageRadius())) {
        repaint();
        emit verticesReplaced(m_shown.selected, m_shown.items[m_shown.selectedIndex()].vertices);
    }
    return true;
}

bool ContourToolLayer::onKey(QKeyEvent* e)
{
    switch (e->key()) {
    case Qt::Key_BracketLeft:
    case Qt::Key_BracketRight:
        if (m_tool != Tool::Brush && m_tool != Tool::Eraser)
            return false;
        m_brush.step(e->key() == Qt::Key_BracketRight ? +1 : -1);
        repaint();
        emit brushRadiusChanged(m_brush.radius());
        return true;
    case Qt::Key_Escape:
        if (isInteracting()) {
            cancelDraft();
            return true;
        }
        if (m_shown.selected != 0) {
            select(0);
            return true;
        }
        return false;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_tool == Tool::Polygon && m_shape.canClose()) {
            finishShape(m_shape.closePolygon());
            return true;
        }
        return false;
    case Qt::Key_Delete:
    case Qt::Key_Backspace: {
        if (m_tool != Tool::Edit || m_shown.selectedIndex() < 0 || m_drag != Drag::None)
            return false;
        if (m_shown.removeSelectedVertex()) {
            repaint();
            emit verticesReplaced(m_shown.selected, m_shown.items[m_shown.selectedIndex()].vertices);
        } else {
            emit deleteRequested(m_shown.selected);
        }
        return true;
    }
    default:
        return false;
    }
}

void ContourToolLayer::finishShape(const std::optional<QPolygonF>& shape)
{
    if (!shape)
        return;
    repaint();
    emit contourDrawn(*shape);
    if (m_tool == Tool::Polygon)
        emit interactionFinished(); // a drag's release says so itself
}

void ContourToolLayer::paint(QPainter& painter, const ImageView& view)
{
    const QList<TransformHandles::Handle> corners = handlesOfSelected(true), axes = handlesOfSelected(false);
    contourpaint::Options o;
    o.selected = m_shown.selected;
    o.selectedVertex = m_shown.vertex;
    o.vertexHandles = m_enabled && m_tool == Tool::Edit;
    o.labelGap = corners.isEmpty() ? 6 : kHandleRadius + 12; // clear of the scale handle
    o.labeller = m_labeller;
    contourpaint::contours(painter, view, m_shown.items, o);
    const int i = m_shown.indexOf(m_shown.selected);
    if (i >= 0 && m_drag != Drag::Brush)
        TransformHandles::paint(painter, corners, axes, m_shown.items[i].vertices, view);

    m_shape.paint(painter, view, m_hoverValid ? &m_hover : nullptr);
    if (m_enabled && (m_tool == Tool::Brush || m_tool == Tool::Eraser))
        m_brush.paint(painter, view, m_hover, m_hoverValid, m_tool == Tool::Eraser);
}

} // namespace ns::ui
