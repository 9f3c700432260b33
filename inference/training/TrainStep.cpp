#include "inference/training/TrainStep.h"

#include "inference/models/NetModule.h"
#include "inference/training/Losses.h"

namespace ns::training {

StepResult optimizeStep(ns::models::NetModule& net, torch::optim::Optimizer& optimizer, const Batch& batch,
                        TrainingTask task)
{
    optimizer.zero_grad();
    const torch::Tensor logits = net.forward(batch.input);
    const torch::Tensor loss = task == TrainingTask::Segmentation ? segmentationLoss(logits, batch.target)
                                                                  : classificationLoss(logits, batch.target);
    loss.backward();
    optimizer.step();
    return {loss.item<double>(), batch.input.size(0)};
}

StepResult trainStep(ns::models::NetModule& net, torch::optim::Optimizer& optimizer, const TrainingDataset& data,
                     const std::vector<int>& indices, TrainingTask task, const AugmentRanges* augment,
                     std::uint64_t seed, int epoch)
{
    return optimizeStep(net, optimizer, makeBatch(data, indices, task, augment, seed, epoch), task);
}

} // namespace ns::training
