#pragma once
// The workspace database schema as an ordered list of migrations. A database records every
// migration it has applied in schema_version; opening runs the missing ones, each in its own
// transaction, so a failed migration leaves the previous version intact.

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ns::workspace {

struct Migration {
    int toVersion = 0;      // the version the database has after this migration
    QString description;    // stored in schema_version for people reading the file
    QStringList statements; // executed in order inside one transaction
};

// The migrations of this build, ascending. The last one's toVersion is what this build writes.
const QList<Migration>& migrations();
int currentSchemaVersion();

// Highest version recorded in schema_version; 0 for a database without that table (a new
// file); -1 with `error` set when the database cannot be read.
int schemaVersion(QSqlDatabase& db, QString* error);

// Applies every migration in `list` above the database's version, in order. Returns false
// with `error` set (and the database at the last version that succeeded) on failure.
bool migrate(QSqlDatabase& db, const QList<Migration>& list, QString* error);

} // namespace ns::workspace
