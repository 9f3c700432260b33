#pragma once
// A workspace's labelled frames as a training folder: the PNG + manifest export (the format
// `nervescope-cli train --data` reads), de-identified, split by patient, with the contours
// people drew or accepted (manual, corrected, model; not interpolated ones). Used by
// `train --workspace` and the Training page's "annotations of this workspace".

#include "core/export/Exporter.h"

namespace ns::exporting {

// Writes the folder `outDir` (which must not exist yet, or be empty). `filter` narrows the
// frames (raters, scanners, approved only); its source kinds are the training defaults.
ExportSummary exportForTraining(workspace::Workspace& ws, const QString& outDir, const ns::jobs::Progress& progress,
                                const ExportSelection& filter = {});

} // namespace ns::exporting
