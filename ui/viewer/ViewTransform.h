#pragma once
// The mapping between image coordinates and widget coordinates of an image view: a uniform
// scale and an offset, nothing else (no rotation), so tools drawn on top can convert points
// both ways without knowing how the view zooms or pans.
//
// Image coordinates follow ns::media::Calibration: the centre of pixel (i, j) is at (i, j)
// and the pixel covers [i - 0.5, i + 0.5] x [j - 0.5, j + 0.5]; a W x H image spans
// [-0.5, W - 0.5] x [-0.5, H - 0.5]. The pixel under an image point p is floor(p + 0.5).

#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

namespace ns::ui {

class ViewTransform {
public:
    static constexpr double kMinScale = 0.02;
    static constexpr double kMaxScale = 64.0;

    double scale() const { return m_scale; }
    // Widget position of the image's top-left corner (image point (-0.5, -0.5)).
    QPointF offset() const { return m_offset; }

    QPointF mapFromImage(QPointF image) const;
    QPointF mapToImage(QPointF widget) const;
    // The whole image (all its pixels) in widget coordinates.
    QRectF imageRectInWidget(QSize imageSize) const;
    // Pixel grid (origin at the image's top-left corner, as QPainter::drawImage expects)
    // to widget coordinates.
    QTransform pixelGridToWidget() const;

    // Scale so the whole image fits the viewport less `margin` on each side, centred.
    void fit(QSize image, QSize viewport, int margin = 0);
    static double fitScale(QSize image, QSize viewport, int margin = 0);
    // Centre the image in the viewport at the current scale (whole-pixel offset).
    void centre(QSize image, QSize viewport);
    // Change the scale keeping the image point under `widgetAnchor` where it is.
    void zoomAround(double newScale, QPointF widgetAnchor);
    void pan(QPointF widgetDelta) { m_offset += widgetDelta; }
    // Keep at least `keep` widget pixels of the image inside the viewport.
    void clampPan(QSize image, QSize viewport, double keep = 48.0);

    void setScale(double s) { m_scale = clampScale(s); }
    void setOffset(QPointF o) { m_offset = o; }
    static double clampScale(double s);

private:
    double m_scale = 1.0;
    QPointF m_offset;
};

} // namespace ns::ui
