#include "core/annotation/Agreement.h"

#include "core/annotation/Mask.h"

#include <QCoreApplication>
#include <opencv2/imgproc.hpp>

namespace ns::annotation {

namespace {

// Outline pixels: in the mask, with a 4-neighbour outside it (or at the image edge).
cv::Mat outline(const cv::Mat& mask)
{
    cv::Mat eroded;
    cv::erode(mask, eroded, cv::getStructuringElement(cv::MORPH_CROSS, cv::Size(3, 3)), cv::Point(-1, -1), 1,
              cv::BORDER_CONSTANT, cv::Scalar(0));
    return mask - eroded;
}

// Largest distance from an outline pixel of `from` to the nearest outline pixel of `to`.
double directedHausdorff(const cv::Mat& from, const cv::Mat& to)
{
    cv::Mat notTo = (to == 0);
    cv::Mat dist;
    cv::distanceTransform(notTo, dist, cv::DIST_L2, cv::DIST_MASK_PRECISE);
    double maxDist = 0;
    cv::minMaxLoc(dist, nullptr, &maxDist, nullptr, nullptr, from);
    return maxDist;
}

} // namespace

Agreement compareRaters(const QList<QPolygonF>& raterA, const QList<QPolygonF>& raterB, QSize frameSize,
                        const media::Calibration* calibration)
{
    Agreement r;
    const cv::Mat a = rasterise(raterA, frameSize);
    const cv::Mat b = rasterise(raterB, frameSize);
    r.pixelsA = cv::countNonZero(a);
    r.pixelsB = cv::countNonZero(b);
    r.pixelsBoth = cv::countNonZero(a & b);
    if (r.pixelsA + r.pixelsB > 0)
        r.dice = 2.0 * r.pixelsBoth / double(r.pixelsA + r.pixelsB);
    if (r.pixelsA == 0 || r.pixelsB == 0) {
        r.noPhysicalReason = QCoreApplication::translate("Agreement", "One rater has no contour on this frame.");
        return r;
    }
    const cv::Mat oa = outline(a);
    const cv::Mat ob = outline(b);
    r.hausdorffPx = std::max(directedHausdorff(oa, ob), directedHausdorff(ob, oa));

    if (!calibration) {
        r.noPhysicalReason = QCoreApplication::translate("Agreement", "The study has no calibration.");
        return r;
    }
    QPolygonF all;
    for (const QPolygonF& p : raterA + raterB)
        all += p;
    const media::MeasurementScale s = calibration->scaleFor(all);
    if (!s.valid)
        r.noPhysicalReason = s.reason;
    else if (std::abs(s.mmPerPixelX - s.mmPerPixelY) > 1e-6 * s.mmPerPixelX)
        // A pixel distance has no single length when x and y spacing differ.
        r.noPhysicalReason = QCoreApplication::translate("Agreement", "The region's x and y spacing differ; the distance is given in pixels only.");
    else
        r.hausdorffMm = *r.hausdorffPx * s.mmPerPixelX;
    return r;
}

} // namespace ns::annotation
