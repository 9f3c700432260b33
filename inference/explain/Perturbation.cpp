#include "inference/explain/Perturbation.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace ns::inference::explain {

cv::Mat fillImage(const cv::Mat& input, Fill fill, double blurSigma)
{
    CV_Assert(input.type() == CV_32FC1);
    switch (fill) {
    case Fill::Zero: return cv::Mat::zeros(input.size(), CV_32FC1);
    case Fill::Blur: {
        cv::Mat out;
        cv::GaussianBlur(input, out, cv::Size(), std::max(0.5, blurSigma), 0, cv::BORDER_REFLECT);
        return out;
    }
    case Fill::Mean: break;
    }
    return cv::Mat(input.size(), CV_32FC1, cv::Scalar(cv::mean(input)[0]));
}

std::vector<int> windowStarts(int length, int patch, int stride)
{
    std::vector<int> starts;
    patch = std::clamp(patch, 1, length);
    stride = std::max(1, stride);
    for (int s = 0; s + patch <= length; s += stride)
        starts.push_back(s);
    if (starts.empty() || starts.back() + patch < length)
        starts.push_back(length - patch);
    return starts;
}

} // namespace ns::inference::explain
