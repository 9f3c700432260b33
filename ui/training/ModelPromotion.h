#pragma once
// Promote: copies a trained model and its card into the workspace (models/NAME/VERSION/),
// records it with its training run and per-epoch figures, and so makes it the default the
// AI panel picks for its task (ModelChoices). A name and version already there gets the
// next patch version; nothing is overwritten.

#include "ui/training/TrainingRunner.h"

#include <optional>

namespace ns::workspace { class Workspace; }

namespace ns::ui {

struct Promotion {
    QString cardPath; // in the workspace
    QString name;
    QString version;
    qint64 modelId = 0;
};

std::optional<Promotion> promoteModel(workspace::Workspace& ws, const TrainingOutcome& outcome, QString* error);

} // namespace ns::ui
