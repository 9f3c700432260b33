#pragma once
// Turning in-memory samples into network batches: the epoch's shuffled order, batch
// boundaries, and the (optionally augmented) input and target tensors.
// Includes LibTorch: include from .cpp files only.

#include "inference/training/TrainingConfig.h"
#include "inference/training/TrainingDataset.h"

#include <torch/types.h>

#include <cstdint>
#include <vector>

namespace ns::training {

// Index lists of one epoch's batches: a seeded permutation of the samples cut into batches
// of `batch`; a last batch of one sample is dropped (batch norm cannot train on it).
std::vector<std::vector<int>> epochBatches(int samples, int batch, std::uint64_t seed, int epoch);

// Index lists in order, every sample once (validation).
std::vector<std::vector<int>> sequentialBatches(int samples, int batch);

struct Batch {
    torch::Tensor input;  // N x 1 x H x W float
    torch::Tensor target; // segmentation: N x 1 x H x W float 0/1; classifiers: N int64
};

// augment: draws each sample's transform from SeededRandom::stream(seed, epoch, index),
// so it does not depend on batch size, order or thread count.
Batch makeBatch(const TrainingDataset& data, const std::vector<int>& indices, TrainingTask task,
                const AugmentRanges* augment, std::uint64_t seed, int epoch);

} // namespace ns::training
