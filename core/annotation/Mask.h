#pragma once
// Contours as pixel masks (for DSC, Hausdorff distance and dataset export). Pixel (x, y)
// covers [x, x+1) x [y, y+1) and belongs to the mask when its centre lies inside the
// polygon, so a 10 x 10 px square contour gives exactly 100 mask pixels.

#include <QList>
#include <QPolygonF>
#include <QSize>
#include <opencv2/core.hpp>

namespace ns::annotation {

// CV_8UC1, 255 inside, 0 outside; the union when several polygons are given (bifid nerve).
cv::Mat rasterise(const QList<QPolygonF>& polygons, QSize size);
inline cv::Mat rasterise(const QPolygonF& polygon, QSize size) { return rasterise(QList<QPolygonF>{polygon}, size); }

} // namespace ns::annotation
