#pragma once
// Stores simulated motor-unit sequences in the numpy-readable layout documented in
// docs/motor-unit-format.md: one folder per sequence (.npy arrays + JSON labels) and, for a
// dataset, an index.json with the train/val/test split. Called by
// `nervescope-cli dataset synth --task motor-units`.

#include "core/jobs/Progress.h"
#include "core/synth/motor/MotorUnitTypes.h"

#include <QJsonObject>
#include <QString>
#include <cstdint>

namespace ns::synth::motor {

constexpr int kMotorUnitFormatVersion = 1;

struct MotorUnitWriteOptions {
    bool writeClean = false;     // also velocity_clean.npy (doubles the size; useful for denoisers)
    double valFraction = 0.1;    // dataset split shares; the rest is train
    double testFraction = 0.1;
};

// Writes sequence `seq` into folder `dir` (created if missing; existing files replaced):
// velocity.npy, masks.npy, twitch_trains.npy, force_trains.npy, spikes.npy, firings.json,
// meta.json (and velocity_clean.npy when asked). False with one sentence in `error` on failure.
bool writeMotorUnitSequence(const QString& dir, const MotorUnitSequence& seq,
                            const MotorUnitWriteOptions& options = {}, QString* error = nullptr);

// The parameters as JSON (also used in meta.json and index.json).
QJsonObject motorUnitParamsToJson(const MotorUnitParams& params);

// Seed of sequence `index` of a dataset made with `datasetSeed`; simulateMotorUnits(params,
// motorUnitSequenceSeed(s, i)) regenerates it exactly.
std::uint64_t motorUnitSequenceSeed(std::uint64_t datasetSeed, int index);

// Split of sequence `index` of `count`: the last round(count*testFraction) are "test", the
// round(count*valFraction) before them "val", the rest "train". Sequences are i.i.d.
// draws, so splitting by position is as good as a shuffle.
QString motorUnitSplit(int index, int count, const MotorUnitWriteOptions& options);

// Simulates `count` sequences into dir/sequence_0000 ... and writes dir/index.json.
// Reports progress per sequence and stops (returning false, error "Cancelled.") when the
// progress token is cancelled. Parameters are validated first.
bool writeMotorUnitDataset(const QString& dir, int count, const MotorUnitParams& params, std::uint64_t seed,
                           const ns::jobs::Progress& progress = ns::jobs::Progress::none(),
                           const MotorUnitWriteOptions& options = {}, QString* error = nullptr);

} // namespace ns::synth::motor
