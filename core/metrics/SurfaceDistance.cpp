#include "core/metrics/SurfaceDistance.h"

#include "core/metrics/Overlap.h"
#include "core/metrics/Statistics.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace ns::metrics {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// One-dimensional squared distance transform along a line of n samples spaced `step` apart:
// d[p] = min_q (step * (p - q))^2 + f[q]. Only finite f[q] are parabola sites, so lines
// without any feature stay infinite without inf - inf arithmetic.
void transformLine(const double* f, double* d, int n, double step, std::vector<int>& v, std::vector<double>& z)
{
    const double w = step * step;
    int k = -1;
    for (int q = 0; q < n; ++q) {
        if (!std::isfinite(f[q]))
            continue;
        // Drop sites whose parabola lies wholly under the new one's from the intersection on.
        while (k >= 0) {
            const int r = v[size_t(k)];
            const double s = ((f[q] + w * q * q) - (f[r] + w * r * r)) / (2.0 * w * (q - r));
            if (s <= z[size_t(k)]) {
                --k;
                continue;
            }
            ++k;
            v[size_t(k)] = q;
            z[size_t(k)] = s;
            break;
        }
        if (k < 0) {
            k = 0;
            v[0] = q;
            z[0] = -kInf;
        }
    }
    if (k < 0) {
        std::fill(d, d + n, kInf);
        return;
    }
    int j = 0;
    for (int p = 0; p < n; ++p) {
        while (j < k && z[size_t(j) + 1] < p)
            ++j;
        const int q = v[size_t(j)];
        d[p] = w * double(p - q) * double(p - q) + f[q];
    }
}

} // namespace

cv::Mat maskBoundary(const cv::Mat& mask)
{
    CV_Assert(mask.type() == CV_8UC1);
    cv::Mat binary = mask != 0;
    cv::Mat eroded;
    cv::erode(binary, eroded, cv::getStructuringElement(cv::MORPH_CROSS, cv::Size(3, 3)), cv::Point(-1, -1), 1,
              cv::BORDER_CONSTANT, cv::Scalar(0)); // outside the image counts as outside the mask
    return binary & ~eroded;
}

cv::Mat squaredDistanceTransform(const cv::Mat& features, PixelSpacing spacing)
{
    CV_Assert(features.type() == CV_8UC1);
    const int rows = features.rows, cols = features.cols;
    cv::Mat out(rows, cols, CV_64F);
    const int longest = std::max(rows, cols);
    std::vector<int> v(size_t(longest) + 1);
    std::vector<double> z(size_t(longest) + 1);
    std::vector<double> f(static_cast<size_t>(longest));
    std::vector<double> d(static_cast<size_t>(longest));
    // Columns first (steps of spacing.y), then rows (steps of spacing.x).
    for (int x = 0; x < cols; ++x) {
        for (int y = 0; y < rows; ++y)
            f[size_t(y)] = features.at<uchar>(y, x) ? 0.0 : kInf;
        transformLine(f.data(), d.data(), rows, spacing.y, v, z);
        for (int y = 0; y < rows; ++y)
            out.at<double>(y, x) = d[size_t(y)];
    }
    for (int y = 0; y < rows; ++y) {
        double* row = out.ptr<double>(y);
        std::copy(row, row + cols, f.begin());
        transformLine(f.data(), row, cols, spacing.x, v, z);
    }
    return out;
}

std::vector<double> directedSurfaceDistances(const cv::Mat& from, const cv::Mat& to, PixelSpacing spacing)
{
    const cv::Mat fromEdge = maskBoundary(from);
    const cv::Mat toEdge = maskBoundary(to);
    std::vector<double> out;
    if (cv::countNonZero(fromEdge) == 0 || cv::countNonZero(toEdge) == 0)
        return out;
    const cv::Mat dt = squaredDistanceTransform(toEdge, spacing);
    for (int y = 0; y < fromEdge.rows; ++y) {
        const uchar* e = fromEdge.ptr<uchar>(y);
        const double* d = dt.ptr<double>(y);
        for (int x = 0; x < fromEdge.cols; ++x)
            if (e[x])
                out.push_back(std::sqrt(d[x]));
    }
    return out;
}

namespace {

void distancesIn(const cv::Mat& a, const cv::Mat& b, PixelSpacing spacing, std::optional<double>& hd,
                 std::optional<double>& hd95)
{
    std::vector<double> pooled = directedSurfaceDistances(a, b, spacing);
    const std::vector<double> back = directedSurfaceDistances(b, a, spacing);
    pooled.insert(pooled.end(), back.begin(), back.end());
    hd = *std::max_element(pooled.begin(), pooled.end());
    hd95 = percentileLinear(std::move(pooled), 95.0);
}

} // namespace

SurfaceDistances surfaceDistances(const cv::Mat& prediction, const cv::Mat& reference,
                                  std::optional<PixelSpacing> spacing)
{
    if (const QString why = maskMismatch(prediction, reference); !why.isEmpty())
        throw std::invalid_argument(why.toStdString());
    SurfaceDistances r;
    const bool predEmpty = cv::countNonZero(prediction) == 0;
    const bool refEmpty = cv::countNonZero(reference) == 0;
    if (predEmpty || refEmpty) {
        r.undefinedReason = predEmpty && refEmpty ? SurfaceUndefined::BothEmpty
            : predEmpty                           ? SurfaceUndefined::PredictionEmpty
                                                  : SurfaceUndefined::ReferenceEmpty;
        return r;
    }
    distancesIn(prediction, reference, PixelSpacing{}, r.hausdorffPx, r.hd95Px);
    if (spacing)
        distancesIn(prediction, reference, *spacing, r.hausdorffMm, r.hd95Mm);
    return r;
}

} // namespace ns::metrics
