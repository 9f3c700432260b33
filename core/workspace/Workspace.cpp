#include "core/workspace/Workspace.h"

#include "core/workspace/Schema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>

namespace ns::workspace {

namespace {


QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("nervescope-workspace-%1").arg(counter.fetchAndAddRelaxed(1));
}

// A file that is not SQLite at all is refused before the driver touches it: the driver
// would otherwise happily treat an empty or foreign file as a new database.
bool hasSqliteHeader(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

bool pragma(QSqlDatabase& db, const QString& sql, QString* result, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return false;
    }
    if (result)
        *result = q.next() ? q.value(0).toString() : QString();
    return true;
}

// Reads the whole file once without writing: a damaged page fails here, before anything
// (WAL switch, migration) could write into a corrupt file.
bool integrityOk(QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        *error = q.lastError().text();
        return false;
    }
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (problems == QStringList{QStringLiteral("ok")})
        return true;
    *error = problems.mid(0, 3).join(QStringLiteral("; "));
    return false;
}

} // namespace

QString Workspace::nowUtc() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }
QString Workspace::databasePath() const { return QDir(m_dir).filePath(fileName()); }
QString Workspace::studiesDir() const { return QDir(m_dir).filePath(QStringLiteral("studies")); }
QSqlDatabase Workspace::database() const { return QSqlDatabase::database(m_connection, false); }

Workspace::~Workspace()
{
    {
        QSqlDatabase db = database();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Workspace::OpenResult Workspace::create(const QString& dir) { return openImpl(dir, Mode::ReadWrite, true); }
Workspace::OpenResult Workspace::open(const QString& dir, Mode wanted) { return openImpl(dir, wanted, false); }

Workspace::OpenResult Workspace::openImpl(const QString& dirIn, Mode wanted, bool creating)
{
    OpenResult r;
    const QString dir = QFileInfo(dirIn).absoluteFilePath();
    const QString dbPath = QDir(dir).filePath(fileName());
    const bool exists = QFileInfo::exists(dbPath);
    if (creating && exists) {
        r.error = QCoreApplication::translate("Workspace", "%1 already holds a workspace.").arg(dir);
        return r;
    }
    if (!creating && !exists) {
        r.error = QCoreApplication::translate("Workspace", "%1 is not a workspace (no %2).").arg(dir, fileName());
        return r;
    }
    if (creating && !QDir().mkpath(dir)) {
        r.error = QCoreApplication::translate("Workspace", "Cannot create the folder %1.").arg(dir);
        return r;
    }
    if (exists && !hasSqliteHeader(dbPath)) {
        r.error = QCoreApplication::translate("Workspace", "%1 is damaged or not a NerveScope workspace (not an SQLite database); it was left untouched.").arg(dbPath);
        return r;
    }

    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_dir = dir;
    ws->m_connection = nextConnectionName();
    bool readOnly = wanted == Mode::ReadOnly;
    if (readOnly)
        ws->m_readOnlyReason = QCoreApplication::translate("Workspace", "Opened read-only on request.");

    if (!readOnly) {
        ws->m_lock = std::make_unique<QLockFile>(QDir(dir).filePath(QStringLiteral("workspace.lock")));
        // Age says nothing about a live holder (it never rewrites the file); only a dead
        // owner process, which QLockFile checks by pid, makes a lock stale.
        ws->m_lock->setStaleLockTime(0);
        if (!ws->m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, app;
            if (ws->m_lock->error() == QLockFile::LockFailedError && ws->m_lock->getLockInfo(&pid, &host, &app))
                ws->m_readOnlyReason = QCoreApplication::translate("Workspace", "The workspace is open in %1 (process %2 on %3); it was opened read-only.")
                                           .arg(app.isEmpty() ? QCoreApplication::translate("Workspace", "another program") : app).arg(pid).arg(host);
            else
                ws->m_readOnlyReason = QCoreApplication::translate("Workspace", "The workspace folder cannot be locked for writing; it was opened read-only.");
            if (creating) {
                r.error = ws->m_readOnlyReason;
                return r;
            }
            ws->m_lock.reset();
            readOnly = true;
        }
    }

    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), ws->m_connection);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            r.error = QCoreApplication::translate("Workspace", "Cannot open %1: %2").arg(dbPath, db.lastError().text());
            return r;
        }
        QString why;
        if (exists && !integrityOk(db, &why)) {
            r.error = QCoreApplication::translate("Workspace", "%1 is damaged (%2); it was left untouched.").arg(dbPath, why);
            return r;
        }
        const int version = ns::workspace::schemaVersion(db, &why);
        if (version < 0) {
            r.error = QCoreApplication::translate("Workspace", "%1 cannot be read: %2").arg(dbPath, why);
            return r;
        }
        if (exists && version == 0) {
            r.error = QCoreApplication::translate("Workspace", "%1 is an SQLite file but not a NerveScope workspace; it was left untouched.").arg(dbPath);
            return r;
        }
        if (version > currentSchemaVersion() && !readOnly) {
            // Writing with an older schema could lose what the newer version stores, so the
            // file is only read; the lock goes back so the newer program can still write.
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(ws->m_connection);
            ws->m_lock.reset();
            readOnly = true;
            ws->m_readOnlyReason = QCoreApplication::translate("Workspace", "The workspace was written by a newer NerveScope (schema version %1; this version understands up to %2); it was opened read-only.")
                                       .arg(version).arg(currentSchemaVersion());
            continue;
        }
        if (!pragma(db, QStringLiteral("PRAGMA foreign_keys = ON"), nullptr, &why)) {
            r.error = QCoreApplication::translate("Workspace", "Cannot configure %1: %2").arg(dbPath, why);
            return r;
        }
        if (!readOnly) {
            // WAL: a commit is one append to the -wal file, and readers (a second, read-only
            // NerveScope) never block the writer. synchronous=FULL fsyncs that append on
            // every commit, so a commit survives power loss too, not only a killed process;
            // edits arrive at human pace and drags are debounced, so the fsync is affordable.
            QString mode;
            if (!pragma(db, QStringLiteral("PRAGMA journal_mode = WAL"), &mode, &why)
                || mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0
                || !pragma(db, QStringLiteral("PRAGMA synchronous = FULL"), nullptr, &why)) {
                r.error = QCoreApplication::translate("Workspace", "Cannot switch %1 to write-ahead logging: %2").arg(dbPath, why.isEmpty() ? mode : why);
                return r;
            }
            if (!migrate(db, migrations(), &why)) {
                r.error = why;
                return r;
            }
        } else if (version < currentSchemaVersion()) {
            ws->m_readOnlyReason += QLatin1Char(' ') + QCoreApplication::translate("Workspace", "It uses an older schema (version %1) that is upgraded when it is opened for writing.").arg(version);
        }
        ws->m_schemaVersion = ns::workspace::schemaVersion(db, &why);
        break;
    }
    ws->m_readOnly = readOnly;
    r.notice = readOnly ? ws->m_readOnlyReason : QString();
    r.workspace = std::move(ws);
    return r;
}

