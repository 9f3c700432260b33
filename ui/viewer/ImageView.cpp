#include "ui/viewer/ImageView.h"

#include "ui/viewer/ViewOverlay.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <cmath>

namespace ns::ui {

namespace {
constexpr double kZoomStep = 1.25;  // one wheel notch or one +/- key press
constexpr int kFitMargin = 4;       // widget pixels left free around a fitted image
const QColor kBackground(0x14, 0x15, 0x17);
const QColor kFailureText(0xff, 0xb0, 0x70);
} // namespace

ImageView::ImageView(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(160, 120);
    setCursor(Qt::OpenHandCursor);
    setToolTip(tr("Wheel: zoom around the cursor. Drag (or middle-drag): pan.\n"
                  "Right-drag on a greyscale image: horizontal changes window width, vertical changes level."));
}

void ImageView::setImage(const QImage& image, int frameIndex)
{
    const bool newGeometry = image.size() != m_image.size();
    m_image = image;
    m_failure.clear();
    m_frameIndex = frameIndex;
    if (newGeometry)
        fitToWindow();
    update();
}

void ImageView::setFailure(int frameIndex, const QString& message)
{
    m_failure = message;
    m_frameIndex = frameIndex;
    update();
}

void ImageView::clear()
{
    m_failure.clear();
    m_image = QImage();
    m_frameIndex = -1;
    m_paintedFrame = -1;
    m_fitMode = true;
    update();
}

void ImageView::setPlaceholderText(const QString& text)
{
    m_placeholder = text;
    update();
}

void ImageView::addOverlay(ViewOverlay* overlay)
{
    m_overlays.append(overlay);
    update();
}

bool ImageView::isSmoothScaling() const
{
    return m_transform.scale() < kNearestFromScale;
}

void ImageView::applyZoom(double scale, QPointF anchor)
{
    const double before = m_transform.scale();
    m_transform.zoomAround(scale, anchor);
    m_transform.clampPan(m_image.size(), size());
    update();
    if (!qFuzzyCompare(before, m_transform.scale()))
        emit zoomChanged(m_transform.scale());
}

void ImageView::setZoom(double scale, QPointF widgetAnchor)
{
    m_fitMode = false;
    applyZoom(scale, widgetAnchor);
}

void ImageView::zoomBy(double factor, QPointF widgetAnchor)
{
    setZoom(m_transform.scale() * factor, widgetAnchor);
}

void ImageView::zoomIn() { zoomBy(kZoomStep, viewportCentre()); }
void ImageView::zoomOut() { zoomBy(1.0 / kZoomStep, viewportCentre()); }

void ImageView::fitToWindow()
{
    m_fitMode = true;
    m_transform.fit(m_image.size(), size(), kFitMargin);
    update();
    emit zoomChanged(m_transform.scale());
}

void ImageView::oneToOne()
{
    m_fitMode = false;
    m_transform.setScale(1.0);
    m_transform.centre(m_image.size(), size());
    update();
    emit zoomChanged(m_transform.scale());
}

void ImageView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), kBackground);
    if (m_image.isNull()) {
        p.setPen(m_failure.isEmpty() ? palette().color(QPalette::PlaceholderText) : kFailureText);
        p.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
                   m_failure.isEmpty() ? m_placeholder : m_failure);
        if (!m_failure.isEmpty() && m_paintedFrame != m_frameIndex) {
            m_paintedFrame = m_frameIndex;
            emit framePainted(m_frameIndex);
        }
        return;
    }
    if (!m_failure.isEmpty()) {
        // Where the frame would be: a plain panel saying why it is not there.
        const QRectF area = m_transform.imageRectInWidget(m_image.size()).intersected(QRectF(rect()));
        p.fillRect(area, QColor(0x24, 0x20, 0x20));
        p.setPen(kFailureText);
        p.drawText(area.adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, m_failure);
    } else {
        p.save();
        p.setRenderHint(QPainter::SmoothPixmapTransform, isSmoothScaling());
        p.setTransform(m_transform.pixelGridToWidget());
        p.drawImage(QPointF(0, 0), m_image);
        p.restore();
    }

    p.setRenderHint(QPainter::Antialiasing, true);
    for (ViewOverlay* overlay : std::as_const(m_overlays)) {
        p.save();
        overlay->paint(p, *this);
        p.restore();
    }
    if (m_paintedFrame != m_frameIndex) {
        m_paintedFrame = m_frameIndex;
        emit framePainted(m_frameIndex);
    }
}

void ImageView::resizeEvent(QResizeEvent*)
{
    if (m_fitMode)
        m_transform.fit(m_image.size(), size(), kFitMargin);
    else
        m_transform.clampPan(m_image.size(), size());
    emit zoomChanged(m_transform.scale());
}

void ImageView::wheelEvent(QWheelEvent* event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0 || m_image.isNull()) {
        event->ignore();
        return;
    }
    zoomBy(std::pow(kZoomStep, delta / 120.0), event->position());
    event->accept();
}

void ImageView::mousePressEvent(QMouseEvent* event)
{
    if (m_drag != Drag::None || m_image.isNull())
        return;
    m_dragStart = m_lastPos = event->position().toPoint();
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_leftDrag == LeftDrag::Pan)) {
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
    } else if (event->button() == Qt::RightButton) {
        m_drag = Drag::Window;
        setCursor(Qt::SizeAllCursor);
        emit windowDragStarted();
    }
    event->accept();
}

void ImageView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::Pan) {
        m_fitMode = false;
        m_transform.pan(pos - m_lastPos);
        m_transform.clampPan(m_image.size(), size());
        update();
    } else if (m_drag == Drag::Window) {
        emit windowDragged(pos - m_dragStart);
    }
    m_lastPos = pos;
    if (!m_image.isNull())
        emit cursorMoved(m_transform.mapToImage(event->position()));
}

void ImageView::mouseReleaseEvent(QMouseEvent* event)
{
    const bool ends = (m_drag == Drag::Pan && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton))
                   || (m_drag == Drag::Window && event->button() == Qt::RightButton);
    if (!ends)
        return;
    if (m_drag == Drag::Window)
        emit windowDragFinished();
    m_drag = Drag::None;
    setCursor(Qt::OpenHandCursor);
}

void ImageView::leaveEvent(QEvent*)
{
    emit cursorLeft();
}

} // namespace ns::ui
