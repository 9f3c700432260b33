#pragma once
// One pass over the validation split in eval mode: loss and the task's figure (mean
// per-frame DSC, AUC, or accuracy). Includes LibTorch: include from .cpp files only.

#include "inference/models/NetModule.h"
#include "inference/training/TrainingDataset.h"

#include <QJsonObject>

namespace ns::training {

struct ValidationResult {
    double loss = 0;
    double metric = 0;   // the figure early stopping watches
    QJsonObject figures; // everything measured, for the model card
    bool cancelled = false;
};

// "dsc", "auc" or "accuracy": the figure each task is judged by.
QString metricName(TrainingTask task);

ValidationResult validate(ns::models::NetModule& net, const TrainingDataset& data, TrainingTask task, int batch,
                          const ns::jobs::Progress& progress);

} // namespace ns::training