bool Workspace::transact(const std::function<bool(QSqlDatabase&, QString*)>& work, QString* error)
{
    QString why;
    if (m_readOnly) {
        why = QCoreApplication::translate("Workspace", "The workspace is read-only: %1").arg(m_readOnlyReason);
        if (error)
            *error = why;
        return false;
    }
    QSqlDatabase db = database();
    if (!db.transaction()) {
        if (error)
            *error = QCoreApplication::translate("Workspace", "Cannot start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    if (work(db, &why) && db.commit())
        return true;
    if (why.isEmpty())
        why = db.lastError().text();
    db.rollback();
    if (error)
        *error = QCoreApplication::translate("Workspace", "The change was not saved; the workspace keeps its previous state (%1).").arg(why);
    return false;
}

qint64 Workspace::raterId(QSqlDatabase& db, const QString& name, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM raters WHERE name = ?"));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    q.prepare(QStringLiteral("INSERT INTO raters (name, created_at) VALUES (?, ?)"));
    q.addBindValue(name);
    q.addBindValue(nowUtc());
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.lastInsertId().toLongLong();
}

bool Workspace::audit(QSqlDatabase& db, const QString& rater, const QString& action, const QString& entity,
                      qint64 entityId, const QByteArray& beforeJson, const QByteArray& afterJson, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, rater, action, entity, entity_id, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(nowUtc());
    // Changes no rater makes (imports from the CLI) are attributed to the account running it.
    QString who = rater;
    if (who.isEmpty())
        who = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("unknown")));
    q.addBindValue(who);
    q.addBindValue(action);
    q.addBindValue(entity);
    q.addBindValue(entityId);
    q.addBindValue(beforeJson.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(beforeJson)));
    q.addBindValue(afterJson.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(afterJson)));
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace ns::workspace
