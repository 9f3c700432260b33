#pragma once
// Grad-CAM (Selvaraju et al. 2017) on a NetModule's last convolutional block: the block's
// channels weighted by the spatial mean of the target's gradient, summed, ReLU, upsampled
// to the input. Includes LibTorch: include it from .cpp files only.

#include "inference/models/NetModule.h"

#include <QString>
#include <opencv2/core.hpp>
#include <torch/types.h>

namespace ns::inference::explain {

struct FeaturesAndLogits {
    torch::Tensor features; // N x C x h x w of the last convolutional block; undefined if none
    torch::Tensor logits;
};

// One forward pass of a classifier that also returns its last block's activations, still
// attached to the autograd graph. Empty for networks without features/classifier parts.
FeaturesAndLogits classifierFeatures(ns::models::NetModule& net, const torch::Tensor& x);

// A classifier's class, explained through its log-probability (for two classes the logit
// difference, so the competing class counts); a segmentation net (targetClass < 0) through
// the mean logit inside `nerveMask` (CV_32FC1 at input size, 1 = nerve; Seg-Grad-CAM,
// Vinogradova et al. 2020) at its bottleneck. Returns CV_32FC1 at the input's size, >= 0;
// empty with *error for a net that offers no such block.
cv::Mat gradCamMap(ns::models::NetModule& net, const torch::Device& device, const cv::Mat& input, int targetClass,
                   QString* error, const cv::Mat& nerveMask = cv::Mat());

} // namespace ns::inference::explain
