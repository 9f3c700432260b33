#pragma once
// The data contract of the motor-unit simulator (SEEDS S4): what is asked for
// (MotorUnitParams) and what comes back (MotorUnitSequence: a tissue-velocity sequence
// with exact labels). The simulator fills it; the numpy writer and the tests consume it.
// Plain std::vector storage on purpose: it maps one-to-one onto the C-order .npy arrays.

#include <cstdint>
#include <vector>

namespace ns::synth::motor {

// Spatial shape of a unit's velocity over its territory. Disc makes the territory mask
// and the signal support identical (a crisp segmentation target); Bump (raised cosine,
// 1 at the centre, 0 at the rim) is closer to smooth tissue mechanics.
enum class SpatialProfile { Disc, Bump };

struct MotorUnitParams {
    // Geometry and timing of the sequence (S4: 64x64 px x 400 frames = 40x40 mm x 1 s).
    int rows = 64;
    int cols = 64;
    int frames = 400;
    double pixelSpacingMm = 0.625;
    double frameRateHz = 400.0;

    // Active units; drawn uniformly in [unitsMin, unitsMax] per sequence (training: 5-30;
    // S4's test sets fix one count: set both equal).
    int unitsMin = 5;
    int unitsMax = 30;

    double territoryDiameterMinMm = 2.5;
    double territoryDiameterMaxMm = 10.0;
    SpatialProfile profile = SpatialProfile::Disc;

    double firingRateMinHz = 8.0;
    double firingRateMaxHz = 13.0;
    // Inter-pulse interval = 1/FR + N(0, sd = ipiJitterCv / FR). S4's "N(0, 0.2/FR)" read as
    // a standard deviation: as a variance it would exceed the mean interval itself.
    double ipiJitterCv = 0.2;

    // Share of firings moved onto another unit's firing; drawn per sequence in [min, max].
    double syncFractionMin = 0.0;
    double syncFractionMax = 0.10;

    // Raikova twitch: contraction time Tc and half-relaxation time Thr (both from onset).
    double tcMinMs = 30.0;
    double tcMaxMs = 150.0;
    double thrMinMs = 50.0;
    double thrMaxMs = 250.0;
    // Thr must exceed Tc for m > 0; as Thr -> Tc, m -> infinity and the twitch collapses
    // into a spike, so pairs with Thr < minThrOverTc * Tc are redrawn.
    double minThrOverTc = 1.2;
    double fmaxMin = 0.5;        // peak force, arbitrary units
    double fmaxMax = 1.5;

    // White Gaussian noise: SNR in dB over the whole sequence (mean square of the clean
    // velocity over all voxels / noise variance). noise = false gives the clean sequence.
    bool noise = false;
    double snrDb = 20.0;
};

struct MotorUnitLabel {
    double centreXmm = 0;        // territory centre; x along columns, y along rows,
    double centreYmm = 0;        // pixel (r, c) has its centre at ((c+0.5)*px, (r+0.5)*px)
    double diameterMm = 0;
    double firingRateHz = 0;     // nominal rate (1 / mean IPI before synchronisation)
    double tcMs = 0;
    double thrMs = 0;
    double m = 0;                // Raikova exponent derived from Tc and Thr
    double fmax = 0;
    // Frames from a firing to the peak of its 11-sample-smoothed velocity lobe: what
    // detectFirings() on the twitch train finds is firing frame + this lag.
    int velocityPeakLagFrames = 0;

    std::vector<double> firingTimesS;     // onsets, seconds from the first frame, sorted
    std::vector<int> firingFrames;        // nearest frame of each onset
    std::vector<std::uint8_t> synchronised; // 1 where the firing was moved onto another unit's
    std::vector<std::uint8_t> mask;       // rows*cols, 1 inside the territory
    std::vector<float> twitchTrain;       // frames: the unit's velocity at its centre
    std::vector<float> forceTrain;        // frames: the unit's summed force (a.u.)
};

struct MotorUnitSequence {
    MotorUnitParams params;
    std::uint64_t seed = 0;
    double syncFraction = 0;     // the per-sequence draw
    double noiseSigma = 0;       // 0 when noise is off
    double signalPower = 0;      // mean square of the clean velocity
    std::vector<MotorUnitLabel> units;
    // frames*rows*cols, C order (t, y, x), velocity in force units per second.
    std::vector<float> velocity;       // what the "scanner" sees (noisy when noise is on)
    std::vector<float> cleanVelocity;  // the noise-free superposition
};

} // namespace ns::synth::motor
