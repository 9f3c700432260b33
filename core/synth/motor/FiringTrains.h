#pragma once
// When each motor unit fires (SEEDS S4): a renewal process with interval
// 1/FR + N(0, (cv/FR)^2), then a share of the firings moved onto other units' firings
// (synchronisation, as seen in real voluntary contractions).

#include "core/synth/motor/MotorRandom.h"

#include <cstdint>
#include <vector>

namespace ns::synth::motor {

struct FiringTrain {
    double rateHz = 10;
    std::vector<double> timesS;            // sorted onsets in [0, duration)
    std::vector<std::uint8_t> synchronised; // same length as timesS
};

// One unit's firings over [0, durationS). The first onset is uniform in [0, first
// interval) so units start out of phase; intervals shorter than a quarter of the mean are
// redrawn (a 3.75-sigma event at cv 0.2) so firings never collide or reverse.
FiringTrain generateFiringTrain(MotorRandom& rng, double rateHz, double jitterCv, double durationS);

// Moves each firing, with probability `fraction`, onto the nearest firing of another unit
// chosen at random, if that lies within half an interval and keeps the train's order.
// Both firings are then flagged synchronised and neither is moved again, so every flagged
// firing coincides exactly with at least one firing of another unit.
void synchroniseFirings(MotorRandom& rng, std::vector<FiringTrain>& trains, double fraction);

} // namespace ns::synth::motor
