#pragma once
// The motor-unit tissue-velocity simulator of SEEDS S4: circular territories at random
// positions, renewal firing trains with jitter and partial synchronisation, Raikova
// twitches sampled as velocity, superposed, plus white Gaussian noise at a chosen SNR.
// Same seed, same sequence (see MotorRandom.h for what "same" rests on).

#include "core/synth/motor/MotorUnitTypes.h"

#include <QString>
#include <cstdint>

namespace ns::synth::motor {

// Checks ranges and relations (min <= max, Tc/Thr admit Thr > minThrOverTc * Tc, the
// largest territory fits the field). Returns false with one sentence in `error`.
bool validateParams(const MotorUnitParams& params, QString* error = nullptr);

// One sequence. Draw order is fixed (unit count; per unit geometry, rate, twitch, firings;
// synchronisation) and the noise comes from its own stream, so switching noise on or off
// or changing the SNR leaves the clean sequence and every label unchanged.
// Invalid params (see validateParams) give a sequence with no units and empty arrays.
MotorUnitSequence simulateMotorUnits(const MotorUnitParams& params, std::uint64_t seed);

// The noise a given SNR asks for: sigma = sqrt(signalPower / 10^(snrDb/10)).
double noiseSigmaForSnr(double signalPower, double snrDb);

// Frames from a firing to the maximum of its smoothed (11-sample moving average) velocity
// lobe, for a twitch with these parameters; used to label where detectFirings() should
// find each firing in a clean twitch train.
int velocityPeakLagFrames(double tcMs, double thrMs, double frameRateHz, int frames);

} // namespace ns::synth::motor
