#pragma once
// What occlusion and LIME share: the model seen as a function from perturbed inputs to one
// score each, and the image that hides a region. Kept free of LibTorch so the algorithms
// can be checked against score functions whose answer is known.

#include "core/jobs/Progress.h"
#include "inference/explain/ExplainOptions.h"

#include <functional>
#include <opencv2/core.hpp>
#include <vector>

namespace ns::inference::explain {

// Scores a batch of CV_32FC1 model inputs (one score each, same order). Throws on failure.
using BatchScore = std::function<std::vector<double>(const std::vector<cv::Mat>& inputs)>;

// The image a hidden region is replaced by: the input's mean grey everywhere, zeros, or
// the input blurred with a Gaussian of `blurSigma` pixels (hides detail, keeps the
// brightness, so the model sees less of an out-of-distribution hole).
cv::Mat fillImage(const cv::Mat& input, Fill fill, double blurSigma);

// Window starts along an axis of `length`: 0, stride, ... and, when the last window would
// leave a margin uncovered, one more flush with the end.
std::vector<int> windowStarts(int length, int patch, int stride);

} // namespace ns::inference::explain
