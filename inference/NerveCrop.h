#pragma once
// The nerve-centred crop that the CTS classifiers see (S1: "a 15x15 mm crop around the
// nerve"; S3: "nerve-centred crops from a segmentation-assisted step"). The crop is a fixed
// size in millimetres, not pixels, so that a scanner with smaller pixels does not make a
// nerve look larger: nerve size is the main sign of CTS, and on whole frames the classifiers
// learnt the scanner's pixel size instead (held-out AUC 0.52).

#include <QRectF>
#include <opencv2/core.hpp>
#include <optional>

namespace ns::inference {

// Where the nerve is in a binary mask (CV_8U, non-zero = nerve): the centroid of its
// largest two components together, so the crop of a bifid nerve holds both halves.
std::optional<cv::Point2d> nerveCentre(const cv::Mat& mask);

// The crop's square in frame pixels: side cropMm / mmPerPx, centred on `centre`.
QRectF nerveCropRect(cv::Point2d centre, double mmPerPx, double cropMm);

// The square `rect` of a CV_8UC1 frame (black outside the frame, as outside the
// ultrasound sector) as model input: resized like toModelInput, in [0, 1].
cv::Mat toCroppedModelInput(const cv::Mat& grey8, const QRectF& rect, cv::Size inputSize);

// Which pixels of that model input show the frame (255) rather than the black beyond its
// edges (0): explanations perturb only the image, never the padding.
cv::Mat croppedImageArea(cv::Size frameSize, const QRectF& rect, cv::Size inputSize);

// A CV_32FC1 map at model size placed back onto a frame-size map (0 outside the crop).
cv::Mat cropMapToFrame(const cv::Mat& modelMap, const QRectF& rect, cv::Size frameSize);

} // namespace ns::inference
