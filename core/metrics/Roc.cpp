#include "core/metrics/Roc.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace ns::metrics {

namespace {

// A NaN would break the strict weak ordering the sorts rely on.
bool anyNaN(const std::vector<double>& v)
{
    return std::any_of(v.begin(), v.end(), [](double x) { return std::isnan(x); });
}

} // namespace

double aucFromClasses(std::vector<double> pos, std::vector<double> neg)
{
    if (pos.empty() || neg.empty() || anyNaN(pos) || anyNaN(neg))
        return std::numeric_limits<double>::quiet_NaN();
    std::sort(pos.begin(), pos.end());
    std::sort(neg.begin(), neg.end());
    // Walk the positives in ascending order; `below` negatives are strictly lower, `tied`
    // equal. Sums in long double: 250k x 250k pairs overflow nothing, and the count stays exact.
    long double wins = 0.0L;
    size_t below = 0;
    size_t i = 0;
    while (i < pos.size()) {
        const double v = pos[i];
        size_t runEnd = i;
        while (runEnd < pos.size() && pos[runEnd] == v)
            ++runEnd;
        while (below < neg.size() && neg[below] < v)
            ++below;
        size_t upTo = below;
        while (upTo < neg.size() && neg[upTo] == v)
            ++upTo;
        const long double run = static_cast<long double>(runEnd - i);
        wins += run * (static_cast<long double>(below) + 0.5L * static_cast<long double>(upTo - below));
        i = runEnd;
    }
    return double(wins / (static_cast<long double>(pos.size()) * static_cast<long double>(neg.size())));
}

namespace {

void requireSameLength(size_t a, size_t b)
{
    if (a != b)
        throw std::invalid_argument("scores and labels differ in length");
}

} // namespace

double rocAuc(const std::vector<double>& scores, const std::vector<int>& labels)
{
    requireSameLength(scores.size(), labels.size());
    std::vector<double> pos, neg;
    for (size_t i = 0; i < scores.size(); ++i)
        (labels[i] ? pos : neg).push_back(scores[i]);
    return aucFromClasses(std::move(pos), std::move(neg));
}

std::vector<RocPoint> rocCurve(const std::vector<double>& scores, const std::vector<int>& labels)
{
    requireSameLength(scores.size(), labels.size());
    if (anyNaN(scores))
        return {};
    std::vector<size_t> order(scores.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scores[a] > scores[b]; });
    const auto positives = size_t(std::count_if(labels.begin(), labels.end(), [](int l) { return l != 0; }));
    const size_t negatives = labels.size() - positives;
    std::vector<RocPoint> curve;
    if (positives == 0 || negatives == 0)
        return curve;
    curve.push_back(RocPoint{});
    size_t tp = 0, fp = 0;
    for (size_t k = 0; k < order.size(); ++k) {
        (labels[order[k]] ? tp : fp) += 1;
        const bool lastOfTie = k + 1 == order.size() || scores[order[k + 1]] != scores[order[k]];
        if (lastOfTie)
            curve.push_back({scores[order[k]], double(fp) / double(negatives), double(tp) / double(positives)});
    }
    return curve;
}

RocPoint youdenPoint(const std::vector<RocPoint>& curve)
{
    RocPoint best;
    double bestJ = -std::numeric_limits<double>::infinity();
    for (const RocPoint& p : curve) {
        const double j = p.truePositiveRate - p.falsePositiveRate;
        if (j > bestJ) {
            bestJ = j;
            best = p;
        }
    }
    return best;
}

} // namespace ns::metrics
