#pragma once
// One model's pass over the frames of a labelled dataset folder, shared by `evaluate`
// (Evaluation.h) and the paired comparison of two models (ModelComparison.h), so both
// choose, read and score the same frames the same way.

#include "core/jobs/Progress.h"
#include "inference/DatasetManifest.h"
#include "inference/Evaluation.h"
#include "inference/Grader.h"
#include "inference/Segmenter.h"

#include <functional>
#include <optional>
#include <vector>

namespace ns::inference {

struct EvaluationItems {
    QList<DatasetItem> items;
    QString view;
    QStringList profiles; // in order of first appearance
    int withoutLabel = 0; // classifiers: frames left out because their row has no label
};

// The frames of `options.split`, view (or the card's own) and profiles, and for a
// classifier only those with its label; nullopt with a reason when none is left.
std::optional<EvaluationItems> selectEvaluationItems(const DatasetManifest& manifest, const ModelCard& card,
                                                     const EvaluationOptions& options, QString* error);

// The report's description of what was scored: dataset, split, view, profiles, frameCount,
// patients, device and framesWithoutLabel (when some were left out).
void describeEvaluation(QJsonObject* report, const DatasetManifest& manifest, const EvaluationItems& selected,
                        const EvaluationOptions& options, const QString& device);

// Per item: its resampling unit for bootstrap CIs (patient, or patient and wrist).
std::vector<int> groupIds(const QList<DatasetItem>& items, bool perWrist);

// Wrist-level cases of a classifier: per wrist (patient/wrist, in key order) among the
// frames `indices`, its label (CTS or severity), the mean of its frames' probabilities (as
// the Grader aggregates a sweep) and its patient's resampling group.
struct WristCases {
    std::vector<int> labels, groups;
    std::vector<std::vector<double>> probabilities;
};
WristCases wristCases(const QList<DatasetItem>& items, const std::vector<int>& indices, const std::vector<FrameGrade>& grades,
                      bool binary);

// Segments every item in batches; `onFrame(i, result, reference mask)` for each, in order.
// False with *error on a failed pass, a mask of another size, or cancellation.
using SegmentedFrame = std::function<void(int index, const SegmentationResult& result, const cv::Mat& reference)>;
bool segmentItems(Segmenter& segmenter, const QList<DatasetItem>& items, const jobs::Progress& progress,
                  const SegmentedFrame& onFrame, QString* error);

// Grades every item (runs of equal pixel size share a call, which has one calibration).
// A frame where a crop model's locator found no nerve has empty probabilities.
std::optional<std::vector<FrameGrade>> gradeItems(Grader& grader, const QList<DatasetItem>& items,
                                                  const jobs::Progress& progress, QString* error);

} // namespace ns::inference
