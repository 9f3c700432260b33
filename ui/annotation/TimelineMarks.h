#pragma once
// What the cine slider marks: for each frame holding the rater's contours, the kind that
// matters most there (manual, then corrected, then model, then interpolated) in the
// contours' colours, and the legend that explains them.

#include "core/annotation/Contour.h"
#include "ui/viewer/FrameMarkSlider.h"

#include <QList>

namespace ns::ui {

QList<FrameMark> timelineMarks(const QList<annotation::Contour>& contours);
QString timelineLegend(const QString& rater);

} // namespace ns::ui
