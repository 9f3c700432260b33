#pragma once
// The scale-attentional convolution of S0 and its Efficient Channel Attention.

#include <torch/nn/module.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/pimpl.h>
#include <torch/types.h>

#include <vector>

namespace ns::models {

// ECA kernel size: the odd number nearest |log2(C)/2 + 1/2| (gamma 2, b 1), computed the
// way the ECA reference code does (t = int(|.|), t odd ? t : t + 1), which rounds ties
// (t even and exact, e.g. C = 128 -> 4) up: 16 -> 3, 64 -> 3, 128 -> 5, 256 -> 5.
int ecaKernelSize(std::int64_t channels);

// Global average pool -> 1-D conv across channels (k weights, no bias) -> sigmoid ->
// multiply. k parameters only, so it costs nothing next to the convolutions.
class EcaImpl : public torch::nn::Module {
public:
    explicit EcaImpl(std::int64_t channels);
    torch::Tensor forward(const torch::Tensor& x);
    // The N x C x 1 x 1 channel weights forward() multiplies x by.
    torch::Tensor attention(const torch::Tensor& x);

private:
    torch::nn::Conv1d conv_{nullptr};
};
TORCH_MODULE(Eca);

// Cascade of N linear convolutions, no nonlinearity or normalisation in between:
// H1 1x1 (Cin -> b), H2..HN depthwise 3x3 + pointwise 1x1 (b -> b). F(n) sees
// (2n-1)x(2n-1). The N outputs are concatenated (N*b = Cout channels, so b = Cout/N)
// and weighted by ECA. Each branch carrying Cout/N channels is what keeps the net at
// S0's size; see UNet.cpp for the parameter count. No biases: BN follows every use.
class ScaleAttentionConvImpl : public torch::nn::Module {
public:
    ScaleAttentionConvImpl(std::int64_t inChannels, std::int64_t outChannels, int steps = 4);
    torch::Tensor forward(const torch::Tensor& x);
    // forward() = features * attention, kept apart so that inference can fold the
    // multiply into the BN behind it. direct: convolutions through directConv2d
    // (InferenceOptimize.h), for inference only.
    struct Parts {
        torch::Tensor features, attention;
    };
    Parts parts(const torch::Tensor& x, bool direct);

private:
    torch::nn::Conv2d bottleneck_{nullptr};
    std::vector<torch::nn::Conv2d> depthwise_;
    std::vector<torch::nn::Conv2d> pointwise_;
    Eca eca_{nullptr};
};
TORCH_MODULE(ScaleAttentionConv);

} // namespace ns::models
