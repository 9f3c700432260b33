#include "core/export/MaskPolygons.h"

#include <opencv2/imgproc.hpp>
#include <vector>

namespace ns::exporting {

QList<QPolygonF> maskToPolygons(const cv::Mat& mask)
{
    cv::Mat binary = mask > 0, up;
    cv::resize(binary, up, cv::Size(), 2.0, 2.0, cv::INTER_NEAREST);
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(up, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    QList<QPolygonF> out;
    for (const auto& c : contours) {
        if (c.size() < 3)
            continue;
        QPolygonF p;
        p.reserve(int(c.size()));
        // Up-scaled pixel u has its centre at (u + 0.5) / 2 in original pixels.
        for (const cv::Point& v : c)
            p << QPointF((v.x + 0.5) / 2.0, (v.y + 0.5) / 2.0);
        out << p;
    }
    return out;
}

} // namespace ns::exporting
