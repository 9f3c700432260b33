#include "core/workspace/ModelStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ns::workspace {

namespace {
bool run(QSqlQuery& q, QString* error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}
} // namespace

QList<StoredModel> ModelStore::models(const QString& task, QString* error) const
{
    QList<StoredModel> out;
    QSqlQuery q(m_ws.database());
    q.prepare(QStringLiteral("SELECT id, name, version, task, path, created_at FROM models"
                             " WHERE (? = '' OR task = ?) ORDER BY created_at DESC, id DESC"));
    q.addBindValue(task);
    q.addBindValue(task);
    if (!run(q, error))
        return out;
    const QDir root(m_ws.dir());
    while (q.next()) {
        StoredModel m;
        m.id = q.value(0).toLongLong();
        m.name = q.value(1).toString();
        m.version = q.value(2).toString();
        m.task = q.value(3).toString();
        m.cardPath = QDir::cleanPath(root.absoluteFilePath(q.value(4).toString()));
        m.createdAt = q.value(5).toString();
        out << m;
    }
    return out;
}

bool ModelStore::contains(const QString& name, const QString& version) const
{
    QSqlQuery q(m_ws.database());
    q.prepare(QStringLiteral("SELECT 1 FROM models WHERE name = ? AND version = ?"));
    q.addBindValue(name);
    q.addBindValue(version);
    return q.exec() && q.next();
}

QString ModelStore::folderFor(const QString& name, const QString& version) const
{
    return QDir(m_ws.dir()).filePath(QStringLiteral("models/%1/%2").arg(name, version));
}

qint64 ModelStore::add(const StoredModel& model, const QByteArray& cardJson, const QByteArray& runConfigJson,
                       const QString& startedAt, const QVector<EpochFigure>& figures, QString* error)
{
    if (m_ws.isReadOnly()) {
        if (error)
            *error = QCoreApplication::translate("ModelStore", "the workspace is read-only: %1").arg(m_ws.readOnlyReason());
        return -1;
    }
    qint64 id = -1;
    const QString relative = QDir(m_ws.dir()).relativeFilePath(model.cardPath);
    const bool ok = m_ws.transact([&](QSqlDatabase& db, QString* why) {
        const QString now = Workspace::nowUtc();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO models (name, version, task, path, card_json, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v : {QVariant(model.name), QVariant(model.version), QVariant(model.task), QVariant(relative),
                                  QVariant(QString::fromUtf8(cardJson)), QVariant(now)})
            q.addBindValue(v);
        if (!run(q, why))
            return false;
        id = q.lastInsertId().toLongLong();
        q.prepare(QStringLiteral("INSERT INTO training_runs (result_model_id, config_json, status, started_at, finished_at)"
                                 " VALUES (?, ?, 'promoted', ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(QString::fromUtf8(runConfigJson));
        q.addBindValue(startedAt.isEmpty() ? now : startedAt);
        q.addBindValue(now);
        if (!run(q, why))
            return false;
        const qint64 runId = q.lastInsertId().toLongLong();
        q.prepare(QStringLiteral("INSERT INTO metrics (run_id, epoch, split, name, value) VALUES (?, ?, ?, ?, ?)"));
        for (const EpochFigure& f : figures) {
            q.addBindValue(runId);
            q.addBindValue(f.epoch);
            q.addBindValue(f.split);
            q.addBindValue(f.name);
            q.addBindValue(f.value);
            if (!run(q, why))
                return false;
        }
        const QByteArray after = QJsonDocument(QJsonObject{{QStringLiteral("name"), model.name},
                                                           {QStringLiteral("version"), model.version},
                                                           {QStringLiteral("task"), model.task}})
                                     .toJson(QJsonDocument::Compact);
        return m_ws.audit(db, {}, QStringLiteral("promote-model"), QStringLiteral("models"), id, {}, after, why);
    }, error);
    return ok ? id : -1;
}

} // namespace ns::workspace
