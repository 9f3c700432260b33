#pragma once
// What the status bar says about the pixel under the cursor: its position in pixels, in
// millimetres when the point lies in a spatially calibrated area (measured from the origin
// of its ultrasound region, or of the image for Pixel Spacing), and its stored value.

#include "core/media/Calibration.h"
#include "core/media/SourceInfo.h"

#include <QImage>
#include <QPointF>
#include <QString>

namespace ns::ui {

struct PixelReadout {
    bool inside = false;  // the point lies on the image
    QPoint pixel;         // pixel under the point (valid when inside)
    QString position;     // "x 120, y 48 px"
    QString physical;     // "4.59, 1.84 mm (region 1)" or "no calibration here"
    QString value;        // "value 1234" or "RGB 12, 40, 200"
    bool calibrated = false;
};

PixelReadout readPixel(const QImage& storedFrame, const media::SourceInfo& info, const media::Calibration& calibration,
                       QPointF imagePos);

} // namespace ns::ui
