#pragma once
// Training losses on logits (the networks never apply sigmoid/softmax themselves).
// Includes LibTorch: include from .cpp files only.

#include <torch/types.h>

namespace ns::training {

// Soft dice over the whole batch, 1 - 2 sum(p q) / (sum p + sum q) (S0), with p =
// sigmoid(logits). `smooth` keeps frames without a nerve (empty masks) from dividing by 0.
torch::Tensor softDiceLoss(const torch::Tensor& logits, const torch::Tensor& target, double smooth = 1.0);

// Segmentation: soft dice + binary cross-entropy with logits, equally weighted. Dice alone
// gives no gradient signal on empty frames; BCE gives a per-pixel one there.
torch::Tensor segmentationLoss(const torch::Tensor& logits, const torch::Tensor& target);

// Classifiers: cross-entropy of N x C logits against N class indices (int64).
torch::Tensor classificationLoss(const torch::Tensor& logits, const torch::Tensor& labels);

} // namespace ns::training
