#include "ui/annotation/ContourToolLayer.h"

#include "ui/annotation/ContourGeometry.h"
#include "ui/viewer/ImageView.h"

#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace ns::ui {

namespace {
const QColor kManual(255, 196, 0);     // every manual contour
const QColor kSelected(0, 229, 255);   // the selected one and its handles
const QColor kDraft(255, 255, 255);
const QColor kLabelBack(0, 0, 0, 170);

QPolygonF toWidget(const ImageView& view, const QPolygonF& image)
{
    QPolygonF out;
    out.reserve(image.size());
    for (const QPointF& p : image)
        out << view.mapFromImage(p);
    return out;
}

QPen cosmeticPen(const QColor& colour, double width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(colour, width, style, Qt::RoundCap, Qt::RoundJoin);
    pen.setCosmetic(true);
    return pen;
}
} // namespace

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
        m_view->setCursor(Qt::CrossCursor);
}

void ContourToolLayer::setContours(const QList<Item>& items)
{
    m_items = items;
    if (indexOf(m_selected) < 0) {
        m_selected = 0;
        m_selectedVertex = -1;
    } else if (m_selectedVertex >= m_items[indexOf(m_selected)].vertices.size()) {
        m_selectedVertex = -1;
    }
    repaint();
}

void ContourToolLayer::select(qint64 id)
{
    m_selected = indexOf(id) >= 0 ? id : 0;
    m_selectedVertex = -1;
    repaint();
}

void ContourToolLayer::cancelDraft()
{
    const bool was = isInteracting();
    if (m_drag == Drag::Vertex || m_drag == Drag::Move || m_drag == Drag::Scale) {
        // An edit drag that is given up returns the contour to where it was.
        const int i = indexOf(m_selected);
        if (i >= 0)
            m_items[i].vertices = m_dragOrigin;
        if (m_drag == Drag::Vertex && m_dragMoved) {
            emit verticesDragged(m_selected, m_dragOrigin);
            emit dragFinished(m_selected);
        }
    }
    m_draft.clear();
    m_drag = Drag::None;
    m_dragMoved = false;
    repaint();
    if (was)
        emit interactionFinished();
}

int ContourToolLayer::indexOf(qint64 id) const
{
    if (id == 0)
        return -1;
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items[i].id == id)
            return i;
    return -1;
}

