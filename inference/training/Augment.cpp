#include "inference/training/Augment.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace ns::training {

namespace {
constexpr double kDegToRad = 3.14159265358979323846 / 180.0;
}

AffineDraw drawAffine(const AugmentRanges& r, SeededRandom& random)
{
    // Every draw is taken whether or not its range is zero, so the stream's position (and
    // the other draws) do not depend on which augmentations are switched on.
    AffineDraw d;
    d.shearXDeg = random.uniform(-r.shearDeg, r.shearDeg);
    d.shearYDeg = random.uniform(-r.shearDeg, r.shearDeg);
    d.rotationDeg = random.uniform(-r.rotationDeg, r.rotationDeg);
    d.scale = random.uniform(r.scaleMin, r.scaleMax);
    d.tx = random.uniform(-r.translateFrac, r.translateFrac);
    d.ty = random.uniform(-r.translateFrac, r.translateFrac);
    d.flip = random.coin() && r.horizontalFlip;
    return d;
}

cv::Mat affineMatrix(const AffineDraw& d, cv::Size size)
{
    const double cx = (size.width - 1) * 0.5, cy = (size.height - 1) * 0.5;
    // Centred coordinates: flip, shear, rotate+scale, then translate back and shift.
    const cv::Matx33d toCentre(1, 0, -cx, 0, 1, -cy, 0, 0, 1);
    const cv::Matx33d flip(d.flip ? -1 : 1, 0, 0, 0, 1, 0, 0, 0, 1);
    const cv::Matx33d shear(1, std::tan(d.shearXDeg * kDegToRad), 0, std::tan(d.shearYDeg * kDegToRad), 1, 0, 0, 0, 1);
    const double c = std::cos(d.rotationDeg * kDegToRad) * d.scale, s = std::sin(d.rotationDeg * kDegToRad) * d.scale;
    const cv::Matx33d rotScale(c, -s, 0, s, c, 0, 0, 0, 1);
    const cv::Matx33d back(1, 0, cx + d.tx * size.width, 0, 1, cy + d.ty * size.height, 0, 0, 1);
    const cv::Matx33d m = back * rotScale * shear * flip * toCentre;
    return (cv::Mat_<double>(2, 3) << m(0, 0), m(0, 1), m(0, 2), m(1, 0), m(1, 1), m(1, 2));
}

void augment(const AugmentRanges& ranges, SeededRandom& random, cv::Mat* image, cv::Mat* mask)
{
    const AffineDraw d = drawAffine(ranges, random);
    const cv::Size size = image->size();
    const cv::Mat m = affineMatrix(d, size);
    cv::Mat out;
    cv::warpAffine(*image, out, m, size, cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(0));
    *image = out;
    if (mask && !mask->empty()) {
        cv::Mat warped, binary;
        cv::warpAffine(*mask, warped, m, size, cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(0));
        cv::threshold(warped, binary, 0.5, 1.0, cv::THRESH_BINARY);
        *mask = binary;
    }
}

} // namespace ns::training
