#include "core/workspace/Schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace ns::workspace {

namespace {

// v1: everything the annotation workspace needs. Timestamps are ISO-8601 UTC text so the
// file stays readable with the sqlite3 shell; vertices are JSON [[x,y],...] for the same
// reason (a contour of a few hundred vertices is a few kB either way).
QStringList schemaV1()
{
    return {
        QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE raters (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE studies (id INTEGER PRIMARY KEY, source_path TEXT NOT NULL, stored_path TEXT NOT NULL,"
                       " copied INTEGER NOT NULL CHECK (copied IN (0,1)), sha256 TEXT NOT NULL, kind TEXT NOT NULL,"
                       " frames INTEGER NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL, frame_rate REAL,"
                       " patient_id TEXT, wrist TEXT, added_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX studies_sha ON studies(sha256)"),
        QStringLiteral("CREATE TABLE frames_of_interest (study_id INTEGER NOT NULL REFERENCES studies(id) ON DELETE CASCADE,"
                       " frame INTEGER NOT NULL, note TEXT, PRIMARY KEY (study_id, frame))"),
        QStringLiteral("CREATE TABLE contours (id INTEGER PRIMARY KEY, study_id INTEGER NOT NULL REFERENCES studies(id) ON DELETE CASCADE,"
                       " frame INTEGER NOT NULL CHECK (frame >= 0), rater_id INTEGER NOT NULL REFERENCES raters(id),"
                       " label TEXT NOT NULL, source_kind TEXT NOT NULL CHECK (source_kind IN ('manual','model','corrected','interpolated')),"
                       " source_model TEXT, source_version TEXT, vertices TEXT NOT NULL,"
                       " created_at TEXT NOT NULL, modified_at TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0,1)))"),
        QStringLiteral("CREATE INDEX contours_frame ON contours(study_id, frame, rater_id)"),
        QStringLiteral("CREATE TABLE grades (id INTEGER PRIMARY KEY, study_id INTEGER NOT NULL REFERENCES studies(id) ON DELETE CASCADE,"
                       " wrist TEXT, binary_grade INTEGER CHECK (binary_grade IN (0,1)), severity INTEGER CHECK (severity BETWEEN 0 AND 3),"
                       " source_kind TEXT NOT NULL, source_model TEXT, source_version TEXT, rater_id INTEGER REFERENCES raters(id),"
                       " created_at TEXT NOT NULL)"),
        // Current status per frame (frame >= 0) and per study (frame = -1); review_events keeps the history.
        QStringLiteral("CREATE TABLE review_status (study_id INTEGER NOT NULL REFERENCES studies(id) ON DELETE CASCADE,"
                       " frame INTEGER NOT NULL CHECK (frame >= -1), status TEXT NOT NULL CHECK (status IN ('unlabelled','ai','corrected','approved')),"
                       " rater_id INTEGER REFERENCES raters(id), updated_at TEXT NOT NULL, PRIMARY KEY (study_id, frame))"),
        QStringLiteral("CREATE TABLE review_events (id INTEGER PRIMARY KEY, study_id INTEGER NOT NULL REFERENCES studies(id) ON DELETE CASCADE,"
                       " frame INTEGER NOT NULL, status TEXT NOT NULL, rater_id INTEGER REFERENCES raters(id), at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, rater TEXT NOT NULL, action TEXT NOT NULL,"
                       " entity TEXT NOT NULL, entity_id INTEGER, before_json TEXT, after_json TEXT)"),
        QStringLiteral("CREATE TABLE models (id INTEGER PRIMARY KEY, name TEXT NOT NULL, version TEXT NOT NULL, task TEXT NOT NULL,"
                       " path TEXT NOT NULL, card_json TEXT, created_at TEXT NOT NULL, UNIQUE (name, version))"),
        QStringLiteral("CREATE TABLE training_runs (id INTEGER PRIMARY KEY, base_model_id INTEGER REFERENCES models(id),"
                       " result_model_id INTEGER REFERENCES models(id), config_json TEXT, status TEXT NOT NULL,"
                       " started_at TEXT NOT NULL, finished_at TEXT)"),
        QStringLiteral("CREATE TABLE metrics (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES training_runs(id) ON DELETE CASCADE,"
                       " epoch INTEGER, split TEXT, name TEXT NOT NULL, value REAL NOT NULL)"),
    };
}

bool exec(QSqlQuery& q, const QString& sql, QString* error)
{
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

const QList<Migration>& migrations()
{
    static const QList<Migration> list = {
        {1, QStringLiteral("annotation workspace: studies, raters, contours, grades, review, audit, models"), schemaV1()},
    };
    return list;
}

int currentSchemaVersion() { return migrations().last().toVersion; }

int schemaVersion(QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='schema_version'")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    if (q.value(0).toInt() == 0)
        return 0;
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

bool migrate(QSqlDatabase& db, const QList<Migration>& list, QString* error)
{
    int version = schemaVersion(db, error);
    if (version < 0)
        return false;
    for (const Migration& m : list) {
        if (m.toVersion <= version)
            continue;
        if (!db.transaction()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        QSqlQuery q(db);
        QString why;
        bool ok = true;
        for (const QString& sql : m.statements) {
            if (!exec(q, sql, &why)) {
                ok = false;
                break;
            }
        }
        if (ok) {
            q.prepare(QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"));
            q.addBindValue(m.toVersion);
            q.addBindValue(m.description);
            q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            ok = q.exec();
            if (!ok)
                why = q.lastError().text();
        }
        if (!ok || !db.commit()) {
            if (ok)
                why = db.lastError().text();
            db.rollback();
            if (error)
                *error = QCoreApplication::translate("Workspace", "Upgrading the workspace to version %1 failed: %2").arg(m.toVersion).arg(why);
            return false;
        }
        version = m.toVersion;
    }
    return true;
}

} // namespace ns::workspace
