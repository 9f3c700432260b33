#include "core/metrics/Bootstrap.h"

#include "core/metrics/Statistics.h"

#include <cmath>
#include <map>
#include <numeric>
#include <random>
#include <stdexcept>

namespace ns::metrics {

namespace {

// Unbiased integer in [0, n) by rejection: identical sequences on every standard library.
int drawBelow(std::mt19937_64& rng, int n)
{
    const std::uint64_t range = std::uint64_t(n);
    const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % range;
    std::uint64_t x;
    do
        x = rng();
    while (x >= limit);
    return int(x % range);
}

// Resampling units: a list of case-index lists, in order of first appearance.
std::vector<std::vector<int>> units(int caseCount, const std::vector<int>& groups)
{
    std::vector<std::vector<int>> out;
    if (groups.empty()) {
        out.reserve(size_t(caseCount));
        for (int i = 0; i < caseCount; ++i)
            out.push_back({i});
        return out;
    }
    if (int(groups.size()) != caseCount)
        throw std::invalid_argument("bootstrap: one group id per case is needed");
    std::map<int, size_t> slot;
    for (int i = 0; i < caseCount; ++i) {
        auto [it, isNew] = slot.emplace(groups[size_t(i)], out.size());
        if (isNew)
            out.emplace_back();
        out[it->second].push_back(i);
    }
    return out;
}

} // namespace

std::vector<double> bootstrapDistribution(int caseCount, const IndexMetric& metric, const BootstrapOptions& options)
{
    const std::vector<std::vector<int>> u = units(caseCount, options.groups);
    std::vector<double> stats;
    if (u.empty())
        return stats;
    std::mt19937_64 rng(options.seed);
    std::vector<int> indices;
    stats.reserve(size_t(std::max(options.resamples, 0)));
    for (int r = 0; r < options.resamples; ++r) {
        indices.clear();
        for (size_t k = 0; k < u.size(); ++k) {
            const std::vector<int>& unit = u[size_t(drawBelow(rng, int(u.size())))];
            indices.insert(indices.end(), unit.begin(), unit.end());
        }
        const double s = metric(indices);
        if (!std::isnan(s))
            stats.push_back(s);
    }
    return stats;
}

ConfidenceInterval bootstrapCi(int caseCount, const IndexMetric& metric, const BootstrapOptions& options)
{
    ConfidenceInterval ci;
    ci.confidence = options.confidence;
    ci.resamples = std::max(options.resamples, 0);
    std::vector<int> all(size_t(std::max(caseCount, 0)));
    std::iota(all.begin(), all.end(), 0);
    ci.estimate = caseCount > 0 ? metric(all) : std::numeric_limits<double>::quiet_NaN();
    const std::vector<double> stats = bootstrapDistribution(caseCount, metric, options);
    ci.validResamples = int(stats.size());
    if (stats.empty())
        return ci;
    const double alpha = (1.0 - options.confidence) / 2.0;
    ci.lower = percentileLinear(stats, 100.0 * alpha);
    ci.upper = percentileLinear(stats, 100.0 * (1.0 - alpha));
    return ci;
}

double meanOfDefined(const std::vector<double>& values, const std::vector<int>& indices)
{
    double sum = 0.0;
    int n = 0;
    for (int i : indices) {
        const double v = values[size_t(i)];
        if (!std::isnan(v)) {
            sum += v;
            ++n;
        }
    }
    return n ? sum / n : std::numeric_limits<double>::quiet_NaN();
}

ConfidenceInterval bootstrapMeanCi(const std::vector<double>& values, const BootstrapOptions& options)
{
    return bootstrapCi(
        int(values.size()), [&values](const std::vector<int>& idx) { return meanOfDefined(values, idx); }, options);
}

} // namespace ns::metrics
