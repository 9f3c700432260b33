#include "core/export/TrainingExport.h"

namespace ns::exporting {

ExportSummary exportForTraining(workspace::Workspace& ws, const QString& outDir, const ns::jobs::Progress& progress,
                                const ExportSelection& filter)
{
    ExportSelection selection; // manual, corrected and accepted model contours
    selection.raters = filter.raters;
    selection.scanners = filter.scanners;
    selection.approvedOnly = filter.approvedOnly;
    selection.studyIds = filter.studyIds;
    ExportOptions options;     // de-identified: a training folder travels
    return exportWorkspace(ws, ExportFormat::Png, selection, options, outDir, progress);
}

} // namespace ns::exporting
