#pragma once
// Reads a workspace into the plain export model: which frames of which studies carry
// labels under the selection's rules, and what each writer needs to know about them. One
// job only; the PNG, COCO, nnU-Net, CSV and DICOM writers all start from its result.

#include "core/export/ExportModel.h"
#include "core/jobs/Progress.h"
#include "core/workspace/Workspace.h"

namespace ns::exporting {

class ExportCollector {
public:
    explicit ExportCollector(workspace::Workspace& ws) : m_ws(ws) {}

    // nullopt with a one-line *error: a study id that does not exist, an unreadable
    // workspace, a study file that cannot be opened, or cancelled. An empty result is not
    // an error here (the caller says "nothing to export").
    std::optional<ExportDataset> collect(const ExportSelection& selection, const ns::jobs::Progress& progress,
                                         QString* error);

private:
    workspace::Workspace& m_ws;
};

} // namespace ns::exporting
