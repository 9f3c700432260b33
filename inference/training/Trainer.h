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
#include "inference/training/CaseEvaluation.h"
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
    // The saved (best-epoch) model judged frame by frame on the validation split: the
    // results table, ROC curve and confusion matrix. Empty unless ok.
    CaseEvaluation validation;
};

// Called after every whole epoch (from the training thread). On --resume the checkpoint's
// earlier epochs are passed first, so a plot shows the whole run.
using EpochCallback = std::function<void(const EpochRecord&)>;

// Writes OUT/NAME.pt, OUT/NAME.json (the best epoch, via saveModel) and
// OUT/NAME.training.csv; keeps OUT/NAME.checkpoint/ while the run is unfinished and removes
// it once the model is saved. `epochMessage` (may be empty) receives one line per epoch.
TrainingResult trainModel(const TrainingConfig& config, const ns::jobs::Progress& progress,
                          const std::function<void(const QString&)>& epochMessage = {},
                          const EpochCallback& epochDone = {});

// OUT/NAME.checkpoint, the folder of a run in progress.
QString checkpointFolder(const TrainingConfig& config);
// Epochs an unfinished run of `config` has completed (from its log), or -1 when there is no
// checkpoint to resume: what the UI offers to resume after a cancel or a crash.
int unfinishedEpochs(const TrainingConfig& config);

} // namespace ns::training
