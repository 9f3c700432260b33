#pragma once
// The CPU inference path that TorchScript freezing gives Python but an nn::Module in C++
// does not get (torch::jit::freeze and optimize_for_inference work on scripted modules
// only, and a torch::nn::Module cannot be scripted from C++). What we do instead, once,
// after the weights are loaded and eval() is set:
//  - weights in the chosen memory format (channels-last: oneDNN's depthwise and 1x1
//    kernels read NHWC directly instead of reordering every call);
//  - BN folded into the plain convolution in front of it (frozen TorchScript does the same);
//  - behind an SA conv, ECA's channel weights and the BN in one multiply-add, ReLU in place
//    (freezing cannot fold these: the ECA weights depend on the input).
// What Python's torch.jit.optimize_for_inference adds on top (oneDNN weights prepacked
// once, blocked layout kept between convs, conv+ReLU fused) has no C++ nn::Module
// equivalent; see bench/results/model_latency_cpu.md.

#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>
#include <torch/types.h>

#include <optional>

namespace ns::models {

class NetModule;

// `t` with strides that say `format`, also where contiguous(format) would leave it as it
// is (a size-1 channel dimension fits both layouts, and oneDNN then picks NCHW).
torch::Tensor inMemoryFormat(const torch::Tensor& t, c10::MemoryFormat format);
// Every 4-D parameter and buffer of `net` in `format` (inMemoryFormat), nothing else.
void toMemoryFormat(torch::nn::Module& net, c10::MemoryFormat format);

// Converts every 4-D parameter and buffer to `format` and lets the net prepare its fast
// path (UNet: BN folding). Re-run it after loading other weights; train() drops it.
void optimizeForInference(NetModule& net, c10::MemoryFormat format = c10::MemoryFormat::ChannelsLast);

// Per-channel y = x * scale + shift of an eval-mode BN, as 1 x C x 1 x 1 tensors.
struct BnAffine {
    torch::Tensor scale, shift;
};
BnAffine bnAffine(const torch::nn::BatchNorm2dImpl& bn);

// A bias-free convolution followed by an eval-mode BN, as one convolution with bias.
struct FoldedConv {
    torch::Tensor weight, bias;
};
FoldedConv foldConvBn(const torch::nn::Conv2dImpl& conv, const torch::nn::BatchNorm2dImpl& bn,
                      c10::MemoryFormat format);

// conv's geometry (stride, padding, groups) with the given weight and bias.
torch::Tensor directConv2d(const torch::nn::Conv2dImpl& conv, const torch::Tensor& x, const torch::Tensor& weight,
                           const std::optional<torch::Tensor>& bias);
inline torch::Tensor directConv2d(const torch::nn::Conv2dImpl& conv, const torch::Tensor& x)
{
    return directConv2d(conv, x, conv.weight,
                        conv.bias.defined() ? std::optional<torch::Tensor>(conv.bias) : std::nullopt);
}

} // namespace ns::models
