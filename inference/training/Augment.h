#pragma once
// Random affine augmentation (DESIGN section 7): shear, horizontal flip, rotation, scale and
// translation about the image centre, one transform applied identically to an image and
// its mask. The transform is drawn from a SeededRandom, so (seed, epoch, sample) fixes it.

#include "inference/training/SeededRandom.h"
#include "inference/training/TrainingConfig.h"

#include <opencv2/core.hpp>

namespace ns::training {

struct AffineDraw {
    double shearXDeg = 0, shearYDeg = 0, rotationDeg = 0, scale = 1, tx = 0, ty = 0;
    bool flip = false;
};

AffineDraw drawAffine(const AugmentRanges& ranges, SeededRandom& random);

// 2x3 CV_64F matrix mapping source to destination pixels for an image of `size`.
cv::Mat affineMatrix(const AffineDraw& draw, cv::Size size);

// image: CV_32FC1 (bilinear, borders 0 = black like outside the ultrasound sector);
// mask: CV_32FC1 0/1 or empty (bilinear then thresholded at 0.5, so edges stay smooth and
// binary). Both are replaced by their transformed copies.
void augment(const AugmentRanges& ranges, SeededRandom& random, cv::Mat* image, cv::Mat* mask);

} // namespace ns::training
