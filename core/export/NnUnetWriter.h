#pragma once
// nnU-Net v2 raw layout (name the output folder DatasetNNN_Name and put it under nnUNet_raw):
//   imagesTr/CASE_0000.png   the 8-bit grey frame (one channel)
//   labelsTr/CASE.png        0 background, 1 median nerve
//   dataset.json             channel_names, labels, numTraining, file_ending ".png"
//   nervescope_cases.json    case -> patient, split, rater (for patient-wise folds)
// One case per frame and rater.

#include "core/export/ExportModel.h"
#include "core/export/ExportPlan.h"
#include "core/jobs/Progress.h"

namespace ns::exporting {

bool writeNnUnet(const ExportDataset& data, const ExportPlan& plan, const QString& dir, const ns::jobs::Progress& progress,
                 int* items, QString* error);

} // namespace ns::exporting
