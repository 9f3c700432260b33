#include "inference/models/Classifiers.h"

#include <torch/nn/init.h>
#include <torch/nn/modules/activation.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/dropout.h>
#include <torch/nn/modules/pooling.h>

namespace ns::models {

namespace {

using torch::nn::Conv2d;
using torch::nn::Conv2dOptions;

class FireImpl : public torch::nn::Module {
public:
    FireImpl(std::int64_t in, std::int64_t squeeze, std::int64_t expand1, std::int64_t expand3)
    {
        squeeze_ = register_module("squeeze", Conv2d(Conv2dOptions(in, squeeze, 1)));
        expand1_ = register_module("expand1x1", Conv2d(Conv2dOptions(squeeze, expand1, 1)));
        expand3_ = register_module("expand3x3", Conv2d(Conv2dOptions(squeeze, expand3, 3).padding(1)));
    }
    torch::Tensor forward(torch::Tensor x)
    {
        x = torch::relu(squeeze_->forward(x));
        return torch::cat({torch::relu(expand1_->forward(x)), torch::relu(expand3_->forward(x))}, 1);
    }

private:
    Conv2d squeeze_{nullptr}, expand1_{nullptr}, expand3_{nullptr};
};
TORCH_MODULE(Fire);

torch::nn::MaxPool2d pool() { return torch::nn::MaxPool2d(torch::nn::MaxPool2dOptions(3).stride(2).ceil_mode(true)); }

} // namespace

SqueezeNet11::SqueezeNet11(const ClassifierOptions& o)
{
    features_ = register_module(
        "features",
        torch::nn::Sequential(Conv2d(Conv2dOptions(o.inChannels, 64, 3).stride(2)), torch::nn::ReLU(), pool(),
                              Fire(64, 16, 64, 64), Fire(128, 16, 64, 64), pool(), Fire(128, 32, 128, 128),
                              Fire(256, 32, 128, 128), pool(), Fire(256, 48, 192, 192), Fire(384, 48, 192, 192),
                              Fire(384, 64, 256, 256), Fire(512, 64, 256, 256)));
    Conv2d finalConv(Conv2dOptions(512, o.numClasses, 1));
    classifier_ = register_module(
        "classifier", torch::nn::Sequential(torch::nn::Dropout(o.dropout < 0 ? 0.5 : o.dropout), finalConv,
                                            torch::nn::ReLU(), torch::nn::AdaptiveAvgPool2d(1)));
    // torchvision's init: kaiming-uniform convs, the final conv N(0, 0.01), zero biases.
    for (auto& m : modules(/*include_self=*/false)) {
        if (auto* c = m->as<torch::nn::Conv2dImpl>()) {
            if (c == finalConv.get())
                torch::nn::init::normal_(c->weight, 0.0, 0.01);
            else
                torch::nn::init::kaiming_uniform_(c->weight);
            torch::nn::init::zeros_(c->bias);
        }
    }
}

torch::Tensor SqueezeNet11::forward(torch::Tensor x)
{
    return torch::flatten(classifier_->forward(features_->forward(x)), 1);
}

} // namespace ns::models
