#include "ui/viewer/PixelReadout.h"

#include <QCoreApplication>
#include <cmath>

namespace ns::ui {

namespace {

QString valueAt(const QImage& frame, const media::SourceInfo& info, QPoint p)
{
    switch (frame.format()) {
    case QImage::Format_Grayscale8:
        return QCoreApplication::translate("PixelReadout", "value %1")
            .arg(int(frame.constScanLine(p.y())[p.x()]) - info.signedOffset);
    case QImage::Format_Grayscale16: {
        const auto* row = reinterpret_cast<const quint16*>(frame.constScanLine(p.y()));
        return QCoreApplication::translate("PixelReadout", "value %1").arg(int(row[p.x()]) - info.signedOffset);
    }
    default: {
        const QRgb c = frame.pixel(p);
        return QCoreApplication::translate("PixelReadout", "RGB %1, %2, %3").arg(qRed(c)).arg(qGreen(c)).arg(qBlue(c));
    }
    }
}
} // namespace

PixelReadout readPixel(const QImage& frame, const media::SourceInfo& info, const media::Calibration& calibration,
                       QPointF imagePos)
{
    PixelReadout r;
    const QPoint pixel(int(std::floor(imagePos.x() + 0.5)), int(std::floor(imagePos.y() + 0.5)));
    if (frame.isNull() || !frame.rect().contains(pixel))
        return r;
    r.inside = true;
    r.pixel = pixel;
    r.position = QCoreApplication::translate("PixelReadout", "x %1, y %2 px").arg(pixel.x()).arg(pixel.y());
    r.value = valueAt(frame, info, pixel);

    const media::MeasurementScale scale = calibration.scaleAt(imagePos);
    if (!scale.valid) {
        r.physical = QCoreApplication::translate("PixelReadout", "no calibration here");
        return r;
    }
    r.calibrated = true;
    // Millimetres from the origin of the region under the cursor (its top-left pixel), or
    // of the image when the scale is the Pixel Spacing.
    QPointF origin(0, 0);
    if (scale.regionIndex >= 0) {
        const QRect& b = calibration.regions()[scale.regionIndex].bounds;
        origin = QPointF(b.left(), b.top());
    }
    const double xMm = (imagePos.x() - origin.x()) * scale.mmPerPixelX;
    const double yMm = (imagePos.y() - origin.y()) * scale.mmPerPixelY;
    if (scale.regionIndex >= 0)
        r.physical = QCoreApplication::translate("PixelReadout", "%1, %2 mm (region %3)")
                         .arg(xMm, 0, 'f', 2).arg(yMm, 0, 'f', 2).arg(scale.regionIndex + 1);
    else
        r.physical = QCoreApplication::translate("PixelReadout", "%1, %2 mm").arg(xMm, 0, 'f', 2).arg(yMm, 0, 'f', 2);
    return r;
}

} // namespace ns::ui
