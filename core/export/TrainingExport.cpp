#include "core/export/TrainingExport.h"

#include <QCoreApplication>
#include <QDir>

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

ExportSummary prepareTrainingExport(const QString& workspaceDir, const QString& dataDir, bool reuse,
                                    const ExportSelection& filter, const ns::jobs::Progress& progress)
{
    ExportSummary kept;
    kept.outDir = dataDir;
    QDir existing(dataDir);
    if (existing.exists() && !existing.isEmpty()) {
        if (!existing.exists(QStringLiteral("manifest.json"))) {
            kept.error = QCoreApplication::translate("TrainingExport", "%1 exists and is not an earlier training export: move it away first")
                             .arg(QDir::toNativeSeparators(dataDir));
            return kept;
        }
        if (reuse) {
            kept.ok = true;
            return kept;
        }
        if (!existing.removeRecursively()) {
            kept.error = QCoreApplication::translate("TrainingExport", "cannot replace the earlier training export %1")
                             .arg(QDir::toNativeSeparators(dataDir));
            return kept;
        }
    }
    auto opened = workspace::Workspace::open(workspaceDir, workspace::Workspace::Mode::ReadOnly);
    if (!opened) {
        kept.error = opened.error;
        return kept;
    }
    progress.report(0, QCoreApplication::translate("TrainingExport", "exporting the workspace's annotations"));
    return exportForTraining(*opened.workspace, dataDir, progress, filter);
}

} // namespace ns::exporting
