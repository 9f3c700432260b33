#pragma once
// cv::Mat <-> torch::Tensor for the engines and training. Includes LibTorch: include it
// from .cpp files only, never from a header others include.

#include <opencv2/core.hpp>
#include <torch/types.h>

#include <cstring>

#include <vector>

namespace ns::inference {

// Same-sized CV_32FC1 images to an N x 1 x H x W float tensor (copied, contiguous).
inline torch::Tensor batchFromMats(const std::vector<cv::Mat>& images)
{
    const int n = int(images.size());
    const int h = images.front().rows;
    const int w = images.front().cols;
    torch::Tensor t = torch::empty({n, 1, h, w}, torch::kFloat32);
    float* dst = t.data_ptr<float>();
    for (const cv::Mat& m : images) {
        CV_Assert(m.type() == CV_32FC1 && m.rows == h && m.cols == w);
        for (int y = 0; y < h; ++y) {
            std::memcpy(dst, m.ptr<float>(y), sizeof(float) * size_t(w));
            dst += w;
        }
    }
    return t;
}

// One H x W (or 1 x H x W) float tensor on any device to CV_32FC1.
inline cv::Mat matFromTensor(const torch::Tensor& t)
{
    torch::Tensor c = t.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    const auto h = int(c.size(-2));
    const auto w = int(c.size(-1));
    cv::Mat m(h, w, CV_32FC1);
    std::memcpy(m.data, c.data_ptr<float>(), sizeof(float) * size_t(h) * size_t(w));
    return m;
}

} // namespace ns::inference
