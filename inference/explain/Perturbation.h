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
// `imageArea` (CV_8UC1, non-zero = image; empty = all of it) marks what is image rather
// than padding (a crop reaching past the frame's edge): there the fill is taken from the
// image alone (mean of the image, blur normalised to the image), and the padding keeps
// its value, so hiding a region never paints tissue into the void or void into tissue.
// Fill::Region needs the regions: `regions` (CV_32SC1 labels 0..n-1, e.g. superpixels)
// gives each pixel its region's mean over the image area.
cv::Mat fillImage(const cv::Mat& input, Fill fill, double blurSigma, const cv::Mat& imageArea = cv::Mat(),
                  const cv::Mat& regions = cv::Mat());

// Fill::Region for one window: the window's image pixels set to their mean (padding kept).
void fillWindowWithItsMean(cv::Mat& image, const cv::Rect& window, const cv::Mat& imageArea);

// Window starts along an axis of `length`: 0, stride, ... and, when the last window would
// leave a margin uncovered, one more flush with the end.
std::vector<int> windowStarts(int length, int patch, int stride);

} // namespace ns::inference::explain
