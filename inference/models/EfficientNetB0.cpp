#include "inference/models/Classifiers.h"
#include "inference/models/Stack.h"

#include <torch/nn/init.h>
#include <torch/nn/modules/activation.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/dropout.h>
#include <torch/nn/modules/pooling.h>

#include <algorithm>
#include <cmath>

namespace ns::models {

namespace {

using torch::nn::Conv2d;
using torch::nn::Conv2dOptions;

// torchvision's EfficientNet uses BN eps 1e-3 (the TF reference value).
torch::nn::BatchNorm2d bn(std::int64_t c) { return torch::nn::BatchNorm2d(torch::nn::BatchNorm2dOptions(c).eps(1e-3)); }

Stack convBnSilu(std::int64_t in, std::int64_t out, std::int64_t k, std::int64_t stride,
                                 std::int64_t groups = 1)
{
    return Stack(
        Conv2d(Conv2dOptions(in, out, k).stride(stride).padding((k - 1) / 2).groups(groups).bias(false)), bn(out),
        torch::nn::SiLU());
}

class SqueezeExcitationImpl : public torch::nn::Module {
public:
    SqueezeExcitationImpl(std::int64_t channels, std::int64_t squeeze)
    {
        fc1_ = register_module("fc1", Conv2d(Conv2dOptions(channels, squeeze, 1)));
        fc2_ = register_module("fc2", Conv2d(Conv2dOptions(squeeze, channels, 1)));
    }
    torch::Tensor forward(const torch::Tensor& x)
    {
        auto s = x.mean({2, 3}, /*keepdim=*/true);
        s = torch::sigmoid(fc2_->forward(torch::silu(fc1_->forward(s))));
        return x * s;
    }

private:
    Conv2d fc1_{nullptr}, fc2_{nullptr};
};
TORCH_MODULE(SqueezeExcitation);

class MBConvImpl : public torch::nn::Module {
public:
    MBConvImpl(std::int64_t in, std::int64_t out, std::int64_t kernel, std::int64_t stride, std::int64_t expand,
               double dropProb)
        : residual_(stride == 1 && in == out), dropProb_(dropProb)
    {
        const auto hidden = in * expand;
        torch::nn::Sequential body;
        if (expand != 1)
            body->push_back(convBnSilu(in, hidden, 1, 1));
        body->push_back(convBnSilu(hidden, hidden, kernel, stride, hidden));
        // SE squeezes to a quarter of the block's *input* channels, as torchvision.
        body->push_back(SqueezeExcitation(hidden, std::max<std::int64_t>(1, in / 4)));
        body->push_back(Conv2d(Conv2dOptions(hidden, out, 1).bias(false)));
        body->push_back(bn(out));
        body_ = register_module("block", body);
    }
    torch::Tensor forward(const torch::Tensor& x)
    {
        auto y = body_->forward(x);
        if (!residual_)
            return y;
        if (is_training() && dropProb_ > 0) {
            // Stochastic depth, per sample ("row" mode in torchvision).
            const double keep = 1.0 - dropProb_;
            auto mask = torch::empty({y.size(0), 1, 1, 1}, y.options()).bernoulli_(keep).div_(keep);
            y = y * mask;
        }
        return x + y;
    }

private:
    bool residual_;
    double dropProb_;
    torch::nn::Sequential body_{nullptr};
};
TORCH_MODULE(MBConv);

} // namespace

EfficientNetB0::EfficientNetB0(const ClassifierOptions& o)
{
    // expand, kernel, stride, in, out, layers: the B0 table (width and depth 1.0).
    const int table[7][6] = {{1, 3, 1, 32, 16, 1},   {6, 3, 2, 16, 24, 2},   {6, 5, 2, 24, 40, 2},
                             {6, 3, 2, 40, 80, 3},   {6, 5, 1, 80, 112, 3},  {6, 5, 2, 112, 192, 4},
                             {6, 3, 1, 192, 320, 1}};
    int total = 0;
    for (const auto& row : table)
        total += row[5];
    const double stochasticDepth = 0.2;
    torch::nn::Sequential features;
    features->push_back(convBnSilu(o.inChannels, 32, 3, 2));
    int blockId = 0;
    for (const auto& row : table) {
        Stack stage;
        for (int i = 0; i < row[5]; ++i) {
            const double p = stochasticDepth * blockId / total;
            stage->push_back(MBConv(i == 0 ? row[3] : row[4], row[4], row[1], i == 0 ? row[2] : 1, row[0], p));
            ++blockId;
        }
        features->push_back(stage);
    }
    features->push_back(convBnSilu(320, 1280, 1, 1));
    features->push_back(torch::nn::AdaptiveAvgPool2d(1));
    features_ = register_module("features", features);
    classifier_ = register_module(
        "classifier", torch::nn::Sequential(torch::nn::Dropout(o.dropout < 0 ? 0.2 : o.dropout),
                                            torch::nn::Linear(1280, o.numClasses)));
    for (auto& m : modules(false)) {
        if (auto* c = m->as<torch::nn::Conv2dImpl>()) {
            torch::nn::init::kaiming_normal_(c->weight, 0.0, torch::kFanOut);
            if (c->bias.defined())
                torch::nn::init::zeros_(c->bias);
        } else if (auto* l = m->as<torch::nn::LinearImpl>()) {
            const double r = 1.0 / std::sqrt(static_cast<double>(o.numClasses));
            torch::nn::init::uniform_(l->weight, -r, r);
            torch::nn::init::zeros_(l->bias);
        }
    }
}

torch::Tensor EfficientNetB0::forward(torch::Tensor x)
{
    return classifier_->forward(torch::flatten(features_->forward(x), 1));
}

} // namespace ns::models
