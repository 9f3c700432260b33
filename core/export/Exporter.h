#pragma once
// One call from a workspace to a finished export folder: collect the labelled frames, plan
// names and splits (de-identified by default), write the format into OUT.partial and
// rename it to OUT only when complete. Used by `nervescope-cli export` and the GUI.

#include "core/export/ExportModel.h"
#include "core/export/ExportPlan.h"
#include "core/jobs/Progress.h"
#include "core/workspace/Workspace.h"

#include <QStringList>
#include <optional>

namespace ns::exporting {

// DicomSeg / DicomSr write, per DICOM study and rater, a SEG or a TID 1500 SR beside a
// de-identified copy of the source; studies of other kinds are skipped with a note.
enum class ExportFormat { Png, Coco, NnUnet, MeasurementsCsv, DicomSeg, DicomSr };

QStringList exportFormatNames();                        // "png", "coco", "nnunet", "csv", "dicom-seg", "dicom-sr"
std::optional<ExportFormat> parseExportFormat(const QString& name);
QString exportFormatName(ExportFormat format);

struct ExportSummary {
    bool ok = false;
    QString error;   // one line, naming the file or folder
    int studies = 0;
    int frames = 0;
    int items = 0;   // manifest rows / COCO annotations / nnU-Net cases / CSV rows / DICOM objects
    int contours = 0;
    int files = 0;   // every file under outDir
    QStringList notes; // one line per study left out (not DICOM, no calibrated area)
    QString outDir;  // absolute
};

ExportSummary exportWorkspace(workspace::Workspace& ws, ExportFormat format, const ExportSelection& selection,
                              const ExportOptions& options, const QString& outDir, const ns::jobs::Progress& progress);

} // namespace ns::exporting
