#pragma once
// Trains one network on a dataset folder (DESIGN section 7): Adam, validation each epoch,
// early stopping, a checkpoint after every epoch, resume, and the best epoch's weights saved
// with a filled-in model card. Free of LibTorch so the CLI and UI can include it.
//
// Determinism: with the same seed, data and thread count, two runs (or a run and a
// resumed run) give bit-identical weights: weight init is seeded, the shuffle and the
// augmentation come from SeededRandom keyed by (seed, epoch, sample), and the LibTorch
// generator (dropout, stochastic depth, noisy activations) is reseeded at every epoch.
// Across thread counts the results differ in the last bits (LibTorch splits reductions
// and convolutions by thread), so the same recipe on another machine gives a model of the
// same quality, not the same sha256.

#include "core/jobs/Progress.h"
#include "inference/ModelCard.h"
#include "inference/training/TrainingConfig.h"
#include "inference/training/TrainingState.h"

namespace ns::training {

struct TrainingResult {
    bool ok = false;
    bool cancelled = false;    // stopped by the cancel token; the last epoch's checkpoint stays
    bool stoppedEarly = false; // patience ran out before the last epoch
    QString error;             // one line, when !ok and !cancelled
    ns::inference::ModelCard card; // as written (sha256 filled)
    QString cardPath;
    QString logPath;
    TrainingState state;
    QString metricName;
};

// Writes OUT/NAME.pt, OUT/NAME.json (the best epoch, via saveModel) and
// OUT/NAME.training.csv; keeps OUT/NAME.checkpoint/ while the run is unfinished and removes
// it once the model is saved. `epochMessage` (may be empty) receives one line per epoch.
TrainingResult trainModel(const TrainingConfig& config, const ns::jobs::Progress& progress,
                          const std::function<void(const QString&)>& epochMessage = {});

} // namespace ns::training
