#pragma once
// The plain model every export format is written from: the labelled frames of a selection
// of studies, with what each writer needs to know about them (contours with rater and
// source, review status, grade, patient, calibration). It holds no pixels: writers read
// frames through StudyFrames one study at a time, so a large workspace never sits in memory.
//
// Identifying values (patient ID, source path) are kept here as they are; the writers decide
// what to write through ExportPlan, which applies de-identification in one place.

#include "core/annotation/Contour.h"
#include "core/media/Calibration.h"

#include <QList>
#include <QSet>
#include <QSize>
#include <QString>
#include <optional>

namespace ns::exporting {

struct ExportContour {
    qint64 id = 0;
    QString label;                    // "median nerve"
    QString rater;
    annotation::ContourSource source; // manual, corrected, model (name + version), interpolated
    QPolygonF vertices;               // image pixels, closed implicitly
};

struct ExportFrame {
    int frame = 0;                    // 0-based frame index in the study
    bool approved = false;            // approved for this frame, or the whole study approved
    QList<ExportContour> contours;    // every selected contour of the frame, all raters

    QStringList raters() const;       // distinct, in first-seen order
    QList<ExportContour> contoursOf(const QString& rater) const;
};

struct ExportGrade {
    std::optional<bool> cts;
    std::optional<int> severity;      // 0 normal .. 3 severe
    QString gradeName() const;        // "normal", "mild", "moderate", "severe" or empty
    std::optional<bool> isCts() const; // the binary grade, else severity > 0
};

struct ExportStudy {
    qint64 id = 0;
    QString storedPath;               // what the workspace opens (identifying: never written when de-identified)
    QString sourcePath;               // where it was imported from (identifying)
    QString kind;                     // "dicom", "video", "image", "image-sequence"
    QString patientId;                // as stored (identifying); may be empty
    QString wrist;                    // "left", "right" or empty
    QString view;                     // "wrist", "forearm", "longitudinal" or empty (unknown)
    QString profile;                  // scanner model, when the source names it
    QSize frameSize;
    media::Calibration calibration;
    std::optional<ExportGrade> grade; // the newest grade of the study
    QList<ExportFrame> frames;        // only frames with selected contours, ascending
};

struct ExportDataset {
    QString workspaceDir;
    QList<ExportStudy> studies;       // only studies with at least one selected frame
    int frameCount() const;
    int contourCount() const;
};

// What the collector keeps.
struct ExportSelection {
    QList<qint64> studyIds;           // empty: every study
    bool manual = true;
    bool corrected = true;
    bool model = true;                // stored model contours are accepted ones
    bool interpolated = false;
    bool approvedOnly = false;
    QSet<QString> raters;             // empty: every rater
    QSet<QString> scanners;           // empty: every scanner; else ExportStudy::profile (case-insensitive)

    bool accepts(annotation::SourceKind kind) const;
};

} // namespace ns::exporting
