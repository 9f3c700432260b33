#include "ui/explain/HeatmapOverlay.h"

#include "inference/explain/HeatmapImage.h"
#include "ui/viewer/ImageView.h"

#include <QPainter>

namespace ns::ui {

namespace ex = ns::inference::explain;

void HeatmapOverlay::setHeatmap(const cv::Mat& map, int frame)
{
    m_map = map.clone();
    m_frame = frame;
    m_layer = m_map.empty() ? QImage() : ex::heatmapLayer(m_map, ex::positiveScale(m_map), m_opacity);
}

void HeatmapOverlay::clear() { setHeatmap(cv::Mat(), -1); }

void HeatmapOverlay::setOpacity(double opacity)
{
    m_opacity = opacity;
    if (!m_map.empty())
        m_layer = ex::heatmapLayer(m_map, ex::positiveScale(m_map), m_opacity);
}

void HeatmapOverlay::paint(QPainter& painter, const ImageView& view)
{
    if (!isShowing() || m_layer.isNull())
        return;
    const QRectF target(view.mapFromImage(QPointF(0, 0)), view.mapFromImage(QPointF(m_map.cols, m_map.rows)));
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_layer);
    painter.restore();
}

} // namespace ns::ui
