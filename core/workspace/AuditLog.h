#pragma once
// Reading the audit log back: who changed what and when, with the study and frame each
// row concerns and a one-line before/after summary for people. Writing stays with
// Workspace::audit(), called inside the transaction of the change it records.

#include "core/workspace/Workspace.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace ns::workspace {

struct AuditEntry {
    qint64 id = 0;
    QString at;     // ISO-8601 UTC
    QString rater;
    QString action; // add, edit-vertices, delete, restore, label, review-status, grade, grade-undo, import
    QString entity; // contour, frame, study, grade
    qint64 entityId = 0;
    std::optional<qint64> studyId; // the study the row concerns, where it names one
    std::optional<int> frame;      // the frame, for contour and frame rows
    QJsonObject before, after;
};

struct AuditFilter {
    std::optional<qint64> studyId;
    QString rater; // empty: every rater
    int limit = 5000;
};

// Newest first, at most filter.limit rows that match.
QList<AuditEntry> loadAuditLog(Workspace& ws, const AuditFilter& filter = {}, QString* error = nullptr);
// "Status: ai → approved", "Vertices: 32 → 33 points", … (translated).
QString auditSummary(const AuditEntry& entry);
// The action as a reader says it: "Add contour", "Review status", … (translated).
QString auditActionName(const QString& action);
// Names of everyone in the raters table, alphabetically.
QStringList raterNames(Workspace& ws, QString* error = nullptr);

} // namespace ns::workspace
