#include "inference/models/Activations.h"

#include <torch/nn/functional/activation.h>


namespace ns::models {

namespace {
constexpr double kHalfNormalMean = 0.7978845608028654; // E|xi| = sqrt(2/pi)
}

std::string toString(ActivationKind kind)
{
    switch (kind) {
    case ActivationKind::ReLU: return "relu";
    case ActivationKind::NoisyReLU: return "noisy_relu";
    case ActivationKind::NoisyHardTanh: return "noisy_hard_tanh";
    case ActivationKind::NoisyHardSigmoid: return "noisy_hard_sigmoid";
    }
    return "relu";
}

std::optional<ActivationKind> activationFromString(const std::string& name)
{
    for (auto k : {ActivationKind::ReLU, ActivationKind::NoisyReLU, ActivationKind::NoisyHardTanh,
                   ActivationKind::NoisyHardSigmoid})
        if (toString(k) == name)
            return k;
    return std::nullopt;
}

NoisyParams defaultNoisyParams(ActivationKind kind)
{
    NoisyParams p;
    if (kind == ActivationKind::NoisyHardSigmoid) {
        p.alpha = 1.1;
        p.c = 0.15;
        p.halfNormal = true;
    }
    return p;
}

ActivationImpl::ActivationImpl(ActivationKind kind) : ActivationImpl(kind, defaultNoisyParams(kind)) {}

ActivationImpl::ActivationImpl(ActivationKind kind, NoisyParams params) : kind_(kind), params_(params) {}

torch::Tensor ActivationImpl::linear(const torch::Tensor& x) const
{
    return kind_ == ActivationKind::NoisyHardSigmoid ? x * 0.25 + 0.5 : x;
}

torch::Tensor ActivationImpl::hard(const torch::Tensor& x) const
{
    switch (kind_) {
    case ActivationKind::ReLU:
    case ActivationKind::NoisyReLU: return torch::relu(x);
    case ActivationKind::NoisyHardTanh: return torch::clamp(x, -1.0, 1.0);
    case ActivationKind::NoisyHardSigmoid: return torch::clamp(x * 0.25 + 0.5, 0.0, 1.0);
    }
    return torch::relu(x);
}

torch::Tensor ActivationImpl::forward(const torch::Tensor& x)
{
    if (kind_ == ActivationKind::ReLU)
        return torch::relu(x);
    const double alpha = params_.alpha;
    const auto h = hard(x);
    const auto u = linear(x);
    const auto delta = u - h;
    // With alpha > 1 the deterministic part sits on the inner side of h, and in every
    // saturated region d(x) = sgn(x) = sgn(u - h): half-normal noise pushes back out
    // towards u; Gaussian noise is symmetric anyway.
    const double s = (1.0 - alpha) > 0 ? 1.0 : ((1.0 - alpha) < 0 ? -1.0 : 0.0);
    const auto d = -torch::sign(x) * s;
    const auto sig = torch::sigmoid(delta * params_.p) - 0.5;
    const auto sigma = params_.c * sig * sig;
    // alpha*h + (1-alpha)*u written so that it is exactly h wherever u == h.
    auto out = h + (1.0 - alpha) * delta;
    if (is_training()) {
        auto xi = torch::randn_like(x);
        if (params_.halfNormal)
            xi = xi.abs();
        return out + d * sigma * xi;
    }
    if (params_.halfNormal)
        return out + d * sigma * kHalfNormalMean;
    return out;
}

} // namespace ns::models
