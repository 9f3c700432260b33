#pragma once
// One frame's segmentation score and a summary over many frames, for `evaluate` and the
// model cards.
//
// Units: dice, iou, precision, recall are fractions in [0, 1]; *Px distances are pixels,
// *Mm distances millimetres (only when the frame's pixel spacing was known). An undefined
// value (a distance on a frame with an empty mask) is NaN in the summaries' inputs and is
// counted in Descriptive::undefined, never averaged. Conventions: Overlap.h (both masks
// empty: overlap scores 1) and SurfaceDistance.h (boundaries, HD95 as medpy).

#include "core/metrics/Bootstrap.h"
#include "core/metrics/Overlap.h"
#include "core/metrics/Statistics.h"
#include "core/metrics/SurfaceDistance.h"

#include <QJsonObject>

#include <optional>
#include <vector>

namespace ns::metrics {

struct SegmentationScore {
    OverlapCounts counts;
    OverlapScores overlap;
    SurfaceDistances distances;
};

// Throws std::invalid_argument when the masks cannot be compared (check maskMismatch first).
SegmentationScore scoreSegmentation(const cv::Mat& prediction, const cv::Mat& reference,
                                    std::optional<PixelSpacing> spacing = std::nullopt);

struct MetricSummary {
    Descriptive stats;     // over frames (NaN = undefined frame)
    ConfidenceInterval ci; // bootstrap CI of the mean over frames (units: frames or groups)
};

struct SegmentationSummary {
    int frames = 0;
    MetricSummary dice, iou, precision, recall;
    MetricSummary hausdorffPx, hd95Px, hausdorffMm, hd95Mm;
    OverlapScores pooled; // "micro" scores of all frames' summed pixel counts
    int bothEmptyFrames = 0;

    QJsonObject toJson() const; // keys as the member names; NaN written as null
};

// Summary of per-frame scores; `options.groups` (one id per frame, e.g. patient) makes the
// bootstrap resample patients rather than frames. Set options.resamples = 0 to skip CIs.
SegmentationSummary summarizeSegmentation(const std::vector<SegmentationScore>& scores,
                                          const BootstrapOptions& options = {});

// A value column for one metric, NaN where undefined (e.g. to plot or to export).
std::vector<double> column(const std::vector<SegmentationScore>& scores, double (*get)(const SegmentationScore&));

MetricSummary summarizeValues(const std::vector<double>& values, const BootstrapOptions& options = {});
QJsonObject toJson(const MetricSummary& summary);

} // namespace ns::metrics
