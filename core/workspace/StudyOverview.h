#pragma once
// What a study browser (and `workspace list`) shows per study: the study record plus its
// review status, who annotated it and how much, with filtering and search. One call reads
// every study of a workspace; the filtering runs on the result, so the GUI and the CLI
// agree on what a status or a search means.
//
// The status of a study: the one set for the whole study (review_status, frame -1) when a
// person set one (Approve); otherwise it follows from its non-deleted contours:
//   - any contour made or touched by a person (source 'manual' or 'corrected') -> corrected
//   - else any machine-made contour ('model', or 'interpolated' left untouched)  -> ai
//   - no contours                                                             -> unlabelled
// A person's work wins over a model's, so a study a person has started on never reads as
// "AI only"; 'approved' is never derived: it always comes from someone approving.

#include "core/annotation/Contour.h"
#include "core/workspace/StudyStore.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ns::workspace {

struct StudyOverview {
    StudyRecord study;       // id, paths, kind, frames, patient id, wrist, contour and frame counts
    QString displayName;     // the file (or folder) name
    annotation::ReviewStatus status = annotation::ReviewStatus::Unlabelled;
    bool statusSet = false;  // true: set by a person for the study; false: derived (see above)
    QStringList raters;      // names of everyone with a non-deleted contour, sorted
    int modelContours = 0;   // of study.contourCount: 'model' or 'interpolated'
    int personContours = 0;  // of study.contourCount: 'manual' or 'corrected'
    // The newest CTS grade a person gave the study (a model's grade is not shown as one).
    std::optional<int> severity; // 0 normal .. 3 severe
    std::optional<bool> cts;

    qint64 id() const { return study.id; }
    int annotatedFrames() const { return study.annotatedFrames; }
    int contourCount() const { return study.contourCount; }
};

// Ordered by study id. Empty with `error` set when the workspace cannot be read.
QList<StudyOverview> studyOverviews(Workspace& ws, QString* error = nullptr);
std::optional<StudyOverview> studyOverview(Workspace& ws, qint64 studyId, QString* error = nullptr);

struct OverviewFilter {
    std::optional<annotation::ReviewStatus> status; // any when unset
    QString kind;                                   // "dicom", "video", ...; any when empty
    QString search;                                 // case-insensitive, in name, patient id or path
    bool isEmpty() const { return !status && kind.isEmpty() && search.trimmed().isEmpty(); }
};

bool matches(const StudyOverview& s, const OverviewFilter& filter);
QList<StudyOverview> filtered(const QList<StudyOverview>& all, const OverviewFilter& filter);

// The status rule above, for one study's contour counts and stored status.
annotation::ReviewStatus deriveStatus(std::optional<annotation::ReviewStatus> stored, int personContours, int modelContours);

} // namespace ns::workspace
