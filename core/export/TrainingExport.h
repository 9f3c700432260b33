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

// The training folder of one run at `dataDir`: a resumed run keeps the export it started
// with (`reuse`), a new run replaces an earlier export (a folder holding a manifest), and
// any other non-empty folder there is refused. Opens its own read-only connection to the
// workspace, so it may run on any thread. A kept export reports ok with no frames.
ExportSummary prepareTrainingExport(const QString& workspaceDir, const QString& dataDir, bool reuse,
                                    const ExportSelection& filter, const ns::jobs::Progress& progress);

} // namespace ns::exporting
