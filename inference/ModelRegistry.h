#pragma once
// Where models are found: $NERVESCOPE_MODELS (folders separated by ':'), the installed
// share/nervescope/models, and resources/models of the source tree the program was built
// from. Listing reads cards only; loading (ModelFile) checks the weights' sha256.

#include "inference/ModelCard.h"

#include <QList>
#include <QStringList>

namespace ns::inference {

struct ModelEntry {
    ModelCard card;
    QString cardPath;
};

class ModelRegistry {
public:
    // The default search folders, first match wins for a name present twice.
    static QStringList defaultFolders();
    explicit ModelRegistry(QStringList folders = defaultFolders());

    // Every readable card; cards that cannot be read are reported in *problems.
    QList<ModelEntry> list(QStringList* problems = nullptr) const;
    // `nameOrPath`: a card's name, or a path to a card (.json). Empty cardPath when unknown.
    ModelEntry find(const QString& nameOrPath, QString* error = nullptr) const;
    // The first model for a task ("segmentation", "cts-binary", "cts-severity").
    ModelEntry firstForTask(const QString& task) const;

    const QStringList& folders() const { return m_folders; }

private:
    QStringList m_folders;
};

} // namespace ns::inference
