#pragma once
// Finding the nerve for the crop classifiers (S3's "segmentation-assisted step"): the
// registry's segmentation model predicts the nerve, and its centre plus the image's scale
// there give the crop (NerveCrop.h). Shared by the Grader and the Explainer so a heatmap
// explains exactly the crop that was graded.

#include "inference/InferenceOptions.h"

#include <QRectF>
#include <QString>
#include <memory>
#include <opencv2/core.hpp>

namespace ns::media { class Calibration; }

namespace ns::inference {

class Segmenter;

// The registry's first segmentation model; null with *error when none loads.
std::unique_ptr<Segmenter> defaultNerveLocator(const InferenceOptions& options, QString* error);

struct NerveCropPlacement {
    bool nerveFound = false;
    QRectF rect;          // frame pixels, when found and scaled
    QString error;        // set when the nerve was found but the image has no scale there
};

// The crop of `cropMm` around the nerve of `mask` (frame size), scaled by `calibration` at
// the nerve's centre.
NerveCropPlacement placeNerveCrop(const cv::Mat& mask, const media::Calibration& calibration, double cropMm);

} // namespace ns::inference
