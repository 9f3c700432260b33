#pragma once
// Scores a model on a labelled dataset folder, as `nervescope-cli evaluate` and the model
// cards report it: segmentation (DSC, IoU, precision, recall, HD and HD95 in px and mm,
// pixel AUC) and classification (AUC with DeLong and bootstrap CIs, confusion matrix,
// accuracy...), per frame and per wrist, overall and per scanner profile. Bootstrap CIs
// resample patients, never frames.

#include "core/jobs/Progress.h"
#include "inference/EvaluationFrames.h"
#include "inference/InferenceOptions.h"
#include "inference/ModelFile.h"

#include <QJsonObject>
#include <QStringList>

namespace ns::inference {

struct EvaluationOptions {
    QString split = QStringLiteral("test"); // "all" for every item
    QString view;                           // empty: the model's view (defaultViewFor)
    QStringList profiles;                   // empty: every profile
    int bootstrapResamples = 1000;
    InferenceOptions inference;
};

// The report as JSON (self-describing keys; "frames"/"wrists" per level for classifiers); empty object
// with *error on failure or cancellation. With `outcomes`, also what was decided on each
// evaluated frame, in manifest order (EvaluationFrames.h).
QJsonObject evaluateModel(LoadedModel model, const QString& datasetDir, const EvaluationOptions& options,
                          const jobs::Progress& progress, QString* error, std::vector<FrameOutcome>* outcomes = nullptr);

} // namespace ns::inference
