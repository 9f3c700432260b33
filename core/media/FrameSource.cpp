#include "core/media/FrameSource.h"

#include <QCoreApplication>
#include <QMutexLocker>

namespace ns::media {

FrameSource::FrameSource() = default;
FrameSource::~FrameSource() = default;

QImage FrameSource::frame(int index, QString* error)
{
    if (index < 0 || index >= m_frameCount) {
        if (error)
            *error = QCoreApplication::translate("FrameSource", "Frame %1 does not exist (the study has %2 frames).")
                         .arg(index + 1).arg(m_frameCount);
        return {};
    }
    QImage cached;
    if (m_cache.lookup(index, &cached))
        return cached;

    QMutexLocker lock(&m_decodeMutex);
    // Another thread may have decoded it while we waited for the lock.
    if (m_cache.lookup(index, &cached))
        return cached;
    QString why;
    QImage decoded = decodeFrame(index, &why);
    if (decoded.isNull()) {
        if (error)
            *error = why.isEmpty() ? QCoreApplication::translate("FrameSource", "Frame %1 could not be decoded.").arg(index + 1)
                                   : why;
        return {};
    }
    m_cache.insert(index, decoded);
    return decoded;
}

bool FrameSource::scanForDamage(const jobs::Progress& progress, QString* error)
{
    QList<FrameRange> damaged;
    for (int i = 0; i < m_frameCount; ++i) {
        if (progress.isCancelled()) {
            if (error)
                *error = QCoreApplication::translate("FrameSource", "The scan was cancelled.");
            return false;
        }
        if (frame(i).isNull()) {
            if (!damaged.isEmpty() && damaged.last().last == i - 1)
                damaged.last().last = i;
            else
                damaged.append(FrameRange{i, i});
        }
        progress.report(double(i + 1) / m_frameCount,
                        QCoreApplication::translate("FrameSource", "Checked frame %1 of %2").arg(i + 1).arg(m_frameCount));
    }
    m_info.damagedRanges = damaged;
    return true;
}

QString sourceKindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Dicom: return QStringLiteral("dicom");
    case SourceKind::Video: return QStringLiteral("video");
    case SourceKind::Image: return QStringLiteral("image");
    case SourceKind::ImageSequence: return QStringLiteral("image-sequence");
    }
    return {};
}

} // namespace ns::media
