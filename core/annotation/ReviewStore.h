#pragma once
// Review status as the reviewer sees it. A stored status (review_status) is what someone
// set: an approval, or the AI marking a frame. Where nothing was set, the status follows
// from the contours: none is unlabelled, only a model's is ai, any a person drew or
// touched is corrected. Revoking an approval goes back to that derived status.

#include "core/annotation/Contour.h"
#include "core/workspace/Workspace.h"

#include <QList>
#include <QMap>
#include <optional>

namespace ns::annotation {

struct ReviewState {
    ReviewStatus status = ReviewStatus::Unlabelled;
    bool stored = false; // false: derived from the contours (nothing was set)
    QString rater;       // who set it (stored only)
    QString updatedAt;   // ISO-8601 UTC (stored only)
};

// The status the contours of one frame (or of a whole study) imply.
ReviewStatus derivedStatus(const QList<Contour>& contours);

// frame == -1: the study. nullopt with `error` when it cannot be read.
std::optional<ReviewState> reviewState(ns::workspace::Workspace& ws, qint64 studyId, int frame, QString* error = nullptr);
// Stored statuses of every frame of the study (frame -1 left out), for timelines and lists.
QMap<int, ReviewStatus> storedFrameStatuses(ns::workspace::Workspace& ws, qint64 studyId, QString* error = nullptr);

struct ReviewEvent {
    qint64 id = 0;
    int frame = -1;
    ReviewStatus status = ReviewStatus::Unlabelled;
    QString rater;
    QString at;
};
// Newest first.
QList<ReviewEvent> reviewEvents(ns::workspace::Workspace& ws, qint64 studyId, QString* error = nullptr);

} // namespace ns::annotation
