#pragma once
// Everything `evaluate` reports for a binary classifier (e.g. CTS yes/no from a grade
// probability) in one call: AUC with DeLong's 95% CI and a bootstrap CI (cases or
// patients), the ROC curve, and the confusion-matrix report at a decision threshold.
// Also JSON for ClassificationReport. Units: fractions in [0, 1]; thresholds are scores.

#include "core/metrics/Bootstrap.h"
#include "core/metrics/Classification.h"
#include "core/metrics/DeLong.h"
#include "core/metrics/Roc.h"

#include <QJsonObject>

#include <vector>

namespace ns::metrics {

struct BinaryEvaluation {
    int positives = 0;
    int negatives = 0;
    double auc = 0.0;        // NaN when a class is absent
    DelongAuc delong;        // variance and normal-approximation CI (valid with >= 2 per class)
    ConfidenceInterval aucCi; // bootstrap percentile CI (options.groups = patients)
    std::vector<RocPoint> curve;
    double threshold = 0.5;  // score >= threshold is positive
    ClassificationReport atThreshold; // class 1 = positive: perClass[1].recall = sensitivity
    RocPoint youden;         // operating point maximising sensitivity + specificity - 1

    QJsonObject toJson(bool withCurve = true) const;
};

// labels: nonzero = positive. Throws std::invalid_argument when the lengths differ.
BinaryEvaluation evaluateBinary(const std::vector<int>& labels, const std::vector<double>& scores,
                                double threshold = 0.5, const BootstrapOptions& options = {});

QJsonObject toJson(const ClassificationReport& report);
QJsonObject toJson(const ConfidenceInterval& ci);

} // namespace ns::metrics
