#pragma once
// Descriptive statistics of a list of values, NaN meaning "undefined for this case"
// (e.g. HD95 of a frame with an empty mask): NaNs are counted, never averaged.

#include <limits>
#include <vector>

namespace ns::metrics {

// Percentile (0..100) with numpy's default linear interpolation between order statistics;
// `values` need not be sorted and must hold no NaN. NaN when empty.
double percentileLinear(std::vector<double> values, double percent);

struct Descriptive {
    int n = 0;         // defined values
    int undefined = 0; // NaN values
    double mean = std::numeric_limits<double>::quiet_NaN();
    double sd = std::numeric_limits<double>::quiet_NaN(); // sample SD (n - 1); NaN when n < 2
    double median = std::numeric_limits<double>::quiet_NaN();
    double min = std::numeric_limits<double>::quiet_NaN();
    double max = std::numeric_limits<double>::quiet_NaN();
};

Descriptive describe(const std::vector<double>& values);

} // namespace ns::metrics
