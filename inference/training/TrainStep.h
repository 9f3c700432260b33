#pragma once
// One optimisation step of trainModel, on its own so that bench/train_throughput times the
// very code training runs: the batch's assembly (augmented copies of the samples, then
// tensors), forward, loss, backward and the optimiser's step.
// Includes LibTorch: include from .cpp files only.

#include "inference/training/Batches.h"

#include <torch/optim/optimizer.h>

#include <cstdint>
#include <vector>

namespace ns::models {
class NetModule;
}

namespace ns::training {

struct StepResult {
    double loss = 0;          // the batch's mean loss (may be NaN/inf: the caller checks)
    std::int64_t samples = 0; // the batch's size
};

// zero_grad, forward, the task's loss, backward, step on a ready batch.
StepResult optimizeStep(ns::models::NetModule& net, torch::optim::Optimizer& optimizer, const Batch& batch,
                        TrainingTask task);

// makeBatch (augmented when `augment` is set) then optimizeStep: one iteration of an epoch.
StepResult trainStep(ns::models::NetModule& net, torch::optim::Optimizer& optimizer, const TrainingDataset& data,
                     const std::vector<int>& indices, TrainingTask task, const AugmentRanges* augment,
                     std::uint64_t seed, int epoch);

} // namespace ns::training
