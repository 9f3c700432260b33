#pragma once
// The one interface an engine needs: any network of this folder is a NetModule, so a
// Segmenter or Grader can hold a std::shared_ptr<NetModule> without knowing which one.

#include <torch/nn/module.h>
#include <torch/types.h>

namespace ns::models {

class NetModule : public torch::nn::Module {
public:
    using torch::nn::Module::Module;
    // Segmentation nets: N x 1 x H x W logits; classifiers: N x classes logits.
    // Logits, never probabilities: the engine applies sigmoid/softmax, and training
    // uses the numerically stable *_with_logits losses.
    virtual torch::Tensor forward(torch::Tensor x) = 0;
    // Called by optimizeForInference (InferenceOptimize.h) once the weights are final and
    // in `format`; a net with an inference-only fast path builds it here. Default: none.
    virtual void prepareForInference(c10::MemoryFormat /*format*/) {}
    // forward() that also hands out the activations of the block Grad-CAM looks at (a
    // segmentation net's bottleneck), still in the autograd graph. Default: none (an
    // undefined tensor); classifiers expose theirs through features/classifier instead.
    virtual torch::Tensor forwardKeepingFeatures(torch::Tensor x, torch::Tensor* features)
    {
        if (features)
            *features = torch::Tensor();
        return forward(std::move(x));
    }
};

} // namespace ns::models
