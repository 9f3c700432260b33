#include "inference/explain/Perturbation.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <vector>

namespace ns::inference::explain {

namespace {

cv::Mat regionMeans(const cv::Mat& input, const cv::Mat& imageArea, const cv::Mat& regions)
{
    CV_Assert(regions.type() == CV_32SC1 && regions.size() == input.size());
    double top = 0;
    cv::minMaxLoc(regions, nullptr, &top);
    std::vector<double> sum(size_t(top) + 1, 0.0), n(size_t(top) + 1, 0.0);
    for (int y = 0; y < input.rows; ++y) {
        const float* in = input.ptr<float>(y);
        const int* l = regions.ptr<int>(y);
        const unsigned char* a = imageArea.empty() ? nullptr : imageArea.ptr<unsigned char>(y);
        for (int x = 0; x < input.cols; ++x)
            if (!a || a[x]) {
                sum[size_t(l[x])] += in[x];
                n[size_t(l[x])] += 1;
            }
    }
    cv::Mat out(input.size(), CV_32FC1);
    for (int y = 0; y < input.rows; ++y) {
        const int* l = regions.ptr<int>(y);
        float* o = out.ptr<float>(y);
        for (int x = 0; x < input.cols; ++x) {
            const size_t r = size_t(l[x]);
            o[x] = n[r] > 0 ? float(sum[r] / n[r]) : 0.0f;
        }
    }
    return out;
}

} // namespace

void fillWindowWithItsMean(cv::Mat& image, const cv::Rect& window, const cv::Mat& imageArea)
{
    cv::Mat part = image(window);
    if (imageArea.empty()) {
        part.setTo(cv::mean(part)[0]);
        return;
    }
    const cv::Mat area = imageArea(window);
    if (cv::countNonZero(area) > 0)
        part.setTo(cv::mean(part, area)[0], area);
}

cv::Mat fillImage(const cv::Mat& input, Fill fill, double blurSigma, const cv::Mat& imageArea, const cv::Mat& regions)
{
    CV_Assert(input.type() == CV_32FC1);
    CV_Assert(imageArea.empty() || (imageArea.type() == CV_8UC1 && imageArea.size() == input.size()));
    const bool padded = !imageArea.empty() && cv::countNonZero(imageArea) < int(imageArea.total());
    const double sigma = std::max(0.5, blurSigma);
    cv::Mat out;
    switch (fill) {
    case Fill::Zero: out = cv::Mat::zeros(input.size(), CV_32FC1); break;
    case Fill::Blur:
        if (!padded) {
            cv::GaussianBlur(input, out, cv::Size(), sigma, 0, cv::BORDER_REFLECT);
        } else {
            // Normalised convolution: blur(image * area) / blur(area) averages image pixels only.
            cv::Mat area, weighted, norm;
            imageArea.convertTo(area, CV_32FC1, 1.0 / 255.0);
            cv::threshold(area, area, 0.0, 1.0, cv::THRESH_BINARY);
            cv::GaussianBlur(input.mul(area), weighted, cv::Size(), sigma, 0, cv::BORDER_REFLECT);
            cv::GaussianBlur(area, norm, cv::Size(), sigma, 0, cv::BORDER_REFLECT);
            cv::divide(weighted, cv::max(norm, 1e-6), out);
        }
        break;
    case Fill::Region:
        CV_Assert(!regions.empty()); // windows use fillWindowWithItsMean
        out = regionMeans(input, padded ? imageArea : cv::Mat(), regions);
        break;
    case Fill::Mean:
        out = cv::Mat(input.size(), CV_32FC1, cv::Scalar(cv::mean(input, padded ? imageArea : cv::noArray())[0]));
        break;
    }
    if (padded)
        input.copyTo(out, imageArea == 0);
    return out;
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
