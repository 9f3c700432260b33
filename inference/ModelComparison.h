#pragma once
// Two models on the same frames of a labelled dataset folder, paired frame by frame: is
// model A better than model B, and by how much? The question behind "SA-UNet above the
// U-Net baseline" and behind every fine-tuned model that should replace a default.
//
// - Segmentation: per-frame DSC and HD95 (mm) of both, the mean of the differences A - B
//   with a bootstrap 95% CI that resamples patients (frames of one patient are not
//   independent), and how many frames each model wins.
// - CTS binary: DeLong's test for the two correlated AUCs, per frame and per wrist.
// - Severity: the accuracy difference with the same patient bootstrap, per frame and wrist.
// Classifier frames where either model's nerve locator found nothing are left out and
// counted. "better" names the model whose CI (or DeLong's p < 0.05) excludes no difference.

#include "core/jobs/Progress.h"
#include "inference/Evaluation.h"
#include "inference/ModelFile.h"

#include <QJsonObject>

namespace ns::inference {

// Both models must have the same task and read the same view; empty object with *error
// otherwise, or on failure or cancellation.
QJsonObject compareModels(LoadedModel a, LoadedModel b, const QString& datasetDir, const EvaluationOptions& options,
                          const jobs::Progress& progress, QString* error);

} // namespace ns::inference
