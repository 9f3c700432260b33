#pragma once
// Activations selectable in the U-Nets: plain ReLU or the noisy activations of S2
// (Gulcehre et al. 2016, "Noisy Activation Functions").

#include <torch/nn/module.h>
#include <torch/nn/pimpl.h>
#include <torch/types.h>

#include <optional>
#include <string>

namespace ns::models {

enum class ActivationKind { ReLU, NoisyReLU, NoisyHardTanh, NoisyHardSigmoid };

std::string toString(ActivationKind kind);
std::optional<ActivationKind> activationFromString(const std::string& name);

struct NoisyParams {
    double alpha = 1.15;
    double c = 0.5;
    double p = 1.0;
    // Half-normal noise |xi| instead of Gaussian xi (S2: the sigmoid variant).
    bool halfNormal = false;
};

// Gulcehre's defaults: tanh (and our ReLU, which shares its linear u) alpha 1.15,
// c 0.5, Gaussian noise; sigmoid alpha 1.1, c 0.15, half-normal noise; p = 1.
NoisyParams defaultNoisyParams(ActivationKind kind);

// phi(x, xi) = alpha*h(x) + (1-alpha)*u(x) + d(x)*sigma(x)*xi
//   h: the hard function (relu, hard tanh = clamp(x,-1,1), hard sigmoid =
//      clamp(0.25x+0.5, 0, 1));
//   u: the first-order Taylor expansion at 0 of the soft function that h clips
//      (x for tanh and relu, 0.25x + 0.5 for sigmoid). The paper builds h as the
//      clipped u, so u - h is zero exactly where h is not saturated; taking the
//      soft function itself (tanh) for u would add noise everywhere, contrary to
//      "noise only where the hard function saturates".
//   d(x) = -sgn(x)*sgn(1-alpha), sigma(x) = c*(sigmoid(p*(u-h)) - 0.5)^2.
// Training draws xi per element; eval replaces xi by E[xi] (0, or sqrt(2/pi) for
// half-normal), so inference is deterministic.
class ActivationImpl : public torch::nn::Module {
public:
    explicit ActivationImpl(ActivationKind kind = ActivationKind::ReLU);
    ActivationImpl(ActivationKind kind, NoisyParams params);
    torch::Tensor forward(const torch::Tensor& x);

    ActivationKind kind() const { return kind_; }
    const NoisyParams& params() const { return params_; }
    // Exposed for tests: the hard and linear parts.
    torch::Tensor hard(const torch::Tensor& x) const;
    torch::Tensor linear(const torch::Tensor& x) const;

private:
    ActivationKind kind_;
    NoisyParams params_;
};
TORCH_MODULE(Activation);

} // namespace ns::models
