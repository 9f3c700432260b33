#pragma once
// A Sequential that can sit inside another Sequential: AnyModule needs a forward with
// concrete types, and Sequential's is a template (the LibTorch-documented workaround).

#include <torch/nn/modules/container/sequential.h>

namespace ns::models {

class StackImpl : public torch::nn::SequentialImpl {
public:
    using torch::nn::SequentialImpl::SequentialImpl;
    torch::Tensor forward(torch::Tensor x) { return torch::nn::SequentialImpl::forward(std::move(x)); }
};
TORCH_MODULE(Stack);

} // namespace ns::models
