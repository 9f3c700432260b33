#include "core/export/TrainingExport.h"

namespace ns::exporting {

ExportSummary exportForTraining(workspace::Workspace& ws, const QString& outDir, const ns::jobs::Progress& progress)
{
    ExportSelection selection; // manual, corrected and accepted model contours, every rater
    ExportOptions options;     // de-identified: a training folder travels
    return exportWorkspace(ws, ExportFormat::Png, selection, options, outDir, progress);
}

} // namespace ns::exporting
