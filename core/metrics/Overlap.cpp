#include "core/metrics/Overlap.h"

#include <QCoreApplication>

#include <opencv2/core.hpp>

#include <stdexcept>

namespace ns::metrics {

namespace {

// 0/0 follows the documented convention: 1 only when both masks are empty.
double ratio(std::int64_t num, std::int64_t den, bool bothEmpty)
{
    if (den == 0)
        return bothEmpty ? 1.0 : 0.0;
    return double(num) / double(den);
}

} // namespace

OverlapCounts& OverlapCounts::operator+=(const OverlapCounts& o)
{
    truePositive += o.truePositive;
    falsePositive += o.falsePositive;
    falseNegative += o.falseNegative;
    trueNegative += o.trueNegative;
    return *this;
}

OverlapScores OverlapCounts::scores() const
{
    const bool bothEmpty = predictionEmpty() && referenceEmpty();
    OverlapScores s;
    s.dice = ratio(2 * truePositive, 2 * truePositive + falsePositive + falseNegative, bothEmpty);
    s.iou = ratio(truePositive, truePositive + falsePositive + falseNegative, bothEmpty);
    s.precision = ratio(truePositive, truePositive + falsePositive, bothEmpty);
    s.recall = ratio(truePositive, truePositive + falseNegative, bothEmpty);
    return s;
}

QString maskMismatch(const cv::Mat& prediction, const cv::Mat& reference)
{
    if (prediction.type() != CV_8UC1 || reference.type() != CV_8UC1)
        return QCoreApplication::translate("Metrics", "Masks must be single-channel 8-bit images.");
    if (prediction.size() != reference.size())
        return QCoreApplication::translate("Metrics", "The masks differ in size: %1 x %2 against %3 x %4 pixels.")
            .arg(prediction.cols)
            .arg(prediction.rows)
            .arg(reference.cols)
            .arg(reference.rows);
    return {};
}

OverlapCounts overlapCounts(const cv::Mat& prediction, const cv::Mat& reference)
{
    if (const QString why = maskMismatch(prediction, reference); !why.isEmpty())
        throw std::invalid_argument(why.toStdString());
    OverlapCounts c;
    for (int y = 0; y < prediction.rows; ++y) {
        const uchar* p = prediction.ptr<uchar>(y);
        const uchar* r = reference.ptr<uchar>(y);
        for (int x = 0; x < prediction.cols; ++x) {
            const bool in = p[x] != 0;
            const bool ref = r[x] != 0;
            if (in && ref)
                ++c.truePositive;
            else if (in)
                ++c.falsePositive;
            else if (ref)
                ++c.falseNegative;
            else
                ++c.trueNegative;
        }
    }
    return c;
}

} // namespace ns::metrics
