#include "inference/training/Losses.h"

#include <torch/nn/functional/loss.h>

namespace ns::training {

torch::Tensor softDiceLoss(const torch::Tensor& logits, const torch::Tensor& target, double smooth)
{
    const torch::Tensor p = torch::sigmoid(logits);
    const torch::Tensor intersection = (p * target).sum();
    return 1.0 - (2.0 * intersection + smooth) / (p.sum() + target.sum() + smooth);
}

torch::Tensor segmentationLoss(const torch::Tensor& logits, const torch::Tensor& target)
{
    return softDiceLoss(logits, target) + torch::binary_cross_entropy_with_logits(logits, target);
}

torch::Tensor classificationLoss(const torch::Tensor& logits, const torch::Tensor& labels)
{
    return torch::nn::functional::cross_entropy(logits, labels);
}

} // namespace ns::training
