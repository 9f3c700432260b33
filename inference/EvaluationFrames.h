#pragma once
// What `evaluate` decided on each frame, for error analysis (`evaluate --frames FILE`): the
// summary says how often a model is wrong, this table says on which frames, so an annotator
// can open them, and several runs can be joined frame by frame (by name) outside the app.

#include "core/metrics/SegmentationScore.h"
#include "inference/ModelCard.h"

#include <QString>
#include <optional>
#include <vector>

namespace ns::inference {

struct FrameOutcome {
    QString name; // the dataset item's name (manifest "name")
    QString patient;
    QString wrist;
    QString profile;
    // Classifiers: the true class index and the model's probabilities, in the card's class
    // order; no probabilities: the locator found no nerve, so the frame was not graded.
    int truth = -1;
    std::vector<double> probabilities;
    // Segmentation: the frame's overlap and distance scores.
    std::optional<metrics::SegmentationScore> score;
};

// CSV, one row per outcome in the given order, written atomically. Classifiers:
//   frame,patient,wrist,profile,truth,predicted,correct,p_<class>...  (class names from the
//   card; predicted, correct and the probabilities empty on a frame that was not graded)
// Segmentation:
//   frame,patient,wrist,profile,dice,iou,precision,recall,hd95_px,hd95_mm  (a distance is
//   empty where it is undefined: an empty mask, or no pixel spacing for mm)
bool writeFrameOutcomesCsv(const QString& path, const ModelCard& card, const std::vector<FrameOutcome>& outcomes,
                           QString* error);

} // namespace ns::inference
