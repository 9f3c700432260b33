#pragma once
// Pixel-level ROC analysis of a segmentation probability map against a reference mask.
//
// Every pixel is one case: its score is the map's value, its label whether the reference
// mask is nonzero there. Two ways:
//   - pixelAuc / pixelRocCurve: one frame, exact (sort-based, ties count one half), some
//     tens of ms for a 500x500 map (60 ms measured on a busy 2-core machine);
//   - PixelRocAccumulator: pools any number of frames into a fixed histogram over [0, 1]
//     (memory independent of the number of frames). This is an approximation: two pixels in
//     the same bin count as a tie. It reports a strict bound on the error it can make
//     (aucErrorBound(): half the fraction of positive-negative pairs sharing a bin), so a
//     caller can check that the approximation is below the precision it reports (with the
//     default 65536 bins, values on a 1/200 grid stay exact). Values outside [0, 1] fall
//     into the end bins.

#include "core/metrics/Roc.h"

#include <cstdint>
#include <vector>

namespace cv {
class Mat;
}

namespace ns::metrics {

// `probability`: single-channel CV_32F, CV_64F or CV_8U (8-bit maps are scores 0..255);
// `reference`: CV_8UC1 of the same size. Throws std::invalid_argument on other input.
double pixelAuc(const cv::Mat& probability, const cv::Mat& reference);
std::vector<RocPoint> pixelRocCurve(const cv::Mat& probability, const cv::Mat& reference);

class PixelRocAccumulator {
public:
    explicit PixelRocAccumulator(int bins = 65536);

    // Same input rules as pixelAuc; 8-bit maps are divided by 255. NaN pixels are skipped
    // and counted in skippedPixels().
    void add(const cv::Mat& probability, const cv::Mat& reference);

    std::int64_t positives() const { return positives_; }
    std::int64_t negatives() const { return negatives_; }
    std::int64_t skippedPixels() const { return skipped_; }
    int bins() const { return int(pos_.size()); }

    double auc() const;           // NaN when either class is absent
    double aucErrorBound() const; // |auc() - exact pooled AUC| <= this
    // One point per nonempty bin edge, threshold = the bin's lower edge, from (0,0) to (1,1);
    // thinned to at most `maxPoints` points (keeping the ends) for plotting.
    std::vector<RocPoint> curve(int maxPoints = 512) const;

private:
    std::vector<std::int64_t> pos_, neg_;
    std::int64_t positives_ = 0, negatives_ = 0, skipped_ = 0;
};

} // namespace ns::metrics
