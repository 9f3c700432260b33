#include "core/synth/NerveLabel.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace ns::synth {

QImage rasterisePolygons(const QList<QPolygonF>& polygons, QSize size)
{
    QImage mask(size, QImage::Format_Grayscale8);
    mask.fill(0);
    std::vector<double> xs;
    for (const QPolygonF& poly : polygons) {
        const int n = poly.size();
        if (n < 3)
            continue;
        for (int y = 0; y < size.height(); ++y) {
            // Even-odd crossings of the scanline through pixel centres at this row.
            xs.clear();
            for (int i = 0, j = n - 1; i < n; j = i++) {
                const QPointF a = poly[j], b = poly[i];
                if ((a.y() <= y && b.y() > y) || (b.y() <= y && a.y() > y))
                    xs.push_back(a.x() + (y - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
            }
            std::sort(xs.begin(), xs.end());
            uchar* row = mask.scanLine(y);
            for (size_t k = 0; k + 1 < xs.size(); k += 2) {
                const int from = std::max(0, static_cast<int>(std::ceil(xs[k])));
                const int to = std::min(size.width() - 1, static_cast<int>(std::ceil(xs[k + 1])) - 1);
                for (int x = from; x <= to; ++x)
                    row[x] = 255;
            }
        }
    }
    return mask;
}

double polygonArea(const QPolygonF& p)
{
    double s = 0;
    const int n = p.size();
    for (int i = 0, j = n - 1; i < n; j = i++)
        s += p[j].x() * p[i].y() - p[i].x() * p[j].y();
    return std::abs(s) / 2;
}

int countSet(const QImage& mask)
{
    int count = 0;
    for (int y = 0; y < mask.height(); ++y) {
        const uchar* row = mask.constScanLine(y);
        for (int x = 0; x < mask.width(); ++x)
            count += row[x] != 0;
    }
    return count;
}

namespace {
QPointF centroid(const QPolygonF& p)
{
    QPointF c;
    for (const QPointF& q : p)
        c += q;
    return p.isEmpty() ? c : c / p.size();
}
} // namespace

QPolygonF jitterPolygon(const QPolygonF& p, double jitterPx, cv::RNG& rng)
{
    if (jitterPx <= 0 || p.size() < 3)
        return p;
    const QPointF c = centroid(p);
    // Harmonics 2..5 with random phases; scaled so the wobble's RMS is ~jitterPx.
    double amp[4], phase[4];
    for (int k = 0; k < 4; ++k) {
        amp[k] = rng.gaussian(1.0);
        phase[k] = rng.uniform(0.0, 2 * CV_PI);
    }
    double norm = 0;
    for (double a : amp)
        norm += a * a / 2;
    const double scale = jitterPx * 0.9 / std::sqrt(std::max(norm, 1e-9));
    QPolygonF out;
    const int n = p.size();
    for (int i = 0; i < n; ++i) {
        const QPointF d = p[i] - c;
        const double r = std::hypot(d.x(), d.y());
        if (r < 1e-9) {
            out << p[i];
            continue;
        }
        const double t = 2 * CV_PI * i / n;
        double dr = 0;
        for (int k = 0; k < 4; ++k)
            dr += scale * amp[k] * std::cos((k + 2) * t + phase[k]);
        dr += rng.gaussian(jitterPx * 0.3);
        out << c + d * ((r + dr) / r);
    }
    return out;
}

QPolygonF scalePolygon(const QPolygonF& p, double factor)
{
    const QPointF c = centroid(p);
    QPolygonF out;
    for (const QPointF& q : p)
        out << c + (q - c) * factor;
    return out;
}

QPolygonF hullPolygon(const QList<QPolygonF>& polygons)
{
    std::vector<cv::Point2f> pts;
    for (const QPolygonF& p : polygons)
        for (const QPointF& q : p)
            pts.emplace_back(static_cast<float>(q.x()), static_cast<float>(q.y()));
    std::vector<cv::Point2f> hull;
    if (pts.size() >= 3)
        cv::convexHull(pts, hull);
    QPolygonF out;
    for (const cv::Point2f& q : hull)
        out << QPointF(q.x, q.y);
    return out;
}

} // namespace ns::synth
