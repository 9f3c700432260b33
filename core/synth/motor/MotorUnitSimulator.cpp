#include "core/synth/motor/MotorUnitSimulator.h"

#include "core/metrics/RateOfAgreement.h"
#include "core/synth/motor/FiringTrains.h"
#include "core/synth/motor/MotorRandom.h"
#include "core/synth/motor/RaikovaTwitch.h"

#include <algorithm>
#include <cmath>

namespace ns::synth::motor {

namespace {

constexpr std::uint64_t kNoiseStream = 0x6E6F697365ull; // "noise"

bool fail(QString* error, const QString& why)
{
    if (error)
        *error = why;
    return false;
}

// Spatial weight of a unit at distance r from its centre (radius R); 0 outside.
float spatialWeight(SpatialProfile profile, double r, double radius)
{
    if (r > radius)
        return 0.0f;
    if (profile == SpatialProfile::Disc)
        return 1.0f;
    return float(0.5 * (1.0 + std::cos(M_PI * r / radius)));
}

void drawTwitch(MotorRandom& rng, const MotorUnitParams& p, MotorUnitLabel& unit)
{
    // Redraw the pair until Thr is far enough above Tc (see MotorUnitParams::minThrOverTc);
    // validateParams guarantees an admissible pair exists.
    do {
        unit.tcMs = rng.uniform(p.tcMinMs, p.tcMaxMs);
        unit.thrMs = rng.uniform(p.thrMinMs, p.thrMaxMs);
    } while (!(unit.thrMs > p.minThrOverTc * unit.tcMs) || !(unit.thrMs > unit.tcMs));
    unit.m = raikovaExponent(unit.tcMs, unit.thrMs);
    unit.fmax = rng.uniform(p.fmaxMin, p.fmaxMax);
}

void rasteriseTerritory(const MotorUnitParams& p, MotorUnitLabel& unit, std::vector<float>& weights)
{
    const double radius = 0.5 * unit.diameterMm;
    const size_t n = size_t(p.rows) * size_t(p.cols);
    unit.mask.assign(n, 0);
    weights.assign(n, 0.0f);
    for (int r = 0; r < p.rows; ++r) {
        const double y = (r + 0.5) * p.pixelSpacingMm - unit.centreYmm;
        for (int c = 0; c < p.cols; ++c) {
            const double x = (c + 0.5) * p.pixelSpacingMm - unit.centreXmm;
            const double d = std::sqrt(x * x + y * y);
            if (d <= radius) {
                const size_t i = size_t(r) * size_t(p.cols) + size_t(c);
                unit.mask[i] = 1;
                weights[i] = spatialWeight(p.profile, d, radius);
            }
        }
    }
}

} // namespace

bool validateParams(const MotorUnitParams& p, QString* error)
{
    if (p.rows < 1 || p.cols < 1 || p.frames < 2)
        return fail(error, QStringLiteral("Grid must be at least 1x1 pixels and 2 frames."));
    if (!(p.pixelSpacingMm > 0) || !(p.frameRateHz > 0))
        return fail(error, QStringLiteral("Pixel spacing and frame rate must be positive."));
    if (p.unitsMin < 0 || p.unitsMax < p.unitsMin)
        return fail(error, QStringLiteral("Unit count range is invalid (need 0 <= min <= max)."));
    if (!(p.territoryDiameterMinMm > 0) || p.territoryDiameterMaxMm < p.territoryDiameterMinMm)
        return fail(error, QStringLiteral("Territory diameter range is invalid."));
    const double fieldMm = std::min(p.rows, p.cols) * p.pixelSpacingMm;
    if (p.territoryDiameterMaxMm > fieldMm)
        return fail(error, QStringLiteral("The largest territory does not fit the field of view."));
    if (!(p.firingRateMinHz > 0) || p.firingRateMaxHz < p.firingRateMinHz)
        return fail(error, QStringLiteral("Firing rate range is invalid."));
    if (p.ipiJitterCv < 0 || p.ipiJitterCv > 0.5)
        return fail(error, QStringLiteral("Inter-pulse jitter must be between 0 and 0.5 of the interval."));
    if (p.syncFractionMin < 0 || p.syncFractionMax < p.syncFractionMin || p.syncFractionMax > 1)
        return fail(error, QStringLiteral("Synchronised share range must lie within [0, 1]."));
    if (!(p.tcMinMs > 0) || p.tcMaxMs < p.tcMinMs || p.thrMaxMs < p.thrMinMs)
        return fail(error, QStringLiteral("Contraction or half-relaxation time range is invalid."));
    if (!(p.minThrOverTc >= 1.0))
        return fail(error, QStringLiteral("minThrOverTc must be at least 1."));
    // Some admissible pair must have non-negligible probability: the fastest Tc with the
    // slowest Thr.
    if (!(p.thrMaxMs > p.minThrOverTc * p.tcMinMs))
        return fail(error, QStringLiteral("No half-relaxation time exceeds the contraction time enough."));
    if (!(p.fmaxMin > 0) || p.fmaxMax < p.fmaxMin)
        return fail(error, QStringLiteral("Peak force range is invalid."));
    if (p.noise && !std::isfinite(p.snrDb))
        return fail(error, QStringLiteral("SNR must be finite when noise is on."));
    return true;
}

double noiseSigmaForSnr(double signalPower, double snrDb)
{
    return std::sqrt(signalPower / std::pow(10.0, snrDb / 10.0));
}

int velocityPeakLagFrames(double tcMs, double thrMs, double frameRateHz, int frames)
{
    RaikovaTwitch twitch;
    twitch.tcS = tcMs / 1000.0;
    twitch.thrS = thrMs / 1000.0;
    twitch.init();
    std::vector<float> v(size_t(std::max(frames, 2)), 0.0f);
    addTwitch(twitch, 0.0, frameRateHz, int(v.size()), nullptr, v.data());
    const std::vector<float> s = ns::metrics::movingAverage(v, ns::metrics::kRoaSmoothingWindow);
    return int(std::max_element(s.begin(), s.end()) - s.begin());
}

MotorUnitSequence simulateMotorUnits(const MotorUnitParams& p, std::uint64_t seed)
{
    MotorUnitSequence seq;
    seq.params = p;
    seq.seed = seed;
    // Invalid ranges could make the twitch redraw loop endless; refuse with an empty sequence.
    if (!validateParams(p))
        return seq;
    MotorRandom rng(seed);

    const int unitCount = rng.uniformInt(p.unitsMin, p.unitsMax);
    const double durationS = p.frames / p.frameRateHz;
    const double widthMm = p.cols * p.pixelSpacingMm;
    const double heightMm = p.rows * p.pixelSpacingMm;

    std::vector<FiringTrain> trains;
    seq.units.resize(size_t(unitCount));
    for (MotorUnitLabel& unit : seq.units) {
        unit.diameterMm = rng.uniform(p.territoryDiameterMinMm, p.territoryDiameterMaxMm);
        // Whole territory inside the field, so the mask area is the territory's area.
        const double radius = 0.5 * unit.diameterMm;
        unit.centreXmm = rng.uniform(radius, widthMm - radius);
        unit.centreYmm = rng.uniform(radius, heightMm - radius);
        unit.firingRateHz = rng.uniform(p.firingRateMinHz, p.firingRateMaxHz);
        drawTwitch(rng, p, unit);
        trains.push_back(generateFiringTrain(rng, unit.firingRateHz, p.ipiJitterCv, durationS));
    }
    seq.syncFraction = rng.uniform(p.syncFractionMin, p.syncFractionMax);
    synchroniseFirings(rng, trains, seq.syncFraction);

    const size_t pixels = size_t(p.rows) * size_t(p.cols);
    seq.cleanVelocity.assign(pixels * size_t(p.frames), 0.0f);
    std::vector<float> weights;
    for (size_t u = 0; u < seq.units.size(); ++u) {
        MotorUnitLabel& unit = seq.units[u];
        unit.firingTimesS = trains[u].timesS;
        unit.synchronised = trains[u].synchronised;
        for (double t : unit.firingTimesS)
            unit.firingFrames.push_back(std::clamp(int(std::lround(t * p.frameRateHz)), 0, p.frames - 1));
        unit.velocityPeakLagFrames = velocityPeakLagFrames(unit.tcMs, unit.thrMs, p.frameRateHz, p.frames);

        RaikovaTwitch twitch;
        twitch.fmax = unit.fmax;
        twitch.tcS = unit.tcMs / 1000.0;
        twitch.thrS = unit.thrMs / 1000.0;
        twitch.init();
        unit.twitchTrain.assign(size_t(p.frames), 0.0f);
        unit.forceTrain.assign(size_t(p.frames), 0.0f);
        for (double t : unit.firingTimesS)
            addTwitch(twitch, t, p.frameRateHz, p.frames, unit.forceTrain.data(), unit.twitchTrain.data());

        // Superposition: the unit's time course scaled by its spatial weight, added in place.
        rasteriseTerritory(p, unit, weights);
        for (size_t i = 0; i < pixels; ++i) {
            const float w = weights[i];
            if (w == 0.0f)
                continue;
            float* voxel = seq.cleanVelocity.data() + i;
            for (int k = 0; k < p.frames; ++k)
                voxel[size_t(k) * pixels] += w * unit.twitchTrain[size_t(k)];
        }
    }

    double power = 0;
    for (float v : seq.cleanVelocity)
        power += double(v) * double(v);
    seq.signalPower = seq.cleanVelocity.empty() ? 0.0 : power / double(seq.cleanVelocity.size());

    seq.velocity = seq.cleanVelocity;
    if (p.noise && seq.signalPower > 0) {
        seq.noiseSigma = noiseSigmaForSnr(seq.signalPower, p.snrDb);
        MotorRandom noise(mixSeed(seed ^ kNoiseStream));
        for (float& v : seq.velocity)
            v += float(noise.normal() * seq.noiseSigma);
    }
    return seq;
}

} // namespace ns::synth::motor
