#pragma once
// Studies of a workspace: importing a file or image folder (copied into the workspace or
// referenced where it lies) and listing them with their annotation counts and status.

#include "core/workspace/Workspace.h"

#include <QList>
#include <QString>
#include <optional>

namespace ns::workspace {

struct StudyRecord {
    qint64 id = 0;
    QString sourcePath;  // where it was imported from
    QString storedPath;  // what the workspace opens: the copy, or the source when referenced
    bool copied = false;
    QString sha256;
    QString kind;        // "dicom", "video", "image", "image-sequence"
    int frames = 0;
    int width = 0;
    int height = 0;
    double frameRate = 0;
    QString patientId;
    QString wrist;       // "left", "right" or empty (not known)
    QString addedAt;
    // Derived for the study browser and `workspace list`.
    int contourCount = 0;
    int annotatedFrames = 0;
    QString status;      // the study's review status ("unlabelled" when none was set)
};

struct ImportResult {
    std::optional<StudyRecord> study;
    bool alreadyPresent = false; // the same content (sha256) was imported before
    QString error;
};

ImportResult importStudy(Workspace& ws, const QString& path, bool copyIntoWorkspace);
QList<StudyRecord> listStudies(Workspace& ws, QString* error = nullptr);
std::optional<StudyRecord> findStudy(Workspace& ws, qint64 id, QString* error = nullptr);

} // namespace ns::workspace
