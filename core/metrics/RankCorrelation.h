#pragma once
// Spearman's rank correlation: how far two lists agree in order, not in value. Used to ask
// whether two heatmaps rank the same pixels as important (the model-randomisation sanity
// check of explanation methods).

#include <vector>

namespace ns::metrics {

// Ranks 1..n, ties sharing the mean of their ranks (as scipy.stats.rankdata "average").
std::vector<double> averageRanks(const std::vector<double>& values);

// Pearson correlation of the average ranks (scipy.stats.spearmanr). NaN when the lists
// differ in length, hold fewer than two values, or one of them is constant.
double spearman(const std::vector<double>& a, const std::vector<double>& b);

} // namespace ns::metrics
