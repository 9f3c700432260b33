#include "inference/FramePreprocess.h"

#include <opencv2/imgproc.hpp>

namespace ns::inference {

cv::Mat frameToGrey8(const QImage& frame)
{
    if (frame.isNull())
        return {};
    QImage grey = frame.format() == QImage::Format_Grayscale8 ? frame : frame.convertToFormat(QImage::Format_Grayscale8);
    cv::Mat view(grey.height(), grey.width(), CV_8UC1, const_cast<uchar*>(grey.constBits()), size_t(grey.bytesPerLine()));
    return view.clone(); // own the pixels: `grey` dies here
}

cv::Mat toModelInput(const cv::Mat& grey8, cv::Size inputSize)
{
    CV_Assert(grey8.type() == CV_8UC1 && !grey8.empty());
    cv::Mat resized;
    if (grey8.size() == inputSize)
        resized = grey8;
    else
        cv::resize(grey8, resized, inputSize, 0, 0, grey8.cols > inputSize.width ? cv::INTER_AREA : cv::INTER_LINEAR);
    cv::Mat out;
    resized.convertTo(out, CV_32F, 1.0 / 255.0);
    return out;
}

cv::Mat mapToFrame(const cv::Mat& modelMap, cv::Size frameSize)
{
    CV_Assert(modelMap.type() == CV_32FC1);
    if (modelMap.size() == frameSize)
        return modelMap.clone();
    cv::Mat out;
    cv::resize(modelMap, out, frameSize, 0, 0, cv::INTER_LINEAR);
    return out;
}

} // namespace ns::inference
