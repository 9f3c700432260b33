#include "inference/models/ScaleAttentionConv.h"

#include "inference/models/InferenceOptimize.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace ns::models {

int ecaKernelSize(std::int64_t channels)
{
    const auto t = static_cast<int>(std::abs(std::log2(static_cast<double>(channels)) / 2.0 + 0.5));
    return t % 2 ? t : t + 1;
}

EcaImpl::EcaImpl(std::int64_t channels)
{
    const int k = ecaKernelSize(channels);
    conv_ = register_module("conv", torch::nn::Conv1d(torch::nn::Conv1dOptions(1, 1, k).padding(k / 2).bias(false)));
}

torch::Tensor EcaImpl::attention(const torch::Tensor& x)
{
    const auto n = x.size(0);
    const auto c = x.size(1);
    auto w = x.mean({2, 3}).view({n, 1, c});
    return torch::sigmoid(conv_->forward(w)).view({n, c, 1, 1});
}

torch::Tensor EcaImpl::forward(const torch::Tensor& x) { return x * attention(x); }

ScaleAttentionConvImpl::ScaleAttentionConvImpl(std::int64_t inChannels, std::int64_t outChannels, int steps)
{
    if (steps < 1 || outChannels % steps != 0)
        throw std::invalid_argument("ScaleAttentionConv: " + std::to_string(outChannels)
                                    + " output channels do not split into " + std::to_string(steps) + " steps");
    const auto b = outChannels / steps;
    using torch::nn::Conv2dOptions;
    bottleneck_ = register_module("h1", torch::nn::Conv2d(Conv2dOptions(inChannels, b, 1).bias(false)));
    for (int i = 1; i < steps; ++i) {
        const auto n = std::to_string(i + 1);
        depthwise_.push_back(register_module(
            "h" + n + "_dw", torch::nn::Conv2d(Conv2dOptions(b, b, 3).padding(1).groups(b).bias(false))));
        pointwise_.push_back(register_module("h" + n + "_pw", torch::nn::Conv2d(Conv2dOptions(b, b, 1).bias(false))));
    }
    eca_ = register_module("eca", Eca(outChannels));
}

torch::Tensor ScaleAttentionConvImpl::forward(const torch::Tensor& x)
{
    const auto p = parts(x, false);
    return p.features * p.attention;
}

ScaleAttentionConvImpl::Parts ScaleAttentionConvImpl::parts(const torch::Tensor& x, bool direct)
{
    const auto conv = [direct](torch::nn::Conv2d& c, const torch::Tensor& in) {
        return direct ? directConv2d(*c, in) : c->forward(in);
    };
    std::vector<torch::Tensor> outs;
    outs.reserve(depthwise_.size() + 1);
    auto f = conv(bottleneck_, x);
    outs.push_back(f);
    for (std::size_t i = 0; i < depthwise_.size(); ++i) {
        f = conv(pointwise_[i], conv(depthwise_[i], f));
        outs.push_back(f);
    }
    auto features = torch::cat(outs, 1);
    auto attention = eca_->attention(features);
    return {std::move(features), std::move(attention)};
}

} // namespace ns::models
