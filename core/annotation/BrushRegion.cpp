#include "core/annotation/BrushRegion.h"

#include "core/annotation/ContourInterpolation.h"
#include "core/annotation/Mask.h"

#include <QLineF>
#include <QtMath>
#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace ns::annotation {

struct BrushRegion::Mask {
    cv::Mat mat;    // CV_8UC1, 255 inside; mask pixel (X, Y) covers [X, X+1) x [Y, Y+1) / scale
    cv::Rect bounds; // where the region may be (what was rasterised or painted), mask px
};

namespace {

// The swept brush as a polygon (mask px): two half circles joined by straight sides. It is
// rasterised by pixel centres like the contours are; OpenCV's circle() paints every pixel
// the outline touches, a disc about half a pixel too large in radius.
QPolygonF capsule(QPointF a, QPointF b, double r)
{
    const int half = std::clamp(int(std::ceil(r * 2)), 12, 96); // vertices per half circle
    const double len = QLineF(a, b).length();
    const double base = len > 1e-9 ? std::atan2(b.y() - a.y(), b.x() - a.x()) : 0.0;
    QPolygonF p;
    for (int end = 0; end < 2; ++end) {
        const QPointF c = end == 0 ? b : a;
        for (int k = 0; k <= half; ++k) {
            const double t = base - M_PI / 2 + (end == 0 ? 0 : M_PI) + M_PI * k / half;
            p << c + QPointF(std::cos(t), std::sin(t)) * r;
        }
    }
    return p;
}

// Moves every vertex out by `d` along its mitred normal. The traced outline runs through
// the centres of the boundary pixels, half a pixel inside the painted region's edge.
QPolygonF offsetOutward(const QPolygonF& p, double d)
{
    const int n = int(p.size());
    const double sense = signedArea(p) > 0 ? 1.0 : -1.0;
    auto normal = [&](QPointF a, QPointF b) {
        const QPointF e = b - a;
        const double len = std::hypot(e.x(), e.y());
        return len > 0 ? QPointF(e.y(), -e.x()) * (sense / len) : QPointF();
    };
    QPolygonF out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        const QPointF n1 = normal(p[(i + n - 1) % n], p[i]);
        const QPointF n2 = normal(p[i], p[(i + 1) % n]);
        QPointF m = n1 + n2;
        const double len = std::hypot(m.x(), m.y());
        if (len < 1e-9) {
            out << p[i] + n1 * d;
            continue;
        }
        m /= len;
        const double cosHalf = QPointF::dotProduct(m, n1);
        out << p[i] + m * std::min(2 * d, d / std::max(cosHalf, 1e-6)); // mitre, limited at spikes
    }
    return out;
}

} // namespace

BrushRegion::BrushRegion(const QList<QPolygonF>& polygons, QSize imageSize, int scale) : m_mask(std::make_unique<Mask>())
{
    const double pixels = std::max(1.0, double(imageSize.width()) * imageSize.height());
    // Finer than the image (a nerve can be 20 px across), but at most ~4 M mask pixels.
    m_scale = scale > 0 ? scale : std::clamp(int(std::sqrt(4.0e6 / pixels)), 1, 4);
    QList<QPolygonF> scaled;
    for (const QPolygonF& p : polygons) {
        QPolygonF q;
        for (const QPointF& v : p)
            q << v * m_scale;
        scaled << q;
        m_mask->bounds |= cv::Rect(int(std::floor(q.boundingRect().left())), int(std::floor(q.boundingRect().top())),
                                   int(std::ceil(q.boundingRect().width())) + 2, int(std::ceil(q.boundingRect().height())) + 2);
    }
    m_mask->mat = rasterise(scaled, imageSize * m_scale);
    m_mask->bounds &= cv::Rect(0, 0, m_mask->mat.cols, m_mask->mat.rows);
}

BrushRegion::~BrushRegion() = default;

void BrushRegion::paint(QPointF from, QPointF to, double radius, bool erase)
{
    cv::Mat& m = m_mask->mat;
    const QPolygonF shape = capsule(from * m_scale, to * m_scale, std::max(0.5, radius * m_scale));
    const QRectF r = shape.boundingRect();
    cv::Rect box(int(std::floor(r.left())), int(std::floor(r.top())), int(std::ceil(r.width())) + 2, int(std::ceil(r.height())) + 2);
    box &= cv::Rect(0, 0, m.cols, m.rows);
    if (box.empty())
        return;
    // Rasterised in a small patch around the stroke, not over the whole mask, per mouse move.
    const cv::Mat patch = rasterise(shape.translated(-box.x, -box.y), QSize(box.width, box.height));
    m(box).setTo(cv::Scalar(erase ? 0 : 255), patch);
    if (!erase) {
        m_mask->bounds |= box;
        m_mask->bounds &= cv::Rect(0, 0, m.cols, m.rows);
    }
}

bool BrushRegion::isEmpty() const
{
    return m_mask->bounds.empty() || cv::countNonZero(m_mask->mat(m_mask->bounds)) == 0;
}

double BrushRegion::areaPx() const
{
    return m_mask->bounds.empty() ? 0.0 : cv::countNonZero(m_mask->mat(m_mask->bounds)) / double(m_scale * m_scale);
}

QList<QPolygonF> BrushRegion::outlines(double tolerance) const
{
    QList<QPolygonF> out;
    if (m_mask->bounds.empty())
        return out;
    // findContours needs a one-pixel empty border to close outlines at the image edge.
    cv::Mat roi;
    cv::copyMakeBorder(m_mask->mat(m_mask->bounds), roi, 1, 1, 1, 1, cv::BORDER_CONSTANT, cv::Scalar(0));
    std::vector<std::vector<cv::Point>> traced;
    cv::findContours(roi, traced, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_NONE);
    const QPointF origin(m_mask->bounds.x - 1 + 0.5, m_mask->bounds.y - 1 + 0.5);
    QList<QPair<double, QPolygonF>> found;
    for (const std::vector<cv::Point>& t : traced) {
        std::vector<cv::Point2f> simplified;
        std::vector<cv::Point2f> pts(t.begin(), t.end());
        cv::approxPolyDP(pts, simplified, std::max(0.5, tolerance * m_scale), true);
        if (simplified.size() < 3)
            continue; // a one-pixel sliver: no area worth keeping
        QPolygonF p;
        for (const cv::Point2f& v : simplified)
            p << origin + QPointF(v.x, v.y);
        p = offsetOutward(p, 0.5);
        for (QPointF& v : p)
            v /= m_scale;
        const double area = std::abs(signedArea(p));
        if (area >= kMinAreaPx)
            found.append({area, p});
    }
    std::stable_sort(found.begin(), found.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
    for (const auto& f : found)
        out << f.second;
    return out;
}

QImage BrushRegion::preview(QColor colour, QRectF* imageRect) const
{
    const cv::Rect b = m_mask->bounds;
    if (b.empty()) {
        *imageRect = {};
        return {};
    }
    const cv::Mat roi = m_mask->mat(b);
    QImage img(b.width, b.height, QImage::Format_Indexed8);
    QList<QRgb> table(256, qRgba(0, 0, 0, 0));
    table[255] = colour.rgba();
    img.setColorTable(table);
    for (int y = 0; y < b.height; ++y)
        std::copy_n(roi.ptr<uchar>(y), b.width, img.scanLine(y));
    *imageRect = QRectF(double(b.x) / m_scale, double(b.y) / m_scale, double(b.width) / m_scale, double(b.height) / m_scale);
    return img;
}

} // namespace ns::annotation
