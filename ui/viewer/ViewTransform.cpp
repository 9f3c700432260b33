#include "ui/viewer/ViewTransform.h"

#include <algorithm>
#include <cmath>

namespace ns::ui {

namespace {
const QPointF kHalfPixel(0.5, 0.5);
}

QPointF ViewTransform::mapFromImage(QPointF image) const
{
    return m_offset + (image + kHalfPixel) * m_scale;
}

QPointF ViewTransform::mapToImage(QPointF widget) const
{
    return (widget - m_offset) / m_scale - kHalfPixel;
}

QRectF ViewTransform::imageRectInWidget(QSize imageSize) const
{
    return QRectF(m_offset, QSizeF(imageSize) * m_scale);
}

QTransform ViewTransform::pixelGridToWidget() const
{
    return QTransform(m_scale, 0, 0, m_scale, m_offset.x(), m_offset.y());
}

double ViewTransform::clampScale(double s)
{
    return std::clamp(s, kMinScale, kMaxScale);
}

double ViewTransform::fitScale(QSize image, QSize viewport, int margin)
{
    if (image.isEmpty())
        return 1.0;
    const double w = std::max(1, viewport.width() - 2 * margin);
    const double h = std::max(1, viewport.height() - 2 * margin);
    return clampScale(std::min(w / image.width(), h / image.height()));
}

void ViewTransform::fit(QSize image, QSize viewport, int margin)
{
    m_scale = fitScale(image, viewport, margin);
    const QSizeF shown = QSizeF(image) * m_scale;
    m_offset = QPointF((viewport.width() - shown.width()) / 2.0, (viewport.height() - shown.height()) / 2.0);
}

void ViewTransform::centre(QSize image, QSize viewport)
{
    const QSizeF shown = QSizeF(image) * m_scale;
    // Whole-pixel offsets keep a 1:1 view sharp.
    m_offset = QPointF(std::round((viewport.width() - shown.width()) / 2.0),
                       std::round((viewport.height() - shown.height()) / 2.0));
}

void ViewTransform::zoomAround(double newScale, QPointF widgetAnchor)
{
    const QPointF image = mapToImage(widgetAnchor);
    m_scale = clampScale(newScale);
    m_offset = widgetAnchor - (image + kHalfPixel) * m_scale;
}

void ViewTransform::clampPan(QSize image, QSize viewport, double keep)
{
    const QSizeF shown = QSizeF(image) * m_scale;
    const double kx = std::min(keep, shown.width());
    const double ky = std::min(keep, shown.height());
    const auto clampAxis = [](double v, double lo, double hi) { return lo <= hi ? std::clamp(v, lo, hi) : v; };
    m_offset.setX(clampAxis(m_offset.x(), kx - shown.width(), viewport.width() - kx));
    m_offset.setY(clampAxis(m_offset.y(), ky - shown.height(), viewport.height() - ky));
}

} // namespace ns::ui
