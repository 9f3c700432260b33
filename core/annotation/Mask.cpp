#include "core/annotation/Mask.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace ns::annotation {

namespace {

// Even-odd scanline fill sampling pixel centres. cv::fillPoly was the first choice, but it
// fills the pixels under both edges (an n x n square becomes (n+1) x (n+1)), which biases
// DSC and every mask-based area towards larger contours.
void fillCentres(cv::Mat& mask, const QPolygonF& p)
{
    const int n = p.size();
    double top = p[0].y(), bottom = p[0].y();
    for (const QPointF& v : p) {
        top = std::min(top, v.y());
        bottom = std::max(bottom, v.y());
    }
    const int y0 = std::max(0, int(std::ceil(top - 0.5)));
    const int y1 = std::min(mask.rows - 1, int(std::ceil(bottom - 0.5)) - 1);
    std::vector<double> xs;
    for (int y = y0; y <= y1; ++y) {
        const double yc = y + 0.5;
        xs.clear();
        for (int i = 0; i < n; ++i) {
            const QPointF& a = p[i];
            const QPointF& b = p[(i + 1) % n];
            // Half-open in y so a vertex shared by two edges counts once.
            if ((a.y() <= yc && yc < b.y()) || (b.y() <= yc && yc < a.y()))
                xs.push_back(a.x() + (yc - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
        }
        std::sort(xs.begin(), xs.end());
        uchar* row = mask.ptr<uchar>(y);
        for (size_t k = 0; k + 1 < xs.size(); k += 2) {
            // Pixels whose centre x + 0.5 lies in [xs[k], xs[k+1]).
            const int first = std::max(0, int(std::ceil(xs[k] - 0.5)));
            const int last = std::min(mask.cols - 1, int(std::ceil(xs[k + 1] - 0.5)) - 1);
            for (int x = first; x <= last; ++x)
                row[x] = 255;
        }
    }
}

} // namespace

cv::Mat rasterise(const QList<QPolygonF>& polygons, QSize size)
{
    cv::Mat mask(size.height(), size.width(), CV_8UC1, cv::Scalar(0));
    for (const QPolygonF& p : polygons)
        if (p.size() >= 3)
            fillCentres(mask, p); // each polygon on its own, so bifid contours unite
    return mask;
}

} // namespace ns::annotation
