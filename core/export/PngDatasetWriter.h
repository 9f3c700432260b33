#pragma once
// PNG image + mask pairs with manifest.json and manifest.csv, in the schema of the
// synthetic dataset folders (core/synth/writers/SynthDatasetWriter.h), so
// `nervescope-cli train --data DIR` trains on an export:
//   DIR/images/CASE.png   the 8-bit grey frame, as the models see it
//   DIR/masks/ITEM.png    0 outside / 255 inside the rater's contours (their union)
// One item per frame and rater; splits by patient. Contours are also kept as polygons in
// manifest.json, so an import gets the exact vertices back.

#include "core/export/ExportModel.h"
#include "core/export/ExportPlan.h"
#include "core/jobs/Progress.h"

namespace ns::exporting {

// Writes into `dir` (which must exist). False with a one-line *error.
bool writePngDataset(const ExportDataset& data, const ExportPlan& plan, const QString& dir,
                     const ns::jobs::Progress& progress, int* items, QString* error);

QStringList pngManifestColumns();

} // namespace ns::exporting
