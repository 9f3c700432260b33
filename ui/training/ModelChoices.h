#pragma once
// The models offered for a task, in the order the AI panel and the training tab offer them:
// the workspace's promoted models (newest first), then the installed ones. The first is
// the default, so promoting a model makes it the one the AI panel picks.

#include "inference/ModelRegistry.h"

#include <QList>

namespace ns::workspace { class Workspace; }

namespace ns::ui {

struct ModelChoice {
    inference::ModelEntry entry;
    bool fromWorkspace = false;
};

// `workspace` may be null. Cards that cannot be read are left out.
QList<ModelChoice> modelChoices(workspace::Workspace* workspace, const QString& task);

} // namespace ns::ui
