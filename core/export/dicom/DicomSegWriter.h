#pragma once
// DICOM Segmentation (binary) of the median nerve, one SEG frame per annotated source
// frame, written beside a de-identified copy of its source image that it references
// (Referenced Series Sequence; per frame a Derivation Image / Source Image Sequence with
// the Referenced Frame Number for multi-frame ultrasound).

#include "core/export/dicom/DicomExportTypes.h"
#include "core/jobs/Progress.h"

#include <QString>

namespace ns::exporting {

// Writes <stem>_image.dcm (the source, de-identified as options say) and <stem>_seg.dcm in
// outDir, each atomically. files, when given, receives both paths. Returns false with one
// sentence in *error (bad masks, unreadable source, full disk, cancelled).
bool writeDicomSeg(const DicomExportStudy& study, const DicomExportOptions& options, const QString& outDir,
                   const ns::jobs::Progress& progress, DicomExportFiles* files, QString* error);

} // namespace ns::exporting
