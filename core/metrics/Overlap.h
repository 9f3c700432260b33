#pragma once
// Pixel overlap between a predicted and a reference (ground-truth) binary mask.
//
// Masks are single-channel 8-bit images (CV_8UC1) of the same size; any nonzero pixel is
// inside. All four scores are unitless fractions in [0, 1]:
//   DSC       = 2 TP / (2 TP + FP + FN)
//   IoU       = TP / (TP + FP + FN)        (Jaccard)
//   precision = TP / (TP + FP)             (positive predictive value)
//   recall    = TP / (TP + FN)             (sensitivity)
//
// Empty-mask convention (a ratio whose denominator is 0):
//   - both masks empty: every score is 1 — the prediction agrees that there is no nerve;
//   - otherwise 0 — e.g. an empty prediction of a nonempty nerve has precision 0, and a
//     nonempty prediction on an empty reference has recall 0: the nonempty mask is wrong.
// The counts are kept so that pooled ("micro") scores over many frames can be formed by
// summing counts first (OverlapCounts::operator+=, then scores()).

#include <QString>

#include <cstdint>

namespace cv {
class Mat;
}

namespace ns::metrics {

struct OverlapScores {
    double dice = 1.0;
    double iou = 1.0;
    double precision = 1.0;
    double recall = 1.0;
};

struct OverlapCounts {
    std::int64_t truePositive = 0;  // inside both
    std::int64_t falsePositive = 0; // predicted only
    std::int64_t falseNegative = 0; // reference only
    std::int64_t trueNegative = 0;  // outside both

    OverlapCounts& operator+=(const OverlapCounts& other);
    bool predictionEmpty() const { return truePositive + falsePositive == 0; }
    bool referenceEmpty() const { return truePositive + falseNegative == 0; }
    OverlapScores scores() const;
};

// Why two masks cannot be compared (translated, for the user), or an empty string when they
// can: both CV_8UC1 (convert others with cv::Mat::convertTo / cv::compare first), same size.
QString maskMismatch(const cv::Mat& prediction, const cv::Mat& reference);

// Throws std::invalid_argument(maskMismatch(...)) when the masks cannot be compared; callers
// that read masks from files should check maskMismatch() first and report it.
OverlapCounts overlapCounts(const cv::Mat& prediction, const cv::Mat& reference);

inline OverlapScores overlapScores(const cv::Mat& prediction, const cv::Mat& reference)
{
    return overlapCounts(prediction, reference).scores();
}

} // namespace ns::metrics
