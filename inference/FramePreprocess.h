#pragma once
// The one way a frame becomes network input, shared by the engines, training and
// evaluation so a model sees in use exactly what it saw in training: 8-bit grey (colour
// frames by luminance), resized to the card's input size with area averaging, scaled to
// [0, 1]. Masks and probability maps travel back to frame size with mapToFrame().

#include <QImage>
#include <opencv2/core.hpp>

namespace ns::inference {

// Any QImage format (grey, RGB, indexed, 16-bit) to CV_8UC1 of the same size.
cv::Mat frameToGrey8(const QImage& frame);

// CV_8UC1 of any size to CV_32FC1 of `inputSize`, values in [0, 1].
cv::Mat toModelInput(const cv::Mat& grey8, cv::Size inputSize);

// A CV_32FC1 map at model size back to `frameSize` (bilinear): probabilities stay
// probabilities, and thresholding happens after, at frame resolution.
cv::Mat mapToFrame(const cv::Mat& modelMap, cv::Size frameSize);

} // namespace ns::inference
