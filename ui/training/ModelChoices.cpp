#include "ui/training/ModelChoices.h"

#include "core/workspace/ModelStore.h"

namespace ns::ui {

QList<ModelChoice> modelChoices(workspace::Workspace* ws, const QString& task)
{
    QList<ModelChoice> out;
    if (ws) {
        for (const workspace::StoredModel& m : workspace::ModelStore(*ws).models(task)) {
            ModelChoice c;
            c.fromWorkspace = true;
            c.entry.cardPath = m.cardPath;
            if (inference::readModelCard(m.cardPath, &c.entry.card, nullptr))
                out << c;
        }
    }
    for (const inference::ModelEntry& e : inference::ModelRegistry().list())
        if (e.card.task == task)
            out << ModelChoice{e, false};
    return out;
}

} // namespace ns::ui
