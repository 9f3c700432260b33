#include "inference/explain/Faithfulness.h"

#include "inference/explain/Lime.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <numeric>

namespace ns::inference::explain {

cv::Point2d heatmapPeak(const cv::Mat& map, double tolerance)
{
    CV_Assert(map.type() == CV_32FC1 && !map.empty());
    double lo = 0, hi = 0;
    cv::minMaxLoc(map, &lo, &hi);
    const double cut = hi - tolerance * std::max(hi - lo, 1e-12);
    double sx = 0, sy = 0, n = 0;
    for (int y = 0; y < map.rows; ++y) {
        const float* p = map.ptr<float>(y);
        for (int x = 0; x < map.cols; ++x) {
            if (p[x] >= cut) {
                sx += x;
                sy += y;
                n += 1;
            }
        }
    }
    return {sx / n, sy / n};
}

bool pointingHit(const cv::Mat& map, const cv::Mat& mask, double dilatePx)
{
    CV_Assert(mask.type() == CV_8UC1 && mask.size() == map.size());
    cv::Mat grown = mask;
    const int r = int(std::lround(dilatePx));
    if (r > 0)
        cv::dilate(mask, grown, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * r + 1, 2 * r + 1)));
    const cv::Point2d peak = heatmapPeak(map);
    const cv::Point p(std::clamp(int(std::lround(peak.x)), 0, map.cols - 1), std::clamp(int(std::lround(peak.y)), 0, map.rows - 1));
    return grown.at<unsigned char>(p) != 0;
}

std::vector<int> superpixelOrder(const cv::Mat& map, const cv::Mat& labels, int count)
{
    std::vector<double> sum(size_t(count), 0.0), n(size_t(count), 0.0);
    for (int y = 0; y < map.rows; ++y) {
        const float* m = map.ptr<float>(y);
        const int* l = labels.ptr<int>(y);
        for (int x = 0; x < map.cols; ++x) {
            sum[size_t(l[x])] += m[x];
            n[size_t(l[x])] += 1;
        }
    }
    std::vector<int> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return sum[size_t(a)] / std::max(1.0, n[size_t(a)]) > sum[size_t(b)] / std::max(1.0, n[size_t(b)]);
    });
    return order;
}

std::vector<int> randomOrder(int count, std::mt19937_64& rng)
{
    std::vector<int> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), rng);
    return order;
}

std::vector<double> deletionCurve(const cv::Mat& input, const cv::Mat& fill, const cv::Mat& labels,
                                  const std::vector<int>& order, const BatchScore& score, int batchSize)
{
    const int count = int(order.size());
    std::vector<cv::Mat> inputs;
    std::vector<unsigned char> on(size_t(count), 1);
    inputs.push_back(input.clone());
    for (int removed = 0; removed < count; ++removed) {
        on[size_t(order[size_t(removed)])] = 0;
        inputs.push_back(composeSample(input, fill, labels, on));
    }
    std::vector<double> curve;
    const size_t batch = size_t(std::max(1, batchSize));
    for (size_t first = 0; first < inputs.size(); first += batch) {
        const size_t n = std::min(batch, inputs.size() - first);
        const std::vector<cv::Mat> part(inputs.begin() + std::ptrdiff_t(first), inputs.begin() + std::ptrdiff_t(first + n));
        const auto s = score(part);
        curve.insert(curve.end(), s.begin(), s.end());
    }
    return curve;
}

double curveArea(const std::vector<double>& curve)
{
    if (curve.size() < 2)
        return curve.empty() ? 0.0 : curve.front();
    double area = 0;
    for (size_t i = 1; i < curve.size(); ++i)
        area += 0.5 * (curve[i - 1] + curve[i]);
    return area / double(curve.size() - 1);
}

} // namespace ns::inference::explain
