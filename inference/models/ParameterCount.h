#pragma once
// Parameter counts that model cards and `models list` report (S0: SA-UNet 491K vs U-Net 9.4M).

#include <cstdint>

namespace torch::nn { class Module; }

namespace ns::models {

struct ParameterCount {
    std::int64_t trainable = 0;
    std::int64_t frozen = 0;
    std::int64_t total() const { return trainable + frozen; }
};

ParameterCount countParameters(const torch::nn::Module& module);

} // namespace ns::models
