#pragma once
// Ground-truth rasterisation and label noise. Pixel centres sit at integer coordinates
// (as in core/media: pixel (i, j) covers i-0.5..i+0.5), and a pixel is inside when its
// centre is: unbiased, so the mask's pixel count matches the polygon's exact area.

#include <QImage>
#include <QList>
#include <QPolygonF>

#include <opencv2/core.hpp>

namespace ns::synth {

QImage rasterisePolygons(const QList<QPolygonF>& polygons, QSize size);
double polygonArea(const QPolygonF& p);
int countSet(const QImage& mask);

// Annotator-like boundary noise: a smooth radial wobble (annotators draw smooth curves)
// of RMS `jitterPx`, plus a little per-vertex noise.
QPolygonF jitterPolygon(const QPolygonF& p, double jitterPx, cv::RNG& rng);
// Uniform growth (> 1) or shrinkage (< 1) about the centroid: a label drawn on the outer
// or inner edge of the epineurium.
QPolygonF scalePolygon(const QPolygonF& p, double factor);
// One contour around several bundles (an annotator who did not see the bifid split).
QPolygonF hullPolygon(const QList<QPolygonF>& polygons);

} // namespace ns::synth
