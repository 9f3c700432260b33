#include "core/synth/motor/FiringTrains.h"

#include <algorithm>
#include <cmath>

namespace ns::synth::motor {

namespace {

double drawInterval(MotorRandom& rng, double mean, double sd)
{
    for (;;) {
        const double ipi = rng.normal(mean, sd);
        if (ipi >= 0.25 * mean)
            return ipi;
    }
}

// Index of the firing of `train` nearest to t, or -1 when it has none.
int nearestFiring(const FiringTrain& train, double t)
{
    const auto& v = train.timesS;
    if (v.empty())
        return -1;
    auto it = std::lower_bound(v.begin(), v.end(), t);
    if (it == v.end())
        return int(v.size()) - 1;
    const int i = int(it - v.begin());
    if (i > 0 && t - v[size_t(i) - 1] < *it - t)
        return i - 1;
    return i;
}

} // namespace

FiringTrain generateFiringTrain(MotorRandom& rng, double rateHz, double jitterCv, double durationS)
{
    FiringTrain train;
    train.rateHz = rateHz;
    const double mean = 1.0 / rateHz;
    const double sd = jitterCv / rateHz;
    double t = rng.uniform() * drawInterval(rng, mean, sd);
    while (t < durationS) {
        train.timesS.push_back(t);
        t += drawInterval(rng, mean, sd);
    }
    train.synchronised.assign(train.timesS.size(), 0);
    return train;
}

void synchroniseFirings(MotorRandom& rng, std::vector<FiringTrain>& trains, double fraction)
{
    const int n = int(trains.size());
    if (n < 2 || fraction <= 0)
        return;
    for (int u = 0; u < n; ++u) {
        FiringTrain& train = trains[size_t(u)];
        const double halfInterval = 0.5 / train.rateHz;
        for (size_t k = 0; k < train.timesS.size(); ++k) {
            // Always draw, so the stream does not depend on which firings were skipped.
            const bool pick = rng.bernoulli(fraction);
            int other = rng.uniformInt(0, n - 2);
            if (other >= u)
                ++other;
            if (!pick || train.synchronised[k])
                continue;
            FiringTrain& target = trains[size_t(other)];
            const int j = nearestFiring(target, train.timesS[k]);
            if (j < 0)
                continue;
            const double t = target.timesS[size_t(j)];
            if (std::abs(t - train.timesS[k]) > halfInterval)
                continue;
            const bool afterPrevious = k == 0 || t > train.timesS[k - 1];
            const bool beforeNext = k + 1 == train.timesS.size() || t < train.timesS[k + 1];
            if (!afterPrevious || !beforeNext)
                continue;
            train.timesS[k] = t;
            train.synchronised[k] = 1;
            target.synchronised[size_t(j)] = 1;
        }
    }
}

} // namespace ns::synth::motor
