#pragma once
// DICOM Comprehensive SR following TID 1500 (Measurement Report): per annotated frame one
// measurement group (TID 1501) with a tracking identifier and UID, finding site "Nerve"
// labelled as the median nerve, and the cross-sectional area in mm2 (UCUM) whose source
// of measurement is the de-identified source image and frame (and the SEG, when one was
// written to the same folder). The rater is the person observer.

#include "core/export/dicom/DicomExportTypes.h"
#include "core/jobs/Progress.h"

#include <QString>

namespace ns::exporting {

// Writes <stem>_image.dcm (unless already written by writeDicomSeg in the same call chain:
// it is rewritten identically) and <stem>_sr.dcm in outDir, atomically. When
// <stem>_seg.dcm exists there, each measurement also references its SEG segment.
// Frames without a physical area (areaMm2 < 0) get no measurement; a study with none at
// all is an error. Returns false with one sentence in *error.
bool writeDicomSr(const DicomExportStudy& study, const DicomExportOptions& options, const QString& outDir,
                  const ns::jobs::Progress& progress, DicomExportFiles* files, QString* error);

} // namespace ns::exporting
