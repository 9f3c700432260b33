#pragma once
// The workspace's own models (table `models`): trained here and promoted, stored under
// models/NAME/VERSION/ in the workspace folder with their card. The newest of a task is the
// workspace's default: the AI panel offers it first. A promotion also records its training
// run (table `training_runs`) and the per-epoch figures (table `metrics`).

#include "core/workspace/Workspace.h"

#include <QList>
#include <QVector>

namespace ns::workspace {

struct StoredModel {
    qint64 id = 0;
    QString name;
    QString version;
    QString task;
    QString cardPath;  // absolute (stored relative to the workspace folder)
    QString createdAt; // ISO-8601 UTC
};

// One epoch's figures for the `metrics` table (split "train" or "val").
struct EpochFigure {
    int epoch = 0;
    QString split;
    QString name;
    double value = 0;
};

class ModelStore {
public:
    explicit ModelStore(Workspace& ws) : m_ws(ws) {}

    // Newest first; `task` empty: every task.
    QList<StoredModel> models(const QString& task = {}, QString* error = nullptr) const;
    bool contains(const QString& name, const QString& version) const;
    // models/NAME/VERSION inside the workspace folder.
    QString folderFor(const QString& name, const QString& version) const;

    // Inserts the model, its training run (status "promoted") and the run's figures in one
    // transaction, with an audit row; the model's id, or -1 with *error.
    qint64 add(const StoredModel& model, const QByteArray& cardJson, const QByteArray& runConfigJson,
               const QString& startedAt, const QVector<EpochFigure>& figures, QString* error);

private:
    Workspace& m_ws;
};

} // namespace ns::workspace
