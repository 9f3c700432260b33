#pragma once
// Draws an explanation heatmap over the frame it was computed on, attached to the image
// as the view zooms and pans. Hidden on other frames: a heatmap belongs to one frame.

#include "ui/viewer/ViewOverlay.h"

#include <QImage>
#include <opencv2/core.hpp>

namespace ns::ui {

class HeatmapOverlay : public ViewOverlay {
public:
    void setHeatmap(const cv::Mat& map, int frame);
    void clear();
    void setOpacity(double opacity);
    void setVisible(bool visible) { m_visible = visible; }
    void setShownFrame(int frame) { m_shownFrame = frame; }

    bool hasHeatmap() const { return !m_map.empty(); }
    bool isShowing() const { return m_visible && hasHeatmap() && m_frame == m_shownFrame; }
    double opacity() const { return m_opacity; }
    const cv::Mat& heatmap() const { return m_map; }
    int frame() const { return m_frame; }

    void paint(QPainter& painter, const ImageView& view) override;

private:
    cv::Mat m_map;
    QImage m_layer; // rendered once per map and opacity, not per paint
    int m_frame = -1;
    int m_shownFrame = -1;
    double m_opacity = 0.6;
    bool m_visible = true;
};

} // namespace ns::ui
