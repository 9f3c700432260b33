#include "core/synth/TissueCanvas.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace ns::synth {

namespace {
constexpr int kShift = 4; // OpenCV sub-pixel drawing: 1/16 px, so slow motion stays smooth
constexpr double kScale = 1 << kShift;
} // namespace

TissueCanvas::TissueCanvas(cv::Size size, double spacingMm, double originXmm)
    : diffuse(size, CV_32F), coherent(size, CV_32F), atten(size, CV_32F), m_size(size), m_spacing(spacingMm),
      m_origin(originXmm)
{
    fill(Tissue{});
}

void TissueCanvas::fill(const Tissue& t)
{
    diffuse.setTo(t.diffuse);
    coherent.setTo(t.coherent);
    atten.setTo(t.atten);
}

std::vector<cv::Point> TissueCanvas::toFixed(const PathMm& mm) const
{
    std::vector<cv::Point> px;
    px.reserve(mm.size());
    for (const cv::Point2d& p : mm) {
        const cv::Point2d q = toPx(p);
        // Clamp far-away vertices so fixed-point coordinates cannot overflow.
        px.emplace_back(cvRound(std::clamp(q.x, -1e5, 1e5) * kScale), cvRound(std::clamp(q.y, -1e5, 1e5) * kScale));
    }
    return px;
}

void TissueCanvas::fillPolygon(const PathMm& mm, const Tissue& t)
{
    if (mm.size() < 3)
        return;
    const std::vector<std::vector<cv::Point>> polys{toFixed(mm)};
    cv::fillPoly(diffuse, polys, cv::Scalar(t.diffuse), cv::LINE_8, kShift);
    cv::fillPoly(coherent, polys, cv::Scalar(t.coherent), cv::LINE_8, kShift);
    cv::fillPoly(atten, polys, cv::Scalar(t.atten), cv::LINE_8, kShift);
}

void TissueCanvas::scalePolygon(const PathMm& mm, float diffuseScale, float coherentScale)
{
    if (mm.size() < 3)
        return;
    cv::Mat mask(m_size, CV_8U, cv::Scalar(0));
    cv::fillPoly(mask, std::vector<std::vector<cv::Point>>{toFixed(mm)}, cv::Scalar(255), cv::LINE_8, kShift);
    cv::Mat scaled;
    cv::multiply(diffuse, cv::Scalar(diffuseScale), scaled);
    scaled.copyTo(diffuse, mask);
    cv::multiply(coherent, cv::Scalar(coherentScale), scaled);
    scaled.copyTo(coherent, mask);
}

void TissueCanvas::stroke(const PathMm& mm, double thicknessMm, const Tissue& t, bool closed)
{
    if (mm.size() < 2)
        return;
    // Lines thinner than a pixel keep their reflected energy: one pixel, weaker.
    const double px = thicknessMm / m_spacing;
    const int thick = std::max(1, cvRound(px));
    const float energy = px < 1 ? static_cast<float>(px) : 1.f;
    const std::vector<std::vector<cv::Point>> polys{toFixed(mm)};
    cv::polylines(diffuse, polys, closed, cv::Scalar(t.diffuse), thick, cv::LINE_8, kShift);
    cv::polylines(coherent, polys, closed, cv::Scalar(t.coherent * energy), thick, cv::LINE_8, kShift);
    cv::polylines(atten, polys, closed, cv::Scalar(t.atten), thick, cv::LINE_8, kShift);
}

void TissueCanvas::addPoint(cv::Point2d mm, float amp)
{
    const cv::Point2d q = toPx(mm);
    const int x = cvRound(q.x), y = cvRound(q.y);
    if (x >= 0 && y >= 0 && x < m_size.width && y < m_size.height)
        coherent.at<float>(y, x) += amp;
}

PathMm ellipsePath(cv::Point2d c, double a, double b, double angle, int n)
{
    return lobedEllipsePath(c, a, b, angle, 0, 0, n);
}

PathMm lobedEllipsePath(cv::Point2d c, double a, double b, double angle, double h3, double phase3, int n)
{
    PathMm out;
    out.reserve(n);
    const double ca = std::cos(angle), sa = std::sin(angle);
    for (int i = 0; i < n; ++i) {
        const double t = 2 * CV_PI * i / n;
        const double r = 1 + h3 * std::cos(3 * t + phase3);
        const double x = a * r * std::cos(t), y = b * r * std::sin(t);
        out.emplace_back(c.x + ca * x - sa * y, c.y + sa * x + ca * y);
    }
    return out;
}

PathMm parabola(double cx, double apex, double k, double x0, double x1, int n)
{
    PathMm out;
    for (int i = 0; i < n; ++i) {
        const double x = x0 + (x1 - x0) * i / (n - 1);
        out.emplace_back(x, apex + k * (x - cx) * (x - cx));
    }
    return out;
}

} // namespace ns::synth
