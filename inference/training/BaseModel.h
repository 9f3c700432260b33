#pragma once
// The model a run fine-tunes from (TrainingConfig::baseModel): found by card path or
// registry name, checked against the run's task, architecture and input size, and named
// in the new model's card. Free of LibTorch so the CLI and the UI can prefill their forms
// from the base's card.

#include "inference/ModelFile.h"
#include "inference/ModelRegistry.h"
#include "inference/training/TrainingConfig.h"

#include <optional>

namespace ns::training {

// The base's card (weights not read); false with a one-line reason when there is none.
bool findBaseCard(const QString& nameOrPath, ns::inference::ModelEntry* out, QString* error);

// Why `base` cannot start the run `config` describes (another task, architecture,
// activation or input size), as one line; empty when it fits.
QString baseMismatch(const TrainingConfig& config, const ns::inference::ModelCard& base);

// Finds, checks and loads the base (sha256 verified by loadModel); nullopt with *error.
std::optional<ns::inference::LoadedModel> loadBaseModel(const TrainingConfig& config, QString* error);

// "fine-tuned from NAME VERSION (sha256 …)", recorded in the new card's recipe and data.
QString fineTunedFrom(const ns::inference::ModelCard& base);

} // namespace ns::training
