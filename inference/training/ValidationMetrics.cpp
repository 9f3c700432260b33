#include "inference/training/ValidationMetrics.h"

#include <algorithm>
#include <numeric>

namespace ns::training {

double diceFromCounts(long long intersection, long long predicted, long long truth)
{
    if (predicted + truth == 0)
        return 1.0;
    return 2.0 * double(intersection) / double(predicted + truth);
}

double rocAuc(const std::vector<double>& scores, const std::vector<int>& labels)
{
    const size_t n = std::min(scores.size(), labels.size());
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scores[a] < scores[b]; });
    // Mid-ranks (1-based) over tied groups, then U = R_pos - n_pos(n_pos+1)/2.
    double rankSumPos = 0;
    long long pos = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j + 1 < n && scores[order[j + 1]] == scores[order[i]])
            ++j;
        const double midRank = (double(i + 1) + double(j + 1)) / 2.0;
        for (size_t k = i; k <= j; ++k)
            if (labels[order[k]] != 0) {
                rankSumPos += midRank;
                ++pos;
            }
        i = j + 1;
    }
    const long long neg = (long long)n - pos;
    if (pos == 0 || neg == 0)
        return 0.5;
    return (rankSumPos - double(pos) * double(pos + 1) / 2.0) / (double(pos) * double(neg));
}

double accuracy(const std::vector<int>& predicted, const std::vector<int>& labels)
{
    const size_t n = std::min(predicted.size(), labels.size());
    if (n == 0)
        return 0;
    size_t right = 0;
    for (size_t i = 0; i < n; ++i)
        right += predicted[i] == labels[i] ? 1 : 0;
    return double(right) / double(n);
}

} // namespace ns::training
