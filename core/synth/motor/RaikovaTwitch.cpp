#include "core/synth/motor/RaikovaTwitch.h"

#include <cmath>

namespace ns::synth::motor {

double raikovaExponent(double tc, double thr)
{
    if (!(tc > 0) || !(thr > tc))
        return 0;
    const double x = thr / tc;
    // x - 1 - ln x > 0 for x > 1; written this way it keeps precision as x -> 1.
    const double denom = std::log(tc) - std::log(thr) + x - 1.0;
    return denom > 0 ? std::log(2.0) / denom : 0.0;
}

void RaikovaTwitch::init() { m = raikovaExponent(tcS, thrS); }

double RaikovaTwitch::force(double t) const
{
    if (t <= 0 || m <= 0)
        return 0;
    // Tc^-m t^m e^m exp(-t m / Tc) = exp(m (ln(t/Tc) + 1 - t/Tc)): no overflow for large m.
    const double u = t / tcS;
    return fmax * std::exp(m * (std::log(u) + 1.0 - u));
}

double RaikovaTwitch::forceDerivative(double t) const
{
    if (t <= 0 || m <= 0)
        return 0;
    return force(t) * m * (1.0 / t - 1.0 / tcS);
}

void addTwitch(const RaikovaTwitch& twitch, double onsetS, double rateHz, int count, float* force,
               float* velocity, float gain)
{
    const double dt = 1.0 / rateHz;
    // First sample strictly after the onset; earlier ones are untouched (F = 0 there).
    int k0 = int(std::floor(onsetS * rateHz)) + 1;
    if (k0 < 0)
        k0 = 0;
    double previous = twitch.force((k0 - 1) * dt - onsetS);
    for (int k = k0; k < count; ++k) {
        const double f = twitch.force(k * dt - onsetS);
        if (force)
            force[k] += float(gain * f);
        if (velocity)
            velocity[k] += float(gain * (f - previous) * rateHz);
        previous = f;
    }
}

} // namespace ns::synth::motor
