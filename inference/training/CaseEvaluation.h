#pragma once
// A model judged frame by frame on one split of a dataset folder: what the results table,
// the ROC curve, the confusion matrix and the side-by-side comparison show. The figures
// come from core/metrics (Overlap, Roc, Classification), the same code `evaluate` uses.
// Free of LibTorch (the network is only forward-declared).

#include "core/jobs/Progress.h"
#include "core/metrics/Roc.h"
#include "inference/training/TrainingConfig.h"

#include <QVector>
#include <limits>
#include <optional>
#include <vector>

namespace ns::models { class NetModule; }

namespace ns::training {

class TrainingDataset;

struct CaseResult {
    QString name;
    QString patient;
    QString imagePath;             // absolute, for opening the frame
    int label = 0;                 // reference class (classifiers)
    int predicted = 0;             // arg-max class (classifiers)
    QVector<double> probabilities; // per class (classifiers)
    double dsc = -1;               // segmentation, mask thresholded at 0.5
    // Higher is better: DSC, or the probability given to the reference class. Sorting
    // ascending puts the worst cases first.
    double score = 0;
};

struct CaseEvaluation {
    QString model;                 // "NAME VERSION"
    TrainingTask task = TrainingTask::Segmentation;
    QStringList classes;
    QVector<CaseResult> cases;
    static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
    double dsc = kNone;            // mean per-frame DSC (segmentation)
    double auc = kNone;            // cts-binary
    double accuracy = kNone;       // classifiers
    std::vector<ns::metrics::RocPoint> roc; // cts-binary; empty when a class is missing
    QVector<QVector<qint64>> confusion;     // classifiers: [reference][predicted]
    bool cancelled = false;

    bool isEmpty() const { return cases.isEmpty(); }
};

// Runs `net` (eval mode, no gradients) over every sample of `data`.
CaseEvaluation evaluateCases(ns::models::NetModule& net, const TrainingDataset& data, TrainingTask task, int batch,
                             const ns::jobs::Progress& progress);

// Loads the model of `cardPath` and judges it on `split` of `dataDir` (frames of `view`, at
// the model's own input size): how the current default does on a new model's validation
// set. nullopt with a one-line reason (no such model, another task, unreadable data).
std::optional<CaseEvaluation> evaluateModelOnSplit(const QString& cardPath, TrainingTask task, const QString& dataDir,
                                                   const QString& split, const QString& view,
                                                   const ns::jobs::Progress& progress, QString* error);

} // namespace ns::training
