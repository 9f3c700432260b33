#pragma once
// Surface (boundary) distances between a predicted and a reference binary mask: the
// Hausdorff distance and its 95th-percentile variant HD95, in pixels and in millimetres.
//
// Definitions (those of medpy.metric.binary.hd / hd95, which many segmentation papers use):
//   - Boundary of a mask: its inside pixels that have at least one 4-neighbour outside the
//     mask, pixels beyond the image edge counting as outside (mask XOR its erosion by the
//     3x3 cross with a zero border, as scipy.ndimage.binary_erosion does).
//   - Distances are Euclidean between pixel centres; with a pixel spacing (x = column
//     spacing, y = row spacing, anisotropic allowed) the step along x is x mm, along y y mm.
//   - Directed distances A->B: for every boundary pixel of A, the distance to the nearest
//     boundary pixel of B (exact Euclidean distance transform, not a chamfer approximation).
//   - Hausdorff distance = the largest of all directed distances in both directions.
//   - HD95 = the 95th percentile of the POOLED directed distances of both directions
//     (A->B and B->A together), with linear interpolation between order statistics
//     (numpy.percentile's default). Note MONAI instead takes the larger of the two directed
//     95th percentiles; the two can differ by a fraction of a pixel on irregular shapes.
//
// Undefined cases: when either mask is empty there is no surface to measure from, and the
// distances are std::nullopt, with `undefinedReason` saying which mask was empty.

#include <optional>
#include <vector>

namespace cv {
class Mat;
}

namespace ns::metrics {

// Millimetres per pixel along x (columns) and y (rows).
struct PixelSpacing {
    double x = 1.0;
    double y = 1.0;
};

enum class SurfaceUndefined { None, PredictionEmpty, ReferenceEmpty, BothEmpty };

struct SurfaceDistances {
    std::optional<double> hausdorffPx;
    std::optional<double> hd95Px;
    std::optional<double> hausdorffMm; // only when a spacing was given
    std::optional<double> hd95Mm;
    SurfaceUndefined undefinedReason = SurfaceUndefined::None;
};

// Boundary pixels (255) of a CV_8UC1 mask as defined above; 0 elsewhere.
cv::Mat maskBoundary(const cv::Mat& mask);

// Squared Euclidean distance (in units of `spacing`) from every pixel to the nearest nonzero
// pixel of `features` (CV_8UC1), as CV_64F; +infinity everywhere when there is none.
// Exact (Felzenszwalb & Huttenlocher 2012, separable lower envelopes of parabolas).
cv::Mat squaredDistanceTransform(const cv::Mat& features, PixelSpacing spacing = {});

// Directed distances from each boundary pixel of `from` to the boundary of `to`, in units of
// `spacing`, in row-major order of the `from` boundary pixels. Empty when either is empty.
std::vector<double> directedSurfaceDistances(const cv::Mat& from, const cv::Mat& to, PixelSpacing spacing = {});

// Hausdorff and HD95 in pixels, and in mm when `spacing` is given. Throws
// std::invalid_argument when the masks cannot be compared (see maskMismatch in Overlap.h).
SurfaceDistances surfaceDistances(const cv::Mat& prediction, const cv::Mat& reference,
                                  std::optional<PixelSpacing> spacing = std::nullopt);

} // namespace ns::metrics
