#pragma once
// Agreement between two raters on one frame: Dice similarity of their masks and the
// Hausdorff distance between the mask outlines. Each rater's contours on the frame are
// united first (a bifid nerve is two contours of one label).

#include "core/media/Calibration.h"

#include <QList>
#include <QPolygonF>
#include <QSize>
#include <QString>
#include <optional>

namespace ns::annotation {

struct Agreement {
    int pixelsA = 0;
    int pixelsB = 0;
    int pixelsBoth = 0;
    std::optional<double> dice;        // absent when neither rater marked any pixel
    std::optional<double> hausdorffPx; // absent when either mask is empty
    std::optional<double> hausdorffMm; // absent without one isotropic scale for both
    QString noPhysicalReason;
};

// `calibration` may be null. Masks are `frameSize` large.
Agreement compareRaters(const QList<QPolygonF>& raterA, const QList<QPolygonF>& raterB, QSize frameSize,
                        const media::Calibration* calibration = nullptr);

} // namespace ns::annotation
