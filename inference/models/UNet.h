#pragma once
// The segmentation nets: S0's SA-UNet and the plain U-Net baseline share one
// encoder-decoder; only the convolution inside the double-conv blocks differs.

#include "inference/models/Activations.h"
#include "inference/models/InferenceOptimize.h"
#include "inference/models/NetModule.h"
#include "inference/models/ScaleAttentionConv.h"

#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/any.h>
#include <torch/nn/modules/conv.h>

#include <array>
#include <optional>
#include <vector>

namespace ns::models {

struct UNetOptions {
    // Channels of the first level; each of the `depth` poolings doubles them.
    int baseWidth = 16;
    int depth = 4;
    // true: S0's scale-attentional convolution; false: plain 3x3 convolution.
    bool scaleAttention = true;
    int saSteps = 4;
    ActivationKind activation = ActivationKind::ReLU;
    int inChannels = 1;

    static UNetOptions saUNet() { return {}; }
    static UNetOptions plain()
    {
        UNetOptions o;
        o.baseWidth = 32;
        o.scaleAttention = false;
        return o;
    }
};

// conv -> BN -> act -> conv -> BN -> act, the conv being SA or plain 3x3.
class DoubleConvImpl : public torch::nn::Module {
public:
    DoubleConvImpl(std::int64_t in, std::int64_t out, const UNetOptions& o);
    torch::Tensor forward(torch::Tensor x);

    // Inference fast path (InferenceOptimize.h): BN folded into a plain conv; for an SA
    // conv, ECA's channel weights and the BN's affine in one multiply-add.
    void prepareForInference(c10::MemoryFormat format);
    void dropInferencePath() { stages_.reset(); }
    bool hasInferencePath() const { return stages_.has_value(); }
    torch::Tensor forwardInference(const torch::Tensor& x);

private:
    struct Stage {
        ScaleAttentionConv sa{nullptr};
        torch::nn::Conv2d plain{nullptr};
        BnAffine affine;   // SA conv
        FoldedConv folded; // plain conv
    };
    torch::Tensor inferStage(Stage& s, const Activation& act, const torch::Tensor& x);

    torch::nn::AnyModule conv1_, conv2_;
    torch::nn::BatchNorm2d bn1_{nullptr}, bn2_{nullptr};
    Activation act1_{nullptr}, act2_{nullptr};
    bool scaleAttention_;
    std::optional<std::array<Stage, 2>> stages_;
};
TORCH_MODULE(DoubleConv);

// Input N x inChannels x H x W (H, W divisible by 2^depth); output N x 1 x H x W logits.
class UNet : public NetModule {
public:
    explicit UNet(const UNetOptions& options = {});
    torch::Tensor forward(torch::Tensor x) override;
    // *features: the bottleneck (the deepest, coarsest block), for Grad-CAM.
    torch::Tensor forwardKeepingFeatures(torch::Tensor x, torch::Tensor* features) override;
    const UNetOptions& options() const { return options_; }
    // See InferenceOptimize.h; train(true) drops what this builds.
    void prepareForInference(c10::MemoryFormat format) override;
    void train(bool on = true) override;

private:
    torch::Tensor forwardInference(torch::Tensor x);

    UNetOptions options_;
    // Set by prepareForInference: the up-convs with their BN folded in, on this device.
    std::vector<FoldedConv> upFolded_;
    std::optional<torch::Device> inferenceDevice_;
    c10::MemoryFormat inferenceFormat_ = c10::MemoryFormat::Contiguous;
    std::vector<DoubleConv> down_;
    std::vector<torch::nn::Conv2d> upConv_;
    std::vector<torch::nn::BatchNorm2d> upBn_;
    std::vector<Activation> upAct_;
    std::vector<DoubleConv> up_;
    torch::nn::Conv2d head_{nullptr};
};

} // namespace ns::models
