#pragma once
// S4's evaluation design as folders: one test set per unit count (1, 5, 10, 15, 20, 25)
// and noise level (none, 20 dB, 10 dB), each a motor-unit dataset whose every sequence is
// in the "test" split. Lets `evaluate` report recall and RoA against units and noise the
// way S4 does.

#include "core/jobs/Progress.h"
#include "core/synth/motor/MotorUnitTypes.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace ns::synth::motor {

struct MotorUnitTestSet {
    int units = 1;
    bool noise = false;
    double snrDb = 0;      // meaningful when noise is on
    QString folderName;    // "units_05_snr_10db", "units_25_clean"
};

// The 6 x 3 grid of S4, clean first, then 20 dB, then 10 dB within each unit count.
std::vector<MotorUnitTestSet> s4MotorUnitTestSets();

// Writes dir/<folderName>/ for every set: `perSet` sequences (S4: 100) made with `base`
// except for the unit count and noise, seeds derived from `seed` and the set's position.
// Progress spans all sets; cancellation and errors stop it (false, reason in `error`).
bool writeMotorUnitTestSets(const QString& dir, int perSet, const MotorUnitParams& base, std::uint64_t seed,
                            const ns::jobs::Progress& progress = ns::jobs::Progress::none(),
                            QString* error = nullptr);

} // namespace ns::synth::motor
