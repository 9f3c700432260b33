#include "inference/models/SeverityCnn.h"

#include <torch/nn/init.h>
#include <torch/nn/modules/activation.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/dropout.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/pooling.h>

namespace ns::models {

SeverityCnnOptions SeverityCnnOptions::transverse()
{
    SeverityCnnOptions o;
    o.convFilters = {16, 32, 64};
    o.denseUnits = {256, 72, 16};
    return o;
}

SeverityCnnOptions SeverityCnnOptions::longitudinal()
{
    SeverityCnnOptions o;
    o.convFilters = {16, 32};
    o.denseUnits = {256};
    return o;
}

SeverityCnnOptions SeverityCnnOptions::transverseDeep()
{
    SeverityCnnOptions o = transverse();
    o.convsPerBlock = 2;
    return o;
}

SeverityCnn::SeverityCnn(const SeverityCnnOptions& o)
{
    torch::nn::Sequential features;
    std::int64_t in = o.inChannels;
    std::int64_t side = o.inputSize;
    for (int f : o.convFilters) {
        for (int k = 0; k < o.convsPerBlock; ++k) {
            features->push_back(torch::nn::Conv2d(torch::nn::Conv2dOptions(in, f, 3).padding(1)));
            features->push_back(torch::nn::ReLU());
            features->push_back(torch::nn::BatchNorm2d(f));
            in = f;
        }
        features->push_back(torch::nn::MaxPool2d(2));
        side /= 2;
    }
    if (o.poolTo > 0) {
        features->push_back(torch::nn::AdaptiveAvgPool2d(o.poolTo));
        side = o.poolTo;
    }
    features_ = register_module("features", features);

    torch::nn::Sequential classifier;
    std::int64_t width = in * side * side;
    for (int units : o.denseUnits) {
        classifier->push_back(torch::nn::Linear(width, units));
        classifier->push_back(torch::nn::ReLU());
        classifier->push_back(torch::nn::Dropout(o.dropout));
        width = units;
    }
    classifier->push_back(torch::nn::Linear(width, o.numClasses));
    classifier_ = register_module("classifier", classifier);

    // he_normal (std sqrt(2/fan_in)) for convs and dense layers, zero biases, as S3.
    for (auto& m : modules(false)) {
        if (auto* c = m->as<torch::nn::Conv2dImpl>()) {
            torch::nn::init::kaiming_normal_(c->weight, 0.0, torch::kFanIn);
            torch::nn::init::zeros_(c->bias);
        } else if (auto* l = m->as<torch::nn::LinearImpl>()) {
            torch::nn::init::kaiming_normal_(l->weight, 0.0, torch::kFanIn);
            torch::nn::init::zeros_(l->bias);
        }
    }
}

torch::Tensor SeverityCnn::forward(torch::Tensor x)
{
    return classifier_->forward(torch::flatten(features_->forward(x), 1));
}

} // namespace ns::models
