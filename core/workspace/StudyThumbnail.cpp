#include "core/workspace/StudyThumbnail.h"

#include "core/media/DisplayMapping.h"
#include "core/media/MediaOpener.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace ns::workspace {

QString thumbnailDir(const QString& workspaceDir) { return QDir(workspaceDir).filePath(QStringLiteral("thumbnails")); }

QString thumbnailPath(const QString& workspaceDir, qint64 studyId)
{
    return QDir(thumbnailDir(workspaceDir)).filePath(QStringLiteral("%1.png").arg(studyId));
}

namespace {

QImage scaled(const QImage& frame, int maxSide)
{
    // Format_Grayscale16 does not scale smoothly everywhere; the display image is 8 bit anyway.
    return frame.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

// PNG through QSaveFile: a crash or full disk never leaves a truncated thumbnail behind.
void writeCache(const QImage& image, const QString& path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return;
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly) && image.save(&f, "PNG"))
        f.commit();
}

} // namespace

Thumbnail loadOrMakeThumbnail(const ThumbnailRequest& req)
{
    Thumbnail t;
    const QFileInfo study(req.studyPath);
    if (!study.exists()) {
        t.error = QCoreApplication::translate("StudyThumbnail", "The study file is missing: %1")
                      .arg(QDir::toNativeSeparators(req.studyPath));
        t.missing = true;
        return t;
    }
    const QString cachePath = thumbnailPath(req.workspaceDir, req.studyId);
    const QFileInfo cached(cachePath);
    if (cached.exists() && cached.lastModified() >= study.lastModified()) {
        QImage image(cachePath);
        if (!image.isNull() && qMax(image.width(), image.height()) <= req.maxSide) {
            t.image = image;
            t.fromCache = true;
            return t;
        }
    }
    media::OpenResult opened = media::openMedia(req.studyPath);
    if (!opened) {
        t.error = opened.error;
        return t;
    }
    media::FrameSource& src = *opened.source;
    if (src.frameCount() <= 0) {
        t.error = QCoreApplication::translate("StudyThumbnail", "The study has no frames.");
        return t;
    }
    QString why;
    QImage frame = src.frame(src.frameCount() / 2, &why);
    if (frame.isNull() && src.frameCount() > 1)
        frame = src.frame(0, &why); // a damaged middle frame: the first one still says what it is
    if (frame.isNull()) {
        t.error = why.isEmpty() ? QCoreApplication::translate("StudyThumbnail", "No frame of the study can be decoded.") : why;
        return t;
    }
    t.image = scaled(media::toDisplayImage(frame, src.info().defaultWindow, src.info().bitsStored), req.maxSide);
    if (req.writeCache)
        writeCache(t.image, cachePath);
    return t;
}

} // namespace ns::workspace
