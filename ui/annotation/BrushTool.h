#pragma once
// The brush and eraser of the contour tools: one stroke edits one contour's region (or
// paints a new one), shown live as a tinted mask; the stroke's result leaves as outlines
// (see core/annotation/BrushRegion.h). The brush is round, its radius in image px (so the
// circle cursor grows and shrinks with the zoom), changed with [ and ].

#include "core/annotation/BrushRegion.h"

#include <QPointF>
#include <QPolygonF>
#include <memory>

class QPainter;

namespace ns::ui {

class ImageView;

class BrushTool {
public:
    static constexpr double kDefaultRadius = 6.0; // image px
    static constexpr double kMinRadius = 1.0;
    static constexpr double kMaxRadius = 120.0;
    static constexpr double kStep = 1.25;         // one [ or ] press

    double radius() const { return m_radius; }
    void setRadius(double r);
    // +1 larger, -1 smaller, by kStep (and at least one image pixel).
    void step(int direction);

    // `target`: the contour being edited (0: a new one, brush only), `region` its vertices.
    void begin(qint64 target, const QPolygonF& region, QSize imageSize, QPointF at, bool erase);
    void moveTo(QPointF at);
    bool isActive() const { return m_region != nullptr; }
    qint64 target() const { return m_target; }
    bool erasing() const { return m_erase; }
    // Ends the stroke: the outlines of the edited region, largest first.
    QList<QPolygonF> finish();
    void cancel() { m_region.reset(); }

    // The live stroke (when active) and the circle cursor at `cursor` (image px).
    void paint(QPainter& painter, const ImageView& view, QPointF cursor, bool showCursor, bool erase) const;

private:
    double m_radius = kDefaultRadius;
    std::unique_ptr<annotation::BrushRegion> m_region;
    qint64 m_target = 0;
    bool m_erase = false;
    QPointF m_last;
};

} // namespace ns::ui
