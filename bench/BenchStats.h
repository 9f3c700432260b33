#pragma once
// Median-of-runs timing helpers shared by the benchmarks.
#include <QElapsedTimer>
#include <algorithm>
#include <functional>
#include <vector>

namespace ns::bench {

inline double medianOf(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

// Milliseconds taken by fn, once.
inline double timeMs(const std::function<void()>& fn)
{
    QElapsedTimer t;
    t.start();
    fn();
    return t.nsecsElapsed() / 1e6;
}

} // namespace ns::bench