QList<int> ContourToolLayer::hitTestOrder() const
{
    QList<int> order;
    const int selected = indexOf(m_selected);
    if (selected >= 0)
        order << selected;
    for (int i = int(m_items.size()) - 1; i >= 0; --i)
        if (i != selected)
            order << i;
    return order;
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

QList<QPointF> ContourToolLayer::scaleHandles() const
{
    const int i = indexOf(m_selected);
    if (!m_view || i < 0 || m_tool != Tool::Edit || m_items[i].vertices.size() < 3)
        return {};
    const QRectF box = toWidget(*m_view, m_items[i].vertices).boundingRect();
    const double d = kHandleRadius + 4;
    return {box.topLeft() + QPointF(-d, -d), box.topRight() + QPointF(d, -d), box.bottomRight() + QPointF(d, d),
            box.bottomLeft() + QPointF(-d, d)};
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
    switch (event->type()) {
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
    default:
        return false;
    }
}

bool ContourToolLayer::onPress(QMouseEvent* e)
{
    const QPointF w = e->position();
    const QPointF p = onImage(w);
    m_view->setFocus(Qt::MouseFocusReason);
    m_hover = p;
    m_hoverValid = true;
    switch (m_tool) {
    case Tool::Polygon:
        if (m_draft.size() >= 3 && QLineF(w, m_view->mapFromImage(m_draft.first())).length() <= kHandleRadius) {
            finishPolygon();
        } else if (m_draft.isEmpty() || QLineF(w, m_view->mapFromImage(m_draft.last())).length() > 2.0) {
            m_draft << p; // a second press on the same spot (double-click) adds nothing
        }
        repaint();
        return true;
    case Tool::Freehand:
        m_draft = QPolygonF{p};
        m_drag = Drag::Freehand;
        return true;
    case Tool::Ellipse:
        m_dragStart = p;
        m_drag = Drag::Ellipse;
        return true;
    case Tool::Edit: {
        const double r = imageRadius();
        // A scale handle of the selected contour: scale about the opposite corner.
        const QList<QPointF> handles = scaleHandles();
        for (int k = 0; k < handles.size(); ++k) {
            if (QLineF(w, handles[k]).length() > kHandleRadius)
                continue;
            const int i = indexOf(m_selected);
            const QRectF box = m_items[i].vertices.boundingRect();
            const QPointF corners[4] = {box.topLeft(), box.topRight(), box.bottomRight(), box.bottomLeft()};
            m_scaleCorner = corners[k];
            m_scaleAnchor = corners[(k + 2) % 4];
            m_dragStart = p;
            m_dragOrigin = m_items[i].vertices;
            m_dragMoved = false;
            m_selectedVertex = -1;
            m_drag = Drag::Scale;
            return true;
        }
        // The selected contour's handles come first, then the topmost contour under the cursor.
        const QList<int> order = hitTestOrder();
        for (int i : order) {
            const int v = contourgeom::vertexAt(m_items[i].vertices, p, r);
            if (v >= 0) {
                m_selected = m_items[i].id;
                m_selectedVertex = v;
                m_drag = Drag::Vertex;
                m_dragOrigin = m_items[i].vertices;
                m_dragMoved = false;
                repaint();
                return true;
            }
        }
        for (int i : order) {
            if (contourgeom::contains(m_items[i].vertices, p)) {
                m_selectedVertex = -1;
                m_selected = m_items[i].id;
                m_drag = Drag::Move;
                m_dragStart = p;
                m_dragOrigin = m_items[i].vertices;
                m_dragMoved = false;
                repaint();
                return true;
            }
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
    const int i = indexOf(m_selected);
    switch (m_drag) {
    case Drag::Freehand:
        if (QLineF(e->position(), m_view->mapFromImage(m_draft.last())).length() >= 0.5)
            m_draft << p;
        repaint();
        return true;
    case Drag::Ellipse:
        repaint();
        return true;
    case Drag::Vertex:
        if (i < 0 || m_selectedVertex < 0 || m_selectedVertex >= m_items[i].vertices.size())
            return true;
        m_items[i].vertices[m_selectedVertex] = p;
        m_dragMoved = true;
        emit verticesDragged(m_selected, m_items[i].vertices);
        repaint();
        return true;
    case Drag::Move:
        if (i < 0)
            return true;
        m_items[i].vertices = m_dragOrigin.translated(p - m_dragStart);
        m_dragMoved = m_dragMoved || p != m_dragStart;
        repaint();
        return true;
    case Drag::Scale: {
        if (i < 0)
            return true;
        const QPointF corner = m_scaleCorner + (p - m_dragStart);
        const QPointF span = m_scaleCorner - m_scaleAnchor;
        // Never through zero: a contour cannot be flipped or collapsed by a handle.
        const double sx = std::abs(span.x()) > 1e-9 ? std::max(0.05, (corner.x() - m_scaleAnchor.x()) / span.x()) : 1.0;
        const double sy = std::abs(span.y()) > 1e-9 ? std::max(0.05, (corner.y() - m_scaleAnchor.y()) / span.y()) : 1.0;
        QPolygonF v = m_dragOrigin;
        for (QPointF& q : v)
            q = m_scaleAnchor + QPointF((q.x() - m_scaleAnchor.x()) * sx, (q.y() - m_scaleAnchor.y()) * sy);
        m_items[i].vertices = v;
        m_dragMoved = m_dragMoved || p != m_dragStart;
        repaint();
        return true;
    }
    case Drag::None:
        if (m_tool == Tool::Polygon && !m_draft.isEmpty())
            repaint(); // the rubber band follows the cursor
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
    case Drag::Freehand: {
        m_draft << p;
        const QPolygonF shape = contourgeom::simplify(m_draft, kFreehandTolerance / std::max(m_view->zoom(), 1e-6));
        m_draft.clear();
        repaint();
        if (shape.size() >= 3)
            emit contourDrawn(shape);
        emit interactionFinished();
        return true;
    }
    case Drag::Ellipse: {
        const QRectF box = QRectF(m_dragStart, p).normalized();
        repaint();
        if (box.width() >= 2 && box.height() >= 2)
            emit contourDrawn(contourgeom::ellipsePolygon(box, kEllipseVertices));
        emit interactionFinished();
        return true;
    }
    case Drag::Vertex:
        if (m_dragMoved)
            emit dragFinished(m_selected);
        m_dragMoved = false;
        emit interactionFinished();
        return true;
    case Drag::Move:
    case Drag::Scale: {
        const int i = indexOf(m_selected);
        if (m_dragMoved && i >= 0)
            emit verticesReplaced(m_selected, m_items[i].vertices);
        m_dragMoved = false;
        emit interactionFinished();
        return true;
    }
    case Drag::None:
        return m_tool == Tool::Polygon;
    }
    return false;
}

bool ContourToolLayer::onDoubleClick(QMouseEvent* e)
{
    const QPointF p = onImage(e->position());
    if (m_tool == Tool::Polygon) {
        // The double-clicked point is the last vertex (unless its press already added it).
        if (m_draft.isEmpty() || QLineF(e->position(), m_view->mapFromImage(m_draft.last())).length() > 2.0)
            m_draft << p;
        if (m_draft.size() >= 3)
            finishPolygon();
        return true;
    }
    if (m_tool != Tool::Edit)
        return true;
    for (int i : hitTestOrder()) {
        QPointF foot;
        const int edge = contourgeom::edgeAt(m_items[i].vertices, p, imageRadius(), &foot);
        if (edge < 0)
            continue;
        QPolygonF v = m_items[i].vertices;
        v.insert(edge + 1, foot);
        m_items[i].vertices = v;
        m_selected = m_items[i].id;
        m_selectedVertex = int(edge) + 1;
        repaint();
        emit verticesReplaced(m_selected, v);
        return true;
    }
    return true;
}

bool ContourToolLayer::onKey(QKeyEvent* e)
{
    switch (e->key()) {
    case Qt::Key_Escape:
        if (isInteracting()) {
            cancelDraft();
            return true;
        }
        if (m_selected != 0) {
            select(0);
            return true;
        }
        return false;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_tool == Tool::Polygon && m_draft.size() >= 3) {
            finishPolygon();
            return true;
        }
        return false;
    case Qt::Key_Delete:
    case Qt::Key_Backspace: {
        const int i = indexOf(m_selected);
        if (m_tool != Tool::Edit || i < 0 || m_drag != Drag::None)
            return false;
        if (m_selectedVertex >= 0 && m_items[i].vertices.size() > 3) {
            QPolygonF v = m_items[i].vertices;
            v.remove(m_selectedVertex);
            m_items[i].vertices = v;
            m_selectedVertex = -1;
            repaint();
            emit verticesReplaced(m_selected, v);
        } else {
            emit deleteRequested(m_selected);
        }
        return true;
    }
    default:
        return false;
    }
}

void ContourToolLayer::finishPolygon()
{
    const QPolygonF shape = m_draft;
    m_draft.clear();
    repaint();
    if (shape.size() >= 3)
        emit contourDrawn(shape);
    emit interactionFinished();
}

void ContourToolLayer::paint(QPainter& painter, const ImageView& view)
{
    painter.setRenderHint(QPainter::Antialiasing, true);
    QFont font = painter.font();
    font.setPointSizeF(std::max(8.0, font.pointSizeF()));
    painter.setFont(font);
    const QFontMetrics fm(font);

    for (const Item& item : std::as_const(m_items)) {
        const bool selected = item.id == m_selected;
        const QPolygonF w = toWidget(view, item.vertices);
        painter.setPen(cosmeticPen(selected ? kSelected : kManual, selected ? 2.5 : 2.0));
        painter.setBrush(selected ? QColor(0, 229, 255, 20) : QColor(Qt::transparent));
        painter.drawPolygon(w);
        if (selected && m_enabled && m_tool == Tool::Edit) {
            // Smaller handles where vertices are dense (an ellipse has 32), so they do not merge.
            const double extent = w.boundingRect().width() + w.boundingRect().height(); // about perimeter / 1.5
            const double side = w.size() > 0 && 2 * extent / w.size() < 16 ? 5.0 : 7.0;
            for (int v = 0; v < w.size(); ++v) {
                const QRectF handle(w[v] - QPointF(side / 2, side / 2), QSizeF(side, side));
                painter.setPen(cosmeticPen(Qt::black, 1));
                painter.setBrush(v == m_selectedVertex ? kSelected : QColor(Qt::white));
                painter.drawRect(handle);
            }
        }
        const QString label = m_labeller ? m_labeller(item.vertices) : QString();
        if (!label.isEmpty() && !w.isEmpty()) {
            const QRectF box = w.boundingRect();
            QRectF text = QRectF(fm.boundingRect(QRect(0, 0, 260, 400), Qt::AlignLeft | Qt::TextWordWrap, label)).adjusted(-4, -2, 4, 2);
            // Beside the top-right corner, clear of the scale handle when there is one.
            const double gap = selected && m_enabled && m_tool == Tool::Edit ? kHandleRadius + 12 : 6;
            text.moveBottomLeft(QPointF(box.right() + gap, box.top() + 2));
            painter.setPen(Qt::NoPen);
            painter.setBrush(kLabelBack);
            painter.drawRoundedRect(text, 3, 3);
            painter.setPen(selected ? kSelected : kManual);
            painter.drawText(text.adjusted(4, 2, -4, -2), Qt::AlignLeft | Qt::TextWordWrap, label);
        }
    }

    // Scale handles: hollow, outside the corners, so they never hide a vertex.
    const QList<QPointF> handles = scaleHandles();
    if (m_enabled && !handles.isEmpty()) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(cosmeticPen(kSelected, 1, Qt::DotLine));
        painter.drawRect(QRectF(handles[0], handles[2]).adjusted(kHandleRadius - 2, kHandleRadius - 2, 2 - kHandleRadius, 2 - kHandleRadius));
        painter.setPen(cosmeticPen(kSelected, 1.5));
        painter.setBrush(QColor(0, 0, 0, 160));
        for (const QPointF& h : handles)
            painter.drawEllipse(h, 4.0, 4.0);
    }

    // What is being drawn now.
    painter.setBrush(Qt::NoBrush);
    if (m_drag == Drag::Ellipse && m_hoverValid) {
        const QRectF box = QRectF(m_dragStart, m_hover).normalized();
        painter.setPen(cosmeticPen(kDraft, 1, Qt::DotLine));
        painter.drawRect(QRectF(view.mapFromImage(box.topLeft()), view.mapFromImage(box.bottomRight())));
        painter.setPen(cosmeticPen(kDraft, 2, Qt::DashLine));
        painter.drawPolygon(toWidget(view, contourgeom::ellipsePolygon(box, kEllipseVertices)));
    } else if (!m_draft.isEmpty()) {
        const QPolygonF w = toWidget(view, m_draft);
        painter.setPen(cosmeticPen(kDraft, 2, Qt::DashLine));
        painter.drawPolyline(w);
        if (m_tool == Tool::Polygon && m_hoverValid) {
            painter.setPen(cosmeticPen(kDraft, 1, Qt::DotLine));
            painter.drawLine(w.last(), view.mapFromImage(m_hover));
            const bool closes = m_draft.size() >= 3
                             && QLineF(view.mapFromImage(m_hover), w.first()).length() <= kHandleRadius;
            painter.setPen(cosmeticPen(Qt::black, 1));
            painter.setBrush(closes ? kSelected : kDraft);
            painter.drawEllipse(w.first(), closes ? 6.0 : 4.0, closes ? 6.0 : 4.0);
        }
    }
}

} // namespace ns::ui
