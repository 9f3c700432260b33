#pragma once
// Reading and writing contours and review status in a workspace. Every write is one
// transaction that also appends to the audit log, so the file never holds a change without
// its audit row or the reverse. Writes return false with a user-visible error and leave
// the workspace as it was.

#include "core/annotation/Contour.h"
#include "core/workspace/Workspace.h"

#include <QList>
#include <optional>

namespace ns::annotation {

using ns::workspace::Workspace;

// Inserts `c` (id, timestamps filled in on success).
bool insertContour(Workspace& ws, Contour& c, QString* error);
// Soft delete, so undo brings back the same id and its history.
bool setContourDeleted(Workspace& ws, qint64 id, bool deleted, const QString& rater, QString* error);
bool replaceVertices(Workspace& ws, qint64 id, const QPolygonF& vertices, const ContourSource& source,
                     const QString& rater, QString* error);
bool setContourLabel(Workspace& ws, qint64 id, const QString& label, const QString& rater, QString* error);

std::optional<Contour> loadContour(Workspace& ws, qint64 id, QString* error = nullptr);
// frame < 0: every frame. Deleted contours are left out unless asked for.
QList<Contour> loadContours(Workspace& ws, qint64 studyId, int frame = -1, bool includeDeleted = false,
                            QString* error = nullptr);

// Review status of a frame (frame >= 0) or of the whole study (frame == -1); nullopt
// (no row) reads as unlabelled. Setting nullopt removes the row (used by undo).
std::optional<ReviewStatus> reviewStatus(Workspace& ws, qint64 studyId, int frame, QString* error = nullptr);
bool setReviewStatus(Workspace& ws, qint64 studyId, int frame, std::optional<ReviewStatus> status,
                     const QString& rater, QString* error);
// The same inside a transaction the caller holds (Workspace::transact): the status row, its
// review event and the audit entry.
bool writeReviewStatus(Workspace& ws, QSqlDatabase& db, qint64 studyId, int frame, std::optional<ReviewStatus> status,
                       const QString& rater, QString* why);

} // namespace ns::annotation
