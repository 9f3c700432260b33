#include "inference/explain/GradCam.h"

#include "inference/TensorImage.h"

#include <QCoreApplication>
#include <torch/autograd.h>
#include <torch/nn/functional/upsampling.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/pooling.h>

namespace ns::inference::explain {

namespace {

std::shared_ptr<torch::nn::SequentialImpl> child(ns::models::NetModule& net, const std::string& name)
{
    for (const auto& item : net.named_children())
        if (item.key() == name)
            return std::dynamic_pointer_cast<torch::nn::SequentialImpl>(item.value());
    return nullptr;
}

} // namespace

// Every classifier of inference/models is `features` (a Sequential whose convolutional part
// ends where its global pooling starts, if it has one inside) followed by `classifier` (a
// Sequential). Reading that structure here, instead of a hook in every model, keeps
// inference/models untouched; explainsForward() checks the logits equal forward()'s.
FeaturesAndLogits classifierFeatures(ns::models::NetModule& net, const torch::Tensor& x)
{
    auto features = child(net, "features");
    auto classifier = child(net, "classifier");
    if (!features || !classifier)
        return {};
    torch::Tensor f = x;
    bool pooled = false;
    torch::Tensor rest;
    for (auto& m : *features) {
        if (!pooled && m.ptr()->as<torch::nn::AdaptiveAvgPool2dImpl>()) {
            pooled = true;
            rest = f;
        }
        if (pooled)
            rest = m.forward(rest);
        else
            f = m.forward(f);
    }
    FeaturesAndLogits out;
    out.features = f;
    torch::Tensor head = pooled ? rest : f;
    bool linear = false;
    for (const auto& m : classifier->children())
        linear = linear || m->as<torch::nn::LinearImpl>() != nullptr;
    if (linear)
        head = torch::flatten(head, 1);
    out.logits = torch::flatten(classifier->forward(head), 1);
    return out;
}

cv::Mat gradCamMap(ns::models::NetModule& net, const torch::Device& device, const cv::Mat& input, int targetClass,
                   QString* error, const cv::Mat& nerveMask)
{
    torch::AutoGradMode grad(true);
    net.eval();
    const torch::Tensor x = batchFromMats({input}).to(device);
    FeaturesAndLogits out;
    torch::Tensor target;
    if (targetClass >= 0) {
        out = classifierFeatures(net, x);
        if (out.features.defined())
            target = torch::log_softmax(out.logits, 1)[0][targetClass];
    } else if (!nerveMask.empty()) {
        const torch::Tensor logits = net.forwardKeepingFeatures(x, &out.features);
        if (out.features.defined()) {
            const torch::Tensor mask = batchFromMats({nerveMask}).to(device);
            target = (logits * mask).sum() / mask.sum().clamp_min(1.0);
        }
    }
    if (!out.features.defined()) {
        if (error)
            *error = QCoreApplication::translate("Explain", "Grad-CAM is not offered for this model; use occlusion or LIME");
        return {};
    }
    const torch::Tensor g = torch::autograd::grad({target}, {out.features})[0];
    const torch::Tensor alpha = g.mean({2, 3}, /*keepdim=*/true);
    torch::Tensor cam = torch::relu((alpha * out.features).sum(1, /*keepdim=*/true)).detach();
    namespace F = torch::nn::functional;
    cam = F::interpolate(cam, F::InterpolateFuncOptions()
                                  .size(std::vector<std::int64_t>{input.rows, input.cols})
                                  .mode(torch::kBilinear)
                                  .align_corners(false));
    return matFromTensor(cam[0][0]);
}

} // namespace ns::inference::explain
