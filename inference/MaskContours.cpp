#include "inference/MaskContours.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ns::inference {

namespace {

QPolygonF ellipsePolygon(const cv::RotatedRect& e, int points = 64)
{
    QPolygonF poly;
    const double a = e.size.width / 2.0;
    const double b = e.size.height / 2.0;
    const double t = e.angle * CV_PI / 180.0;
    for (int i = 0; i < points; ++i) {
        const double u = 2 * CV_PI * i / points;
        const double x = a * std::cos(u);
        const double y = b * std::sin(u);
        poly << QPointF(e.center.x + x * std::cos(t) - y * std::sin(t), e.center.y + x * std::sin(t) + y * std::cos(t));
    }
    return poly;
}

// The outline along pixel edges, not through boundary pixel centres: tracing centres
// loses half a pixel all round, which on a 25-px-wide nerve is an 8% area bias. Tracing
// a 4x nearest-neighbour upscale leaves only 1/8 px, then the polygon is simplified to
// half a pixel.
QPolygonF pixelOutline(const cv::Mat& component, const cv::Mat& stats, int label)
{
    constexpr int k = 4;
    const cv::Rect box(stats.at<int>(label, cv::CC_STAT_LEFT), stats.at<int>(label, cv::CC_STAT_TOP),
                       stats.at<int>(label, cv::CC_STAT_WIDTH), stats.at<int>(label, cv::CC_STAT_HEIGHT));
    cv::Mat up;
    cv::resize(component(box), up, {}, k, k, cv::INTER_NEAREST);
    cv::copyMakeBorder(up, up, 1, 1, 1, 1, cv::BORDER_CONSTANT, 0);
    std::vector<std::vector<cv::Point>> traced;
    cv::findContours(up, traced, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_NONE);
    if (traced.empty())
        return {};
    const auto& outline = *std::max_element(traced.begin(), traced.end(), [](const auto& a, const auto& b) {
        return cv::contourArea(a) < cv::contourArea(b);
    });
    std::vector<cv::Point> simplified;
    cv::approxPolyDP(outline, simplified, 0.5 * k, true);
    QPolygonF poly;
    for (const cv::Point& p : simplified)
        poly << QPointF(box.x + (p.x - 1 + 0.5) / k, box.y + (p.y - 1 + 0.5) / k);
    return poly;
}

QPolygonF ellipseOutline(const cv::Mat& component)
{
    std::vector<std::vector<cv::Point>> traced;
    cv::findContours(component, traced, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_NONE);
    if (traced.empty())
        return {};
    const auto& outline = *std::max_element(traced.begin(), traced.end(), [](const auto& a, const auto& b) {
        return cv::contourArea(a) < cv::contourArea(b);
    });
    if (outline.size() < 5)
        return {};
    cv::RotatedRect e = cv::fitEllipse(outline);
    // Fitted to boundary pixel centres: grow by half a pixel to reach the pixel edges.
    e.center += cv::Point2f(0.5f, 0.5f);
    e.size.width += 1.f;
    e.size.height += 1.f;
    return ellipsePolygon(e);
}

} // namespace

ExtractedContours extractContours(const cv::Mat& probability, const ContourExtraction& options)
{
    CV_Assert(probability.type() == CV_32FC1);
    ExtractedContours out;
    cv::Mat binary = probability > options.threshold; // 255 / 0
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(binary, labels, stats, centroids, 8, CV_32S);
    std::vector<int> order;
    for (int i = 1; i < n; ++i)
        if (stats.at<int>(i, cv::CC_STAT_AREA) >= options.minComponentPixels)
            order.push_back(i);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return stats.at<int>(a, cv::CC_STAT_AREA) > stats.at<int>(b, cv::CC_STAT_AREA); });
    out.mask = cv::Mat::zeros(probability.size(), CV_8U);
    if (order.empty())
        return out;
    const int largest = stats.at<int>(order.front(), cv::CC_STAT_AREA);
    int kept = 0;
    for (int label : order) {
        if (kept >= options.maxComponents)
            break;
        if (kept > 0 && stats.at<int>(label, cv::CC_STAT_AREA) < options.minComponentFraction * largest)
            break;
        ++kept;
        cv::Mat component = labels == label;
        const QPolygonF poly = options.ellipseRegularise ? ellipseOutline(component) : pixelOutline(component, stats, label);
        if (poly.size() < 3)
            continue;
        out.mask.setTo(255, component);
        out.contours << poly;
        out.meanProbability << cv::mean(probability, component)[0];
    }
    return out;
}

} // namespace ns::inference
