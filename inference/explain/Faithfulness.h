#pragma once
// Measures of whether a heatmap is faithful to the model, used by the tests and the
// benchmark: the pointing game (does the maximum fall on the object?) and the deletion
// curve (does removing regions in the map's order lower the score faster than another
// order?). Model-agnostic, through a BatchScore.

#include "inference/explain/Perturbation.h"

#include <random>

namespace ns::inference::explain {

// Where a heatmap peaks: the centroid of the pixels within `tolerance` (relative to the
// map's range) of its maximum, so a plateau (a LIME superpixel, overlapping occlusion
// windows) counts by its centre, not by its first pixel in scan order.
cv::Point2d heatmapPeak(const cv::Mat& map, double tolerance = 1e-6);

// True when the peak lies inside `mask` (CV_8UC1, nonzero = object, same size as `map`)
// grown by `dilatePx` pixels.
bool pointingHit(const cv::Mat& map, const cv::Mat& mask, double dilatePx);

// Superpixels ordered by the mean of `map` over each, largest first.
std::vector<int> superpixelOrder(const cv::Mat& map, const cv::Mat& labels, int count);
std::vector<int> randomOrder(int count, std::mt19937_64& rng);

// Scores after removing (replacing by `fill`) the first 0, 1, ..., K superpixels of
// `order`: K + 1 values, the first the unperturbed score.
std::vector<double> deletionCurve(const cv::Mat& input, const cv::Mat& fill, const cv::Mat& labels,
                                  const std::vector<int>& order, const BatchScore& score, int batchSize = 32);

// Area under a curve sampled at equal steps over [0, 1] (trapezoids).
double curveArea(const std::vector<double>& curve);

} // namespace ns::inference::explain
