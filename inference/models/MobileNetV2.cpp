#include "inference/models/Classifiers.h"
#include "inference/models/Stack.h"

#include <torch/nn/init.h>
#include <torch/nn/modules/activation.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/dropout.h>
#include <torch/nn/modules/pooling.h>

namespace ns::models {

namespace {

using torch::nn::Conv2dOptions;

Stack convBnRelu6(std::int64_t in, std::int64_t out, std::int64_t k, std::int64_t stride,
                                  std::int64_t groups = 1)
{
    return Stack(
        torch::nn::Conv2d(Conv2dOptions(in, out, k).stride(stride).padding((k - 1) / 2).groups(groups).bias(false)),
        torch::nn::BatchNorm2d(out), torch::nn::ReLU6());
}

class InvertedResidualImpl : public torch::nn::Module {
public:
    InvertedResidualImpl(std::int64_t in, std::int64_t out, std::int64_t stride, std::int64_t expand)
        : residual_(stride == 1 && in == out)
    {
        const auto hidden = in * expand;
        torch::nn::Sequential body;
        if (expand != 1)
            body->push_back(convBnRelu6(in, hidden, 1, 1));
        body->push_back(convBnRelu6(hidden, hidden, 3, stride, hidden));
        body->push_back(torch::nn::Conv2d(Conv2dOptions(hidden, out, 1).bias(false)));
        body->push_back(torch::nn::BatchNorm2d(out));
        body_ = register_module("conv", body);
    }
    torch::Tensor forward(const torch::Tensor& x) { return residual_ ? x + body_->forward(x) : body_->forward(x); }

private:
    bool residual_;
    torch::nn::Sequential body_{nullptr};
};
TORCH_MODULE(InvertedResidual);

} // namespace

MobileNetV2::MobileNetV2(const ClassifierOptions& o)
{
    // t (expansion), c (channels), n (repeats), s (first stride): torchvision's table.
    const int table[7][4] = {{1, 16, 1, 1}, {6, 24, 2, 2}, {6, 32, 3, 2}, {6, 64, 4, 2},
                             {6, 96, 3, 1}, {6, 160, 3, 2}, {6, 320, 1, 1}};
    torch::nn::Sequential features;
    features->push_back(convBnRelu6(o.inChannels, 32, 3, 2));
    std::int64_t in = 32;
    for (const auto& row : table) {
        for (int i = 0; i < row[2]; ++i) {
            features->push_back(InvertedResidual(in, row[1], i == 0 ? row[3] : 1, row[0]));
            in = row[1];
        }
    }
    features->push_back(convBnRelu6(in, 1280, 1, 1));
    features->push_back(torch::nn::AdaptiveAvgPool2d(1));
    features_ = register_module("features", features);
    classifier_ = register_module(
        "classifier", torch::nn::Sequential(torch::nn::Dropout(o.dropout < 0 ? 0.2 : o.dropout),
                                            torch::nn::Linear(1280, o.numClasses)));
    for (auto& m : modules(false)) {
        if (auto* c = m->as<torch::nn::Conv2dImpl>()) {
            torch::nn::init::kaiming_normal_(c->weight, 0.0, torch::kFanOut);
        } else if (auto* l = m->as<torch::nn::LinearImpl>()) {
            torch::nn::init::normal_(l->weight, 0.0, 0.01);
            torch::nn::init::zeros_(l->bias);
        }
    }
}

torch::Tensor MobileNetV2::forward(torch::Tensor x)
{
    return classifier_->forward(torch::flatten(features_->forward(x), 1));
}

} // namespace ns::models
