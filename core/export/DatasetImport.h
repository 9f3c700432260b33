#pragma once
// Imports a dataset folder (DatasetReader.h) into a workspace: each image becomes a
// single-image study copied into the workspace, its contours become contours with the
// rater and source the dataset names (rater "import", source manual, where it names none).
// Everything happens in one transaction with its audit rows: a failure (an unreadable
// image, a full disk, cancel) leaves the workspace exactly as it was.

#include "core/export/DatasetReader.h"
#include "core/workspace/Workspace.h"

namespace ns::exporting {

struct ImportSummary {
    bool ok = false;
    QString error;
    int studies = 0;    // new studies
    int reused = 0;     // images already in the workspace (same content), contours added to them
    int contours = 0;
    int approved = 0;   // frames the dataset marks approved, approved in the workspace too
    int graded = 0;     // new studies that received the dataset's grade
};

ImportSummary importDataset(workspace::Workspace& ws, ImportFormat format, const QString& dir, const ns::jobs::Progress& progress);

} // namespace ns::exporting
