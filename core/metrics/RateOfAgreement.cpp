#include "core/metrics/RateOfAgreement.h"

#include <algorithm>

namespace ns::metrics {

std::vector<float> movingAverage(const std::vector<float>& signal, int window)
{
    const int n = int(signal.size());
    const int half = std::max(window, 1) / 2;
    // Prefix sums in double: a 400-sample float sum would drift in the last bits and make
    // equal plateaus unequal.
    std::vector<double> prefix(size_t(n) + 1, 0.0);
    for (int i = 0; i < n; ++i)
        prefix[size_t(i) + 1] = prefix[size_t(i)] + double(signal[size_t(i)]);
    std::vector<float> out(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        const int lo = std::max(0, i - half);
        const int hi = std::min(n - 1, i + half);
        out[size_t(i)] = float((prefix[size_t(hi) + 1] - prefix[size_t(lo)]) / double(hi - lo + 1));
    }
    return out;
}

std::vector<int> detectFirings(const std::vector<float>& signal, int window)
{
    const std::vector<float> s = movingAverage(signal, window);
    const int n = int(s.size());
    std::vector<int> peaks;
    int i = 1;
    while (i < n - 1) {
        if (s[size_t(i)] > s[size_t(i) - 1]) {
            // Walk over a flat top to its end; a maximum needs a drop after it.
            int j = i;
            while (j + 1 < n && s[size_t(j) + 1] == s[size_t(i)])
                ++j;
            if (j + 1 < n && s[size_t(j) + 1] < s[size_t(i)]) {
                if (s[size_t(i)] >= 0.0f)
                    peaks.push_back((i + j) / 2);
            }
            i = j + 1;
        } else {
            ++i;
        }
    }
    return peaks;
}

RoaCounts matchFirings(std::vector<int> a, std::vector<int> b, int toleranceFrames)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    RoaCounts counts;
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const int d = a[i] - b[j];
        if (d >= -toleranceFrames && d <= toleranceFrames) {
            ++counts.matched;
            ++i;
            ++j;
        } else if (d < 0) {
            ++i; // a[i] is too early for b[j] and hence for every later b
        } else {
            ++j;
        }
    }
    counts.onlyInA = int(a.size()) - counts.matched;
    counts.onlyInB = int(b.size()) - counts.matched;
    const int total = counts.matched + counts.onlyInA + counts.onlyInB;
    counts.rate = total == 0 ? 1.0 : double(counts.matched) / double(total);
    return counts;
}

double rateOfAgreement(const std::vector<int>& firingsA, const std::vector<int>& firingsB, int toleranceFrames)
{
    return matchFirings(firingsA, firingsB, toleranceFrames).rate;
}

double rateOfAgreementSignals(const std::vector<float>& signalA, const std::vector<float>& signalB,
                              int toleranceFrames)
{
    return rateOfAgreement(detectFirings(signalA), detectFirings(signalB), toleranceFrames);
}

} // namespace ns::metrics
