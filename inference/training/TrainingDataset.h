#pragma once
// One split of a dataset folder (from `nervescope-cli dataset synth` or an export) for one
// task, decoded once and kept in memory at the model's input size: at 256x256 a frame is
// 256 KiB as float, so a few thousand frames fit easily. Images go through exactly the
// engines' preprocessing (frameToGrey8 + toModelInput), so training sees what inference
// will. Splits are read from the manifest, which splits by patient.

#include "core/jobs/Progress.h"
#include "inference/training/TrainingConfig.h"

#include <QMap>
#include <QStringList>
#include <opencv2/core.hpp>
#include <vector>

namespace ns::training {

struct TrainingSample {
    cv::Mat image;   // CV_32FC1, input size, [0, 1]
    cv::Mat mask;    // CV_32FC1, 0/1 (segmentation only)
    int label = 0;   // cts (0/1) or gradeIndex (0-3); 0 for segmentation
    QString name;
    QString patient;
    QString imagePath; // absolute
};

// What the manifest says about the whole folder, for the model card.
struct DatasetSummary {
    QString folder;          // absolute path
    QString task;            // the manifest's task
    QString seed;            // the manifest's generator seed
    QStringList profiles;    // sorted, all splits
    int patients = 0;        // all splits
    QMap<QString, int> patientsPerSplit; // after the view filter
    QMap<QString, int> framesPerSplit;   // after the view filter
    QString describe(const QString& view) const; // one sentence for the card
};

class TrainingDataset {
public:
    // Reads DIR/manifest.json and the split's frames of `view`. False with a one-line
    // reason: no folder, no manifest, a missing or unreadable image, an empty split.
    // cropMm > 0: each image is the nerve-centred crop of that many mm (NerveCrop.h),
    // centred on the row's mask and scaled by its pixelSpacingMm; rows without a nerve in
    // their mask are left out (counted in skippedNoNerve()).
    bool load(const QString& dir, const QString& split, TrainingTask task, const QString& view, cv::Size inputSize,
              const ns::jobs::Progress& progress, QString* error, double cropMm = 0);
    int skippedNoNerve() const { return m_skippedNoNerve; }
    // Classifiers: rows without the task's label (ungraded studies) are left out too.
    int skippedNoLabel() const { return m_skippedNoLabel; }

    const std::vector<TrainingSample>& samples() const { return m_samples; }
    int size() const { return int(m_samples.size()); }
    const DatasetSummary& summary() const { return m_summary; }

private:
    std::vector<TrainingSample> m_samples;
    DatasetSummary m_summary;
    int m_skippedNoNerve = 0;
    int m_skippedNoLabel = 0;
};

} // namespace ns::training
