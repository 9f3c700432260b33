#pragma once
// Binary ROC analysis from scores: the ROC curve and the area under it.
//
// Labels: 1 (or any nonzero) = positive, 0 = negative. A case is called positive when its
// score >= the threshold. AUC is the Mann–Whitney statistic
//   AUC = P(score_pos > score_neg) + 0.5 P(score_pos == score_neg),
// i.e. ties count one half, which equals the trapezoidal area under the full ROC curve
// (sklearn.metrics.roc_auc_score). Exact, O(n log n) by sorting. When either class is
// absent, or a score is NaN, the AUC is undefined and returned as NaN (check with
// std::isnan) and the curve is empty.

#include <cstdint>
#include <limits>
#include <vector>

namespace ns::metrics {

struct RocPoint {
    double threshold = std::numeric_limits<double>::infinity(); // score >= threshold is positive
    double falsePositiveRate = 0.0; // 1 - specificity
    double truePositiveRate = 0.0;  // sensitivity
};

// AUC from the scores of the positive and of the negative cases (the vectors are sorted in
// place, hence taken by value). NaN when either is empty.
double aucFromClasses(std::vector<double> positiveScores, std::vector<double> negativeScores);

// AUC from paired scores and labels (same length; throws std::invalid_argument otherwise).
double rocAuc(const std::vector<double>& scores, const std::vector<int>& labels);

// Every ROC operating point, one per distinct score (descending thresholds), starting with
// (0, 0) at threshold +infinity and ending at (1, 1) — sklearn's roc_curve with
// drop_intermediate=False (whose first threshold is max + 1 in sklearn < 1.3, inf later).
// Empty when either class is absent.
std::vector<RocPoint> rocCurve(const std::vector<double>& scores, const std::vector<int>& labels);

// Youden's J = sensitivity + specificity - 1 is largest at this point (first such point in
// curve order, i.e. the highest threshold on ties). Default point when the curve is empty.
RocPoint youdenPoint(const std::vector<RocPoint>& curve);

} // namespace ns::metrics
