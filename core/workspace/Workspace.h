#pragma once
// A workspace is a folder holding workspace.sqlite (the annotations, grades, review state,
// audit log, models), the studies it copied in (studies/) and a lock file. One process
// writes at a time; any other opens it read-only and is told why.

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

class QLockFile;

namespace ns::workspace {

class Workspace {
public:
    enum class Mode { ReadWrite, ReadOnly };

    struct OpenResult {
        std::unique_ptr<Workspace> workspace; // null when it cannot be opened at all
        QString error;                        // why it could not be opened
        QString notice;                       // why it was opened read-only (empty when writable)
        explicit operator bool() const { return bool(workspace); }
    };

    // Creates the folder (if needed) and a new database; refuses a folder that already holds one.
    static OpenResult create(const QString& dir);
    // Opens an existing workspace. `wanted` ReadOnly never writes anything to the folder.
    static OpenResult open(const QString& dir, Mode wanted = Mode::ReadWrite);

    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    QString dir() const { return m_dir; }
    QString databasePath() const;
    QString studiesDir() const;
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const { return m_schemaVersion; }
    QSqlDatabase database() const;

    // Runs `work` inside one transaction: committed when it returns true, rolled back when it
    // returns false or the commit fails (disk full, I/O error), so the file keeps its last good
    // state. Returns false with a user-visible `error` on any failure.
    bool transact(const std::function<bool(QSqlDatabase&, QString*)>& work, QString* error);

    // Id of the rater called `name`, created on first use (inside the caller's transaction).
    qint64 raterId(QSqlDatabase& db, const QString& name, QString* error);
    // Appends one audit row; before/after are compact JSON (or empty). An empty rater is
    // recorded as the operating-system account.
    bool audit(QSqlDatabase& db, const QString& rater, const QString& action, const QString& entity,
               qint64 entityId, const QByteArray& beforeJson, const QByteArray& afterJson, QString* error);

    static QString fileName() { return QStringLiteral("workspace.sqlite"); }
    static QString nowUtc();

private:
    Workspace() = default;
    static OpenResult openImpl(const QString& dir, Mode wanted, bool creating);

    QString m_dir;
    QString m_connection;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    int m_schemaVersion = 0;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace ns::workspace
