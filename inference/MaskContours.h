#pragma once
// From a probability map to nerve contours: threshold, keep the largest connected
// components (two by default, so a bifid nerve survives as two contours), trace their
// outlines in image coordinates, optionally replace each by its fitted ellipse
// (clinicians measure near-ellipses). Pure OpenCV, no network involved.

#include <QList>
#include <QPolygonF>
#include <opencv2/core.hpp>

namespace ns::inference {

struct ContourExtraction {
    double threshold = 0.5;
    int maxComponents = 2;
    // A second component counts only if it has at least this fraction of the largest's
    // area: speckle is not a second fascicle bundle.
    double minComponentFraction = 0.15;
    int minComponentPixels = 12;
    bool ellipseRegularise = false;
};

struct ExtractedContours {
    cv::Mat mask;                 // CV_8U, 255 inside the kept components
    QList<QPolygonF> contours;    // one closed polygon per kept component, largest first
    QList<double> meanProbability; // per contour, over its pixels
};

ExtractedContours extractContours(const cv::Mat& probability, const ContourExtraction& options = {});

} // namespace ns::inference
