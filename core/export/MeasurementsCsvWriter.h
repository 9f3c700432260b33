#pragma once
// DIR/measurements.csv: one row per contour with the patient (pseudonymous by default),
// study, frame (1-based, as the viewer shows it), rater, source, area in px and mm^2,
// perimeter, review and grade. Empty mm values where the contour has no physical scale.

#include "core/export/ExportModel.h"
#include "core/export/ExportPlan.h"
#include "core/jobs/Progress.h"

namespace ns::exporting {

bool writeMeasurementsCsv(const ExportDataset& data, const ExportPlan& plan, const QString& dir,
                          const ns::jobs::Progress& progress, int* rows, QString* error);

} // namespace ns::exporting
