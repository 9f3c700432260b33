#pragma once
// What is measured on a contour: area, perimeter, fitted ellipse, circularity, flattening.
// Pixel values always exist; physical ones only where Calibration::scaleFor gives a scale
// (the contour lies inside one calibrated region), otherwise the reason says why not.

#include "core/media/Calibration.h"

#include <QPolygonF>
#include <QString>
#include <optional>

namespace ns::annotation {

struct EllipseFit {
    double majorAxis = 0; // full axis lengths (diameters), not semi-axes
    double minorAxis = 0;
    double angleDeg = 0;  // of the major axis, image x towards y
};

struct Measurements {
    double areaPx = 0;
    double perimeterPx = 0;
    std::optional<EllipseFit> ellipsePx; // needs at least 5 vertices
    double circularity = 0;              // 4*pi*A/P^2: 1 for a circle; scale-free
    std::optional<double> flatteningRatio; // major / minor of the ellipse fit

    std::optional<double> areaMm2;
    std::optional<double> perimeterMm;
    std::optional<EllipseFit> ellipseMm;
    QString noPhysicalReason; // set when the mm values are absent
};

double shoelaceArea(const QPolygonF& polygon);                     // absolute, pixels^2
double perimeterLength(const QPolygonF& polygon, double sx = 1, double sy = 1); // closed
std::optional<EllipseFit> fitEllipse(const QPolygonF& polygon, double sx = 1, double sy = 1);

// `calibration` may be null (no physical values, with the reason).
Measurements measure(const QPolygonF& polygon, const media::Calibration* calibration);

} // namespace ns::annotation
