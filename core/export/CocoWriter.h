#pragma once
// COCO JSON with polygons: DIR/annotations.json and DIR/images/CASE.png. One image per
// labelled frame, one annotation per contour (segmentation polygon, area, bbox), category
// 1 "median nerve"; rater, source, patient and split ride along as extra keys, which COCO
// readers ignore.

#include "core/export/ExportModel.h"
#include "core/export/ExportPlan.h"
#include "core/jobs/Progress.h"

namespace ns::exporting {

bool writeCoco(const ExportDataset& data, const ExportPlan& plan, const QString& dir, const ns::jobs::Progress& progress,
               int* items, QString* error);

} // namespace ns::exporting
