#pragma once
// LIME for images (Ribeiro et al. 2016): cut the input into SLIC superpixels, score the
// model on random masks that switch superpixels off (replaced by the fill), fit a ridge
// regression of the scores on the on/off pattern weighted by an exponential kernel of each
// mask's cosine distance to the full image, and paint each superpixel with its coefficient.

#include "inference/explain/Occlusion.h"

namespace ns::inference::explain {

// SLICO superpixels of a CV_32FC1 image in [0, 1]: CV_32SC1 labels 0..n-1 (n in *count).
cv::Mat slicSuperpixels(const cv::Mat& input, int wanted, int* count);

// The input with the superpixels whose `on` entry is 0 replaced by `fill`.
cv::Mat composeSample(const cv::Mat& input, const cv::Mat& fill, const cv::Mat& labels, const std::vector<unsigned char>& on);

struct LimeMap : PerturbationMap {
    cv::Mat labels;               // CV_32SC1 superpixel of each input pixel
    std::vector<double> weights;  // surrogate coefficient per superpixel
    double intercept = 0;
    double weightedR2 = 0;        // how well the linear surrogate fits the model locally
};

// `imageArea`: see fillImage; switching a superpixel off changes only its image pixels, so
// a superpixel wholly in the padding does nothing and gets a weight of about 0.
LimeMap limeMap(const cv::Mat& input, const LimeOptions& options, const BatchScore& score,
                const jobs::Progress& progress = jobs::Progress::none(), const cv::Mat& imageArea = cv::Mat());

// Weighted ridge with an unpenalised intercept (scikit-learn's Ridge with sample_weight):
// rows of `x` are samples. Returns coefficients; *intercept and *r2 when given.
std::vector<double> weightedRidge(const cv::Mat& x, const std::vector<double>& y, const std::vector<double>& w,
                                  double alpha, double* intercept = nullptr, double* r2 = nullptr);

} // namespace ns::inference::explain
