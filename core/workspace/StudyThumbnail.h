#pragma once
// Small pictures of a workspace's studies for the study browser: one representative frame
// (the middle one: the first frames of a cine are often the probe settling) scaled to fit
// a square, cached as PNG in DIR/thumbnails/<study id>.png. Safe to call from any thread:
// it opens its own FrameSource and touches no database.

#include <QImage>
#include <QString>

namespace ns::workspace {

struct ThumbnailRequest {
    QString workspaceDir;
    qint64 studyId = 0;
    QString studyPath;      // the stored path (what the workspace opens)
    int maxSide = 160;
    bool writeCache = true; // false for a read-only workspace: never writes to its folder
};

struct Thumbnail {
    QImage image;          // null when the study cannot be shown
    QString error;         // one sentence: why (file missing, unreadable, no frames)
    bool missing = false;  // the file is not there (as opposed to there but unreadable)
    bool fromCache = false;
    explicit operator bool() const { return !image.isNull(); }
};

QString thumbnailDir(const QString& workspaceDir);
QString thumbnailPath(const QString& workspaceDir, qint64 studyId);

// The cached PNG when it is newer than the study file, else a new one from the file
// (and cached when writeCache). A missing or corrupt file gives a null image and the reason.
Thumbnail loadOrMakeThumbnail(const ThumbnailRequest& request);

} // namespace ns::workspace
