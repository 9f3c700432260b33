#include "inference/models/InferenceOptimize.h"

#include "inference/models/NetModule.h"

#include <torch/nn/functional/conv.h>

#include <stdexcept>
#include <variant>

namespace ns::models {

torch::Tensor inMemoryFormat(const torch::Tensor& t, c10::MemoryFormat format)
{
    // contiguous(format) is a no-op on a tensor whose channel dimension has size 1 (the
    // first conv's weight of a greyscale net: its strides are valid for both layouts), and
    // oneDNN then reads the layout from the strides as NCHW: the first layer's output and
    // everything up to the next conv (a max-pool: 4x slower in NCHW) ran in NCHW.
    if (t.dim() != 4 || t.suggest_memory_format() == format)
        return t;
    return t.clone(format);
}

void toMemoryFormat(torch::nn::Module& net, c10::MemoryFormat format)
{
    torch::NoGradGuard noGrad;
    for (auto& p : net.parameters())
        if (p.dim() == 4)
            p.set_data(inMemoryFormat(p.data(), format));
    for (auto& b : net.buffers())
        if (b.dim() == 4)
            b.set_data(inMemoryFormat(b, format));
}

void optimizeForInference(NetModule& net, c10::MemoryFormat format)
{
    toMemoryFormat(net, format);
    net.prepareForInference(format);
}

BnAffine bnAffine(const torch::nn::BatchNorm2dImpl& bn)
{
    torch::NoGradGuard noGrad;
    const auto c = bn.running_mean.size(0);
    auto scale = torch::rsqrt(bn.running_var + bn.options.eps());
    if (bn.weight.defined())
        scale = scale * bn.weight;
    auto shift = -bn.running_mean * scale;
    if (bn.bias.defined())
        shift = shift + bn.bias;
    return {scale.view({1, c, 1, 1}).clone(), shift.view({1, c, 1, 1}).clone()};
}

FoldedConv foldConvBn(const torch::nn::Conv2dImpl& conv, const torch::nn::BatchNorm2dImpl& bn,
                      c10::MemoryFormat format)
{
    if (conv.bias.defined())
        throw std::logic_error("foldConvBn: the conv in front of a BN has no bias here");
    torch::NoGradGuard noGrad;
    const auto a = bnAffine(bn);
    const auto out = conv.weight.size(0);
    return {inMemoryFormat((conv.weight * a.scale.view({out, 1, 1, 1})).contiguous(format), format),
            a.shift.view({out}).clone()};
}

torch::Tensor directConv2d(const torch::nn::Conv2dImpl& conv, const torch::Tensor& x, const torch::Tensor& weight,
                           const std::optional<torch::Tensor>& bias)
{
    const auto& o = conv.options;
    // LibTorch 1.x holds padding in a c10::variant, 2.x in a std::variant: the using
    // declaration makes this a template call, argument-dependent lookup picks the right one.
    using std::get_if;
    const auto* padding = get_if<torch::ExpandingArray<2>>(&o.padding());
    if (!padding)
        throw std::logic_error("directConv2d: explicit padding expected");
    const c10::optional<torch::Tensor> b = bias ? c10::optional<torch::Tensor>(*bias) : c10::nullopt;
    // Forcing oneDNN for every conv (at::mkldnn_convolution) measured slower at one thread:
    // for 1x1 convs at batch 1 ATen's im2col + BLAS path wins there, as ATen's own
    // heuristic says, so ATen keeps choosing.
    return at::conv2d(x, weight, b, o.stride(), *padding, o.dilation(), o.groups());
}

} // namespace ns::models
