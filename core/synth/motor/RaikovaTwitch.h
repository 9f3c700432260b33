#pragma once
// The Raikova force twitch (SEEDS S4) and its sampled velocity:
//   F(t) = Fmax * Tc^-m * t^m * e^m * exp(-t*m/Tc),  m = ln2 / (ln Tc - ln Thr + Thr/Tc - 1)
// F peaks at t = Tc with value Fmax and has fallen to Fmax/2 at t = Thr (both measured
// from the onset), which is what fixes m.

#include <vector>

namespace ns::synth::motor {

// m for a contraction time and half-relaxation time (same unit). Requires thr > tc > 0;
// returns 0 otherwise (no valid twitch).
double raikovaExponent(double tc, double thr);

struct RaikovaTwitch {
    double fmax = 1.0;
    double tcS = 0.08;   // contraction time, seconds
    double thrS = 0.15;  // half-relaxation time from onset, seconds
    double m = 0;        // raikovaExponent(tcS, thrS); call init() after setting the others

    void init();
    // Force t seconds after the onset; 0 for t <= 0.
    double force(double t) const;
    // Analytic dF/dt = F(t) * m * (1/t - 1/Tc); infinite at t -> 0+ when m < 1.
    double forceDerivative(double t) const;
};

// Adds one firing at onset `onsetS` to a force and a velocity time series sampled at
// `rateHz` (sample k at time k/rateHz). The velocity sample k is the mean of dF/dt over
// the preceding frame interval, i.e. (F(t_k) - F(t_{k-1})) * rate: it is what a
// frame-to-frame velocity estimator measures, it stays finite where dF/dt is singular at
// the onset (m < 1), and its running sum / rate gives back F exactly.
// Either output may be null. The arrays must have `count` samples.
void addTwitch(const RaikovaTwitch& twitch, double onsetS, double rateHz, int count, float* force,
               float* velocity, float gain = 1.0f);

} // namespace ns::synth::motor
