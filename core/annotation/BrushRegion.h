#pragma once
// The region a brush or eraser stroke edits: the contour is rasterised (finer than the
// image, so a small nerve keeps its shape), the round brush paints into or erases from that
// mask, and the outline follows from cv::findContours, simplified and shifted out by half a
// mask pixel so its area matches the painted pixels. An erased gap that splits the region
// gives several outlines (a bifid nerve); erasing all of it gives none. Holes are filled:
// a nerve cross-section has none.

#include <QImage>
#include <QList>
#include <QPolygonF>
#include <QSize>
#include <memory>

namespace ns::annotation {

class BrushRegion {
public:
    // Outlines smaller than this (image px^2) are eraser crumbs and are dropped.
    static constexpr double kMinAreaPx = 2.0;

    // `polygons`: the region to start from (empty for a new one), image px. The mask spans
    // the whole image at `scale` mask pixels per image pixel (0: chosen from the image size).
    BrushRegion(const QList<QPolygonF>& polygons, QSize imageSize, int scale = 0);
    ~BrushRegion();
    BrushRegion(const BrushRegion&) = delete;
    BrushRegion& operator=(const BrushRegion&) = delete;

    // A round brush of `radius` image px swept from `from` to `to` (equal: a dab).
    void paint(QPointF from, QPointF to, double radius, bool erase);
    bool isEmpty() const;

    // The outlines, largest first, in image px; `tolerance` (image px) of the simplification.
    QList<QPolygonF> outlines(double tolerance = 0.3) const;

    // The part of the mask that can hold the region, as an image (transparent outside,
    // `colour` inside) to be drawn stretched over `imageRect` (image px): the live preview.
    QImage preview(QColor colour, QRectF* imageRect) const;
    double areaPx() const; // painted area in image px^2
    int scale() const { return m_scale; }

private:
    struct Mask; // the OpenCV mask; kept out of the header (the UI does not see OpenCV)
    std::unique_ptr<Mask> m_mask;
    int m_scale;
};

} // namespace ns::annotation
