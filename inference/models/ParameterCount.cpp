#include "inference/models/ParameterCount.h"

#include <torch/nn/module.h>

namespace ns::models {

ParameterCount countParameters(const torch::nn::Module& module)
{
    ParameterCount count;
    for (const auto& p : module.parameters(/*recurse=*/true)) {
        if (p.requires_grad())
            count.trainable += p.numel();
        else
            count.frozen += p.numel();
    }
    return count;
}

} // namespace ns::models
