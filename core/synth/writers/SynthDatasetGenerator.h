#pragma once
// Generates a whole labelled dataset for one task: P synthetic patients, each with a left
// and a right wrist whose grade (and view, bifid, empty frames) are drawn per task from the
// seed, F frames per wrist from one generated cine each, split train/val/test by patient.
// The cine generator is passed in, so tests and benchmarks can use their own.

#include "core/jobs/Progress.h"
#include "core/synth/SynthTypes.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <functional>

namespace ns::synth {

enum class DatasetTask { Segmentation, CtsBinary, CtsSeverity };
QString datasetTaskName(DatasetTask task); // "segmentation", "cts-binary", "cts-severity"
bool parseDatasetTask(const QString& name, DatasetTask* out);

struct DatasetRequest {
    DatasetTask task = DatasetTask::Segmentation;
    int patients = 10;
    int framesPerWrist = 10;
    std::uint64_t seed = 1;
    QStringList profiles{QStringLiteral("hm70a")}; // each patient is scanned on one, by seed
    // Wrists generated at once. The folder is byte-identical for any count (each wrist's
    // cines depend only on its plan, and frames are written in wrist order); above 1 the
    // cine factory must be safe to call from several threads, and progress comes per wrist.
    int threads = 1;
    // Non-zero: the same patients, wrists and frames as `seed` gives, with every frame's
    // speckle and noise drawn anew (SynthRequest::speckleSeed); masks and manifest rows stay.
    std::uint64_t speckleSeed = 0;
};

// What one wrist gets: the plan is a pure function of (request, patient, wrist), so it is
// the same whatever order wrists are generated in.
//   segmentation: grade uniform over 4; wrist view 70%, forearm 30%; bifid 10%; 10% of
//                 wrists include frames with the nerve out of view.
//   cts-binary:   wrist view; normal 50%, else mild/moderate/severe equally.
//   cts-severity: grade uniform over 4; frames split between wrist and longitudinal views.
struct WristPlan {
    QString patientId;
    QString wrist;
    QString profile;
    Grade grade = Grade::Normal;
    bool bifid = false;
    bool emptyFrames = false;
    QList<QPair<View, int>> cines; // view and frame count, one cine each
    std::uint64_t seed = 0;        // the first cine's seed; later cines add 1
};
WristPlan planWrist(const DatasetRequest& request, int patientIndex, bool left);

using CineFactory = std::function<SynthCine(const SynthRequest&, const ns::jobs::Progress&)>;

struct DatasetResult {
    bool ok = false;
    bool cancelled = false;
    QString error;
    int frames = 0;
    QMap<QString, int> framesPerSplit;
    QMap<QString, int> patientsPerSplit;
};

DatasetResult generateDataset(const DatasetRequest& request, const QString& outDir, const CineFactory& makeCine,
                              const ns::jobs::Progress& progress = ns::jobs::Progress::none());

} // namespace ns::synth
