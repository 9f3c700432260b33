#pragma once
// The figures watched during training (early stopping, best checkpoint, the card's
// validation metrics). Deliberately simple and self-contained; the full metrics with
// confidence intervals live in core/metrics and are used by `evaluate`.

#include <vector>

namespace ns::training {

// DSC of two same-sized binary maps given as counts; both empty counts as 1 (a frame with
// no nerve, correctly left empty).
double diceFromCounts(long long intersection, long long predicted, long long truth);

// Area under the ROC curve of scores for labels 0/1 (Mann-Whitney U with ties counted
// half); 0.5 when one class is missing.
double rocAuc(const std::vector<double>& scores, const std::vector<int>& labels);

// Share of predictions equal to labels; 0 for none.
double accuracy(const std::vector<int>& predicted, const std::vector<int>& labels);

} // namespace ns::training
