#include "ui/viewer/CalibrationOverlay.h"

#include "ui/viewer/ImageView.h"

#include <QFontMetrics>
#include <QPainter>
#include <algorithm>

namespace ns::ui {

namespace {
const QColor kCalibratedRegion(90, 200, 255);
const QColor kUncalibratedRegion(255, 170, 60);
const QColor kScaleBar(255, 255, 255);
constexpr double kBarMaxPx = 180.0;

QRectF regionRectInWidget(const ImageView& view, const QRect& bounds)
{
    // Inclusive pixel bounds: the outline runs along the outer edges of the border pixels.
    const QPointF tl = view.mapFromImage(QPointF(bounds.left() - 0.5, bounds.top() - 0.5));
    const QPointF br = view.mapFromImage(QPointF(bounds.right() + 0.5, bounds.bottom() + 0.5));
    return QRectF(tl, br);
}

void drawLabel(QPainter& p, QPointF topLeft, const QString& text, const QColor& colour)
{
    const QFontMetrics fm(p.font());
    const QRectF box(topLeft, QSizeF(fm.horizontalAdvance(text) + 8, fm.height() + 4));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 170));
    p.drawRoundedRect(box, 3, 3);
    p.setPen(colour);
    p.drawText(box, Qt::AlignCenter, text);
}
} // namespace

double CalibrationOverlay::niceLengthMm(double pxPerMm, double maxPx)
{
    // Sub-millimetre lengths only when even 1 mm is too long on screen (extreme zoom).
    static const double kLengths[] = {20, 10, 5, 2, 1, 0.5, 0.2, 0.1};
    for (double mm : kLengths)
        if (mm * pxPerMm <= maxPx)
            return mm;
    return kLengths[std::size(kLengths) - 1];
}

std::optional<CalibrationOverlay::ScaleBar> CalibrationOverlay::scaleBar(const ImageView& view) const
{
    if (!view.hasImage())
        return std::nullopt;
    double mmPerPx = 0;
    int region = -1;
    switch (m_calibration.kind()) {
    case media::Calibration::Kind::None:
        return std::nullopt;
    case media::Calibration::Kind::PixelSpacing:
        mmPerPx = m_calibration.pixelSpacingMm()->x();
        break;
    case media::Calibration::Kind::UltrasoundRegions: {
        const auto& regions = m_calibration.regions();
        const int centre = m_calibration.regionAt(view.mapToImage(QPointF(view.width() / 2.0, view.height() / 2.0)));
        if (centre >= 0 && regions[centre].isSpatiallyCalibrated())
            region = centre;
        for (int i = 0; region < 0 && i < regions.size(); ++i)
            if (regions[i].isSpatiallyCalibrated())
                region = i;
        if (region < 0)
            return std::nullopt;
        mmPerPx = regions[region].mmPerPixelX();
        break;
    }
    }
    if (mmPerPx <= 0)
        return std::nullopt;
    const double pxPerMm = view.zoom() / mmPerPx;
    ScaleBar bar;
    bar.regionIndex = region;
    bar.lengthMm = niceLengthMm(pxPerMm, std::min(kBarMaxPx, view.width() * 0.3));
    bar.lengthWidgetPx = bar.lengthMm * pxPerMm;
    return bar;
}

void CalibrationOverlay::paint(QPainter& painter, const ImageView& view)
{
    if (m_regionsVisible)
        paintRegions(painter, view);
    if (const auto bar = scaleBar(view))
        paintScaleBar(painter, view, *bar);
}

void CalibrationOverlay::paintRegions(QPainter& p, const ImageView& view) const
{
    const auto& regions = m_calibration.regions();
    for (int i = 0; i < regions.size(); ++i) {
        const auto& r = regions[i];
        const QColor colour = r.isSpatiallyCalibrated() ? kCalibratedRegion : kUncalibratedRegion;
        QPen pen(colour, 1.5, Qt::DashLine);
        pen.setCosmetic(true);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        const QRectF rect = regionRectInWidget(view, r.bounds);
        p.drawRect(rect);
        const QString text = r.isSpatiallyCalibrated()
            ? tr("Region %1: %2 mm/px").arg(i + 1).arg(r.mmPerPixelX(), 0, 'g', 4)
            : tr("Region %1: no scale").arg(i + 1);
        drawLabel(p, rect.topLeft() + QPointF(3, 3), text, colour);
    }
}

void CalibrationOverlay::paintScaleBar(QPainter& p, const ImageView& view, const ScaleBar& bar) const
{
    // The bar sits in the bottom-left corner of the visible part of the area it measures.
    QRectF area = QRectF(view.mapFromImage(QPointF(-0.5, -0.5)),
                         view.mapFromImage(QPointF(view.imageSize().width() - 0.5, view.imageSize().height() - 0.5)));
    if (bar.regionIndex >= 0)
        area = regionRectInWidget(view, m_calibration.regions()[bar.regionIndex].bounds);
    area = area.intersected(QRectF(view.rect()));
    if (area.width() < bar.lengthWidgetPx + 24 || area.height() < 40)
        area = QRectF(view.rect());

    const QString text = tr("%1 mm").arg(bar.lengthMm, 0, 'g', 3);
    const QFontMetrics fm(p.font());
    const double x0 = area.left() + 14;
    const double y = area.bottom() - 14;
    const QRectF backing(x0 - 8, y - fm.height() - 12, std::max<double>(bar.lengthWidgetPx, fm.horizontalAdvance(text)) + 16,
                         fm.height() + 20);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 150));
    p.drawRoundedRect(backing, 4, 4);

    QPen pen(kScaleBar, 2);
    pen.setCapStyle(Qt::FlatCap);
    p.setPen(pen);
    p.drawLine(QPointF(x0, y), QPointF(x0 + bar.lengthWidgetPx, y));
    p.drawLine(QPointF(x0, y - 5), QPointF(x0, y + 3));
    p.drawLine(QPointF(x0 + bar.lengthWidgetPx, y - 5), QPointF(x0 + bar.lengthWidgetPx, y + 3));
    p.drawText(QRectF(x0, y - fm.height() - 6, std::max<double>(bar.lengthWidgetPx, fm.horizontalAdvance(text)), fm.height()),
               Qt::AlignLeft | Qt::AlignVCenter, text);
}

} // namespace ns::ui
