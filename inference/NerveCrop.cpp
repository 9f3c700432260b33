#include "inference/NerveCrop.h"

#include "inference/FramePreprocess.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace ns::inference {

std::optional<cv::Point2d> nerveCentre(const cv::Mat& mask)
{
    if (mask.empty())
        return std::nullopt;
    cv::Mat binary;
    if (mask.type() == CV_8UC1)
        binary = mask != 0;
    else {
        cv::Mat f;
        mask.convertTo(f, CV_32F);
        binary = f > 0.5f;
    }
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(binary, labels, stats, centroids, 8, CV_32S);
    std::vector<int> components;
    for (int i = 1; i < n; ++i)
        components.push_back(i);
    if (components.empty())
        return std::nullopt;
    std::sort(components.begin(), components.end(), [&](int a, int b) {
        return stats.at<int>(a, cv::CC_STAT_AREA) > stats.at<int>(b, cv::CC_STAT_AREA);
    });
    components.resize(std::min<size_t>(2, components.size()));
    double sx = 0, sy = 0, area = 0;
    for (int c : components) {
        const double a = stats.at<int>(c, cv::CC_STAT_AREA);
        sx += centroids.at<double>(c, 0) * a;
        sy += centroids.at<double>(c, 1) * a;
        area += a;
    }
    return cv::Point2d(sx / area, sy / area);
}

QRectF nerveCropRect(cv::Point2d centre, double mmPerPx, double cropMm)
{
    const double side = cropMm / mmPerPx;
    return QRectF(centre.x - side / 2, centre.y - side / 2, side, side);
}

cv::Mat toCroppedModelInput(const cv::Mat& grey8, const QRectF& rect, cv::Size inputSize)
{
    CV_Assert(grey8.type() == CV_8UC1 && !grey8.empty());
    // Whole pixels, so the crop is a plain copy and the resize is the same area averaging
    // as for whole frames (warpAffine has no area filter).
    const int side = std::max(1, int(std::lround(rect.width())));
    const cv::Rect want(int(std::lround(rect.center().x() - side / 2.0)), int(std::lround(rect.center().y() - side / 2.0)), side, side);
    cv::Mat crop = cv::Mat::zeros(side, side, CV_8UC1);
    const cv::Rect inside = want & cv::Rect(0, 0, grey8.cols, grey8.rows);
    if (inside.area() > 0)
        grey8(inside).copyTo(crop(cv::Rect(inside.x - want.x, inside.y - want.y, inside.width, inside.height)));
    return toModelInput(crop, inputSize);
}

cv::Mat croppedImageArea(cv::Size frameSize, const QRectF& rect, cv::Size inputSize)
{
    const int side = std::max(1, int(std::lround(rect.width())));
    const cv::Rect want(int(std::lround(rect.center().x() - side / 2.0)), int(std::lround(rect.center().y() - side / 2.0)), side, side);
    cv::Mat area = cv::Mat::zeros(side, side, CV_32FC1);
    const cv::Rect inside = want & cv::Rect(0, 0, frameSize.width, frameSize.height);
    if (inside.area() > 0)
        area(cv::Rect(inside.x - want.x, inside.y - want.y, inside.width, inside.height)).setTo(1.0f);
    cv::Mat small;
    cv::resize(area, small, inputSize, 0, 0, cv::INTER_AREA);
    return small > 0.5f; // a model pixel belongs to the side that covers most of it
}

cv::Mat cropMapToFrame(const cv::Mat& modelMap, const QRectF& rect, cv::Size frameSize)
{
    CV_Assert(modelMap.type() == CV_32FC1);
    cv::Mat out = cv::Mat::zeros(frameSize, CV_32FC1);
    const int side = std::max(1, int(std::lround(rect.width())));
    const cv::Rect want(int(std::lround(rect.center().x() - side / 2.0)), int(std::lround(rect.center().y() - side / 2.0)), side, side);
    cv::Mat scaled;
    cv::resize(modelMap, scaled, cv::Size(side, side), 0, 0, cv::INTER_LINEAR);
    const cv::Rect inside = want & cv::Rect(0, 0, frameSize.width, frameSize.height);
    if (inside.area() > 0)
        scaled(cv::Rect(inside.x - want.x, inside.y - want.y, inside.width, inside.height)).copyTo(out(inside));
    return out;
}

} // namespace ns::inference
