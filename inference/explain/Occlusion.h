#pragma once
// Occlusion sensitivity (Zeiler and Fergus): hide a window, score the model, and credit
// the drop in the target score to every pixel of the window; a pixel covered by several
// windows gets the mean of their drops. Windows go through the model in batches.

#include "inference/explain/Perturbation.h"

namespace ns::inference::explain {

struct PerturbationMap {
    cv::Mat map;           // CV_32FC1 at input size; > 0 where hiding lowers the score
    double baseScore = 0;  // the unperturbed input's score
    int evaluations = 0;   // perturbed inputs scored
    bool cancelled = false;
};

// `imageArea`: see fillImage. Windows holding no image are not scored (0 in the map).
PerturbationMap occlusionMap(const cv::Mat& input, const OcclusionOptions& options, const BatchScore& score,
                             const jobs::Progress& progress = jobs::Progress::none(), const cv::Mat& imageArea = cv::Mat());

} // namespace ns::inference::explain
