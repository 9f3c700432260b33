#pragma once
// S1's CTS classifiers: SqueezeNet 1.1, MobileNetV2, EfficientNet-B0, layer for layer
// as torchvision builds them, with a greyscale stem and a 2-class head. Weights are
// ours to train (no ImageNet weights ship with Debian), so the stem takes 1 channel
// instead of averaging a pretrained RGB kernel.

#include "inference/models/NetModule.h"

#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/linear.h>

namespace ns::models {

struct ClassifierOptions {
    int inChannels = 1;
    int numClasses = 2;
    double dropout = -1; // < 0: the architecture's own (0.5 SqueezeNet, 0.2 others)
};

// Fire modules, max-pool with ceil mode, conv classifier. As torchvision, the logits
// pass a ReLU before global pooling, so they are >= 0; softmax over 2 still works.
class SqueezeNet11 : public NetModule {
public:
    explicit SqueezeNet11(const ClassifierOptions& options = {});
    torch::Tensor forward(torch::Tensor x) override;

private:
    torch::nn::Sequential features_{nullptr}, classifier_{nullptr};
};

// Inverted residuals (expansion 6, ReLU6, linear bottleneck), width multiplier 1.0.
class MobileNetV2 : public NetModule {
public:
    explicit MobileNetV2(const ClassifierOptions& options = {});
    torch::Tensor forward(torch::Tensor x) override;

private:
    torch::nn::Sequential features_{nullptr}, classifier_{nullptr};
};

// MBConv with squeeze-and-excitation and SiLU, B0 stage table, stochastic depth 0.2.
class EfficientNetB0 : public NetModule {
public:
    explicit EfficientNetB0(const ClassifierOptions& options = {});
    torch::Tensor forward(torch::Tensor x) override;

private:
    torch::nn::Sequential features_{nullptr}, classifier_{nullptr};
};

} // namespace ns::models
