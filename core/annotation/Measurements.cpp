#include "core/annotation/Measurements.h"

#include <QCoreApplication>
#include <QtMath>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace ns::annotation {

double shoelaceArea(const QPolygonF& p)
{
    const int n = p.size();
    if (n < 3)
        return 0;
    double twice = 0;
    for (int i = 0; i < n; ++i) {
        const QPointF& a = p[i];
        const QPointF& b = p[(i + 1) % n];
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(twice) / 2.0;
}

double perimeterLength(const QPolygonF& p, double sx, double sy)
{
    const int n = p.size();
    if (n < 2)
        return 0;
    double len = 0;
    for (int i = 0; i < n; ++i) {
        const QPointF d = p[(i + 1) % n] - p[i];
        len += std::hypot(d.x() * sx, d.y() * sy);
    }
    return len;
}

// Fitting in scaled coordinates (not scaling the pixel fit) keeps the mm axes right when a
// region's x and y spacing differ.
std::optional<EllipseFit> fitEllipse(const QPolygonF& p, double sx, double sy)
{
    if (p.size() < 5)
        return std::nullopt;
    std::vector<cv::Point2f> pts;
    pts.reserve(p.size());
    for (const QPointF& v : p)
        pts.emplace_back(float(v.x() * sx), float(v.y() * sy));
    const cv::RotatedRect r = cv::fitEllipse(pts);
    if (!(r.size.width > 0 && r.size.height > 0))
        return std::nullopt;
    EllipseFit e;
    // OpenCV's angle belongs to size.width; the major axis is whichever side is longer.
    if (r.size.width >= r.size.height) {
        e.majorAxis = r.size.width;
        e.minorAxis = r.size.height;
        e.angleDeg = r.angle;
    } else {
        e.majorAxis = r.size.height;
        e.minorAxis = r.size.width;
        e.angleDeg = r.angle + 90.0;
    }
    e.angleDeg = std::fmod(e.angleDeg + 360.0, 180.0);
    return e;
}

Measurements measure(const QPolygonF& polygon, const media::Calibration* calibration)
{
    Measurements m;
    m.areaPx = shoelaceArea(polygon);
    m.perimeterPx = perimeterLength(polygon);
    m.ellipsePx = fitEllipse(polygon);
    if (m.perimeterPx > 0)
        m.circularity = 4.0 * M_PI * m.areaPx / (m.perimeterPx * m.perimeterPx);
    if (m.ellipsePx && m.ellipsePx->minorAxis > 0)
        m.flatteningRatio = m.ellipsePx->majorAxis / m.ellipsePx->minorAxis;

    if (!calibration) {
        m.noPhysicalReason = QCoreApplication::translate("Measurements", "The study has no calibration.");
        return m;
    }
    const media::MeasurementScale s = calibration->scaleFor(polygon);
    if (!s.valid) {
        m.noPhysicalReason = s.reason;
        return m;
    }
    m.areaMm2 = s.areaMm2(m.areaPx);
    m.perimeterMm = perimeterLength(polygon, s.mmPerPixelX, s.mmPerPixelY);
    m.ellipseMm = fitEllipse(polygon, s.mmPerPixelX, s.mmPerPixelY);
    return m;
}

} // namespace ns::annotation
