#include "core/metrics/Statistics.h"

#include <algorithm>
#include <cmath>

namespace ns::metrics {

double percentileLinear(std::vector<double> values, double percent)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    std::sort(values.begin(), values.end());
    const double pos = std::clamp(percent, 0.0, 100.0) / 100.0 * double(values.size() - 1);
    const size_t lo = size_t(std::floor(pos));
    const size_t hi = std::min(lo + 1, values.size() - 1);
    return values[lo] + (pos - double(lo)) * (values[hi] - values[lo]);
}

Descriptive describe(const std::vector<double>& values)
{
    Descriptive d;
    std::vector<double> v;
    v.reserve(values.size());
    for (double x : values)
        (std::isnan(x) ? void(++d.undefined) : v.push_back(x));
    d.n = int(v.size());
    if (v.empty())
        return d;
    double sum = 0.0;
    for (double x : v)
        sum += x;
    d.mean = sum / d.n;
    if (d.n > 1) {
        double ss = 0.0;
        for (double x : v)
            ss += (x - d.mean) * (x - d.mean);
        d.sd = std::sqrt(ss / (d.n - 1));
    }
    const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
    d.min = *lo;
    d.max = *hi;
    d.median = percentileLinear(std::move(v), 50.0);
    return d;
}

} // namespace ns::metrics
