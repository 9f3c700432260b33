#pragma once
// Mask -> polygons for importing label images. The outline is traced on the mask scaled up
// 2x (nearest), so each vertex lies a quarter pixel inside the edge of a boundary pixel:
// rasterising the polygons again (pixel centres, core/annotation/Mask.h) gives back the
// same pixels, where tracing pixel centres would lose the right and bottom boundary row.
// Holes are not kept (a nerve cross-section has none).

#include <QList>
#include <QPolygonF>
#include <opencv2/core.hpp>

namespace ns::exporting {

// Every 8-connected component of the nonzero pixels of a CV_8UC1 mask, as one polygon.
QList<QPolygonF> maskToPolygons(const cv::Mat& mask);

} // namespace ns::exporting
