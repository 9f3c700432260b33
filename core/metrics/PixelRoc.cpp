#include "core/metrics/PixelRoc.h"

#include <QCoreApplication>

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace ns::metrics {

namespace {

void requireMaps(const cv::Mat& probability, const cv::Mat& reference)
{
    const int depth = probability.depth();
    if (probability.channels() != 1 || (depth != CV_32F && depth != CV_64F && depth != CV_8U))
        throw std::invalid_argument(
            QCoreApplication::translate("Metrics", "A probability map must be a single-channel 8-bit, float or double image.")
                .toStdString());
    if (reference.type() != CV_8UC1)
        throw std::invalid_argument(
            QCoreApplication::translate("Metrics", "Masks must be single-channel 8-bit images.").toStdString());
    if (probability.size() != reference.size())
        throw std::invalid_argument(
            QCoreApplication::translate("Metrics", "The probability map and the mask differ in size.").toStdString());
}

// Visits (score, label) of every pixel as doubles, whatever the map's depth.
template <typename F>
void forEachPixel(const cv::Mat& probability, const cv::Mat& reference, double scale, F&& f)
{
    cv::Mat scores;
    probability.convertTo(scores, CV_64F, scale);
    for (int y = 0; y < scores.rows; ++y) {
        const double* s = scores.ptr<double>(y);
        const uchar* r = reference.ptr<uchar>(y);
        for (int x = 0; x < scores.cols; ++x)
            f(s[x], r[x] != 0);
    }
}

void splitClasses(const cv::Mat& probability, const cv::Mat& reference, std::vector<double>& pos,
                  std::vector<double>& neg)
{
    requireMaps(probability, reference);
    pos.reserve(size_t(cv::countNonZero(reference)));
    neg.reserve(probability.total() - pos.capacity());
    forEachPixel(probability, reference, 1.0, [&](double s, bool in) { (in ? pos : neg).push_back(s); });
}

} // namespace

double pixelAuc(const cv::Mat& probability, const cv::Mat& reference)
{
    std::vector<double> pos, neg;
    splitClasses(probability, reference, pos, neg);
    return aucFromClasses(std::move(pos), std::move(neg));
}

std::vector<RocPoint> pixelRocCurve(const cv::Mat& probability, const cv::Mat& reference)
{
    requireMaps(probability, reference);
    std::vector<double> scores;
    std::vector<int> labels;
    scores.reserve(probability.total());
    labels.reserve(probability.total());
    forEachPixel(probability, reference, 1.0, [&](double s, bool in) {
        scores.push_back(s);
        labels.push_back(in ? 1 : 0);
    });
    return rocCurve(scores, labels);
}

PixelRocAccumulator::PixelRocAccumulator(int bins)
    : pos_(size_t(std::max(bins, 2)), 0)
    , neg_(size_t(std::max(bins, 2)), 0)
{
}

void PixelRocAccumulator::add(const cv::Mat& probability, const cv::Mat& reference)
{
    requireMaps(probability, reference);
    const double scale = probability.depth() == CV_8U ? 1.0 / 255.0 : 1.0;
    const int last = int(pos_.size()) - 1;
    const double n = double(pos_.size());
    forEachPixel(probability, reference, scale, [&](double s, bool in) {
        if (std::isnan(s)) {
            ++skipped_;
            return;
        }
        // Bin b holds [b/n, (b+1)/n); 1.0 joins the top bin.
        const int b = s <= 0.0 ? 0 : s >= 1.0 ? last : std::min(last, int(s * n));
        if (in) {
            ++pos_[size_t(b)];
            ++positives_;
        } else {
            ++neg_[size_t(b)];
            ++negatives_;
        }
    });
}

double PixelRocAccumulator::auc() const
{
    if (positives_ == 0 || negatives_ == 0)
        return std::numeric_limits<double>::quiet_NaN();
    long double wins = 0.0L;
    long double negBelow = 0.0L;
    for (size_t b = 0; b < pos_.size(); ++b) {
        wins += static_cast<long double>(pos_[b]) * (negBelow + 0.5L * static_cast<long double>(neg_[b]));
        negBelow += static_cast<long double>(neg_[b]);
    }
    return double(wins / (static_cast<long double>(positives_) * static_cast<long double>(negatives_)));
}

double PixelRocAccumulator::aucErrorBound() const
{
    if (positives_ == 0 || negatives_ == 0)
        return std::numeric_limits<double>::quiet_NaN();
    // A pair sharing a bin counts 1/2; its true contribution is 0, 1/2 or 1.
    long double shared = 0.0L;
    for (size_t b = 0; b < pos_.size(); ++b)
        shared += static_cast<long double>(pos_[b]) * static_cast<long double>(neg_[b]);
    return double(0.5L * shared / (static_cast<long double>(positives_) * static_cast<long double>(negatives_)));
}

std::vector<RocPoint> PixelRocAccumulator::curve(int maxPoints) const
{
    std::vector<RocPoint> all;
    if (positives_ == 0 || negatives_ == 0)
        return all;
    all.push_back(RocPoint{});
    std::int64_t tp = 0, fp = 0;
    for (size_t b = pos_.size(); b-- > 0;) {
        if (pos_[b] == 0 && neg_[b] == 0)
            continue;
        tp += pos_[b];
        fp += neg_[b];
        all.push_back({double(b) / double(pos_.size()), double(fp) / double(negatives_), double(tp) / double(positives_)});
    }
    maxPoints = std::max(maxPoints, 2);
    if (int(all.size()) <= maxPoints)
        return all;
    std::vector<RocPoint> thin;
    thin.reserve(size_t(maxPoints));
    for (int k = 0; k < maxPoints; ++k)
        thin.push_back(all[size_t(std::llround(double(k) * double(all.size() - 1) / double(maxPoints - 1)))]);
    return thin;
}

} // namespace ns::metrics
