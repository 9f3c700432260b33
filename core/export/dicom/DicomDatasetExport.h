#pragma once
// The workspace side of the DICOM formats: each DICOM study of an export becomes one
// DicomExportStudy per rater (masks rasterised from that rater's contours at the study's
// frame size, areas in mm2 from the study's calibration exactly as the other formats report
// them, 0-based frame numbers), written by writeDicomSeg or writeDicomSr under a name the
// ExportPlan gives ("<patient>_s<study>[_r<n>]_seg.dcm" beside one "<patient>_s<study>_image.dcm"),
// so no source file name leaves the workspace.

#include "core/export/ExportModel.h"
#include "core/export/ExportPlan.h"
#include "core/export/dicom/DicomExportTypes.h"
#include "core/jobs/Progress.h"

#include <QStringList>

namespace ns::exporting {

enum class DicomObject { Seg, Sr };

// The studies of `data` whose source is a DICOM file; every other one (video, image,
// image folder: nothing a SEG or SR could reference) is left out with one note each.
ExportDataset dicomStudiesOf(const ExportDataset& data, QStringList* notes);

// One DicomExportStudy per rater of `study`, in the order raters first appear.
QList<DicomExportStudy> dicomExportStudies(const ExportStudy& study);

// The options every study of the export is written with: de-identification, dates and
// blackout as the plan says.
DicomExportOptions dicomOptions(const ExportPlan& plan);

// Writes SEG (or SR) + de-identified source copy for every study and rater of `data` into
// dir. *items: objects written. A study whose frames have no physical area gets no SR and a
// note; false with *error when nothing could be written or a writer failed.
bool writeDicomDataset(const ExportDataset& data, const ExportPlan& plan, DicomObject what, const QString& dir,
                       const ns::jobs::Progress& progress, int* items, QStringList* notes, QString* error);

} // namespace ns::exporting
