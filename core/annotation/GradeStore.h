#pragma once
// CTS grades of a study (or one wrist of it): binary (CTS or not) and/or the 4-level
// severity, with who or what gave them. Grades are appended, never overwritten, so a
// model's grade and a clinician's later one are both kept; the newest one is current.

#include "core/annotation/Contour.h"
#include "core/workspace/Workspace.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace ns::annotation {

struct Grade {
    qint64 id = 0;
    qint64 studyId = 0;
    QString wrist;                 // "left", "right" or empty (the study's wrist)
    std::optional<bool> cts;       // binary grade
    std::optional<int> severity;   // 0 normal, 1 mild, 2 moderate, 3 severe
    ContourSource source;          // manual, or model name + version
    QString rater;                 // empty for a model's grade
    QString createdAt;
};

// The severity's name as files and the CLI write it: "normal", "mild", "moderate",
// "severe" (empty outside 0-3), and back.
QString severityName(int severity);
std::optional<int> severityFromName(const QString& name);
// Sets the severity and the binary grade it implies (any severity above normal is CTS).
void setSeverity(Grade& grade, int severity);

// Appends `grade` (id and createdAt filled in). A grade with an id already set comes back
// under that id and time: the redo of an undone grade keeps its place in the history.
bool recordGrade(ns::workspace::Workspace& ws, Grade& grade, QString* error);
// The same inside a transaction the caller holds on `db` (an import writing many studies).
bool writeGrade(ns::workspace::Workspace& ws, QSqlDatabase& db, Grade& grade, QString* error);
// Removes a grade again (the undo of recording it); the audit log keeps both rows.
bool withdrawGrade(ns::workspace::Workspace& ws, qint64 gradeId, const QString& rater, QString* error);
// Oldest first.
QList<Grade> loadGrades(ns::workspace::Workspace& ws, qint64 studyId, QString* error = nullptr);
// The newest of `grades` (oldest first, as loadGrades gives them) that a person gave, or that
// a model gave; nullopt when there is none. Only a person's grade is a label: a model's is
// a prediction.
std::optional<Grade> newestPersonGrade(const QList<Grade>& grades);
std::optional<Grade> newestModelGrade(const QList<Grade>& grades);

} // namespace ns::annotation
