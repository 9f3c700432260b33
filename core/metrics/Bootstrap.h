#pragma once
// Nonparametric bootstrap confidence intervals (percentile method) for any metric.
//
// The metric is a function of a list of case indices (0..n-1, with repeats): it computes the
// statistic on those cases, e.g. the AUC of the chosen cases' scores, or the mean DSC of the
// chosen frames. Each resample draws, with replacement, as many resampling units as there
// are: cases, or — when group ids are given (e.g. patient ids per frame) — whole groups,
// whose cases all enter the resample together, so that correlated frames of one patient
// are not treated as independent. The interval is the (1-c)/2 and (1+c)/2 percentiles of
// the resampled statistics (linear interpolation, as numpy.percentile).
//
// Deterministic: the same seed gives the same interval on every platform (mt19937_64 and
// an unbiased bounded draw of our own, not std::uniform_int_distribution whose algorithm
// differs between standard libraries). Resamples where the metric is NaN (e.g. an AUC of a
// resample with one class only) are left out and counted.

#include <cstdint>
#include <functional>
#include <limits>
#include <vector>

namespace ns::metrics {

struct BootstrapOptions {
    int resamples = 2000;
    std::uint64_t seed = 20240917;
    double confidence = 0.95;
    std::vector<int> groups; // per case: its resampling unit (e.g. patient id); empty = cases
};

struct ConfidenceInterval {
    double estimate = std::numeric_limits<double>::quiet_NaN(); // metric on all cases
    double lower = std::numeric_limits<double>::quiet_NaN();
    double upper = std::numeric_limits<double>::quiet_NaN();
    double confidence = 0.95;
    int resamples = 0;      // drawn
    int validResamples = 0; // where the metric was not NaN
    bool defined() const { return validResamples > 0 && lower == lower && upper == upper; }
};

using IndexMetric = std::function<double(const std::vector<int>& caseIndices)>;

// Throws std::invalid_argument when `groups` is nonempty and its size differs from caseCount.
ConfidenceInterval bootstrapCi(int caseCount, const IndexMetric& metric, const BootstrapOptions& options = {});

// The resampled statistics themselves (NaNs dropped), in draw order — for plots and tests.
std::vector<double> bootstrapDistribution(int caseCount, const IndexMetric& metric, const BootstrapOptions& options);

// Convenience: CI of the mean of per-case values (NaN values are ignored in every mean).
ConfidenceInterval bootstrapMeanCi(const std::vector<double>& values, const BootstrapOptions& options = {});

// Mean of the values at `indices`, ignoring NaN; NaN when none is a number.
double meanOfDefined(const std::vector<double>& values, const std::vector<int>& indices);

} // namespace ns::metrics
