#pragma once
// Checkpoint files of a run in progress, in OUT/NAME.checkpoint/:
//   state.pt  weights, Adam state and the TrainingState (as JSON) after the last whole
//             epoch, in one archive written to a temporary file and renamed, so a crash
//             or full disk mid-write leaves the previous checkpoint intact;
//   best.pt   the weights of the best validation epoch so far.
// Random numbers need no saving: every epoch reseeds from (seed, epoch) (SeededRandom).
// Includes LibTorch: include from .cpp files only.

#include "inference/training/TrainingState.h"

#include <torch/nn/module.h>
#include <torch/optim/optimizer.h>

namespace ns::training {

QString checkpointDir(const QString& outDir, const QString& modelName);

bool saveCheckpoint(const QString& dir, const torch::nn::Module& net, const torch::optim::Optimizer& optimizer,
                    const TrainingState& state, QString* error);
// False with a reason; *found false (and no error) when there is no checkpoint at all.
bool loadCheckpoint(const QString& dir, torch::nn::Module& net, torch::optim::Optimizer& optimizer,
                    TrainingState* state, bool* found, QString* error);

bool saveWeights(const QString& path, const torch::nn::Module& net, QString* error);
bool loadWeights(const QString& path, torch::nn::Module& net, QString* error);

} // namespace ns::training
