#pragma once
// One interface for every kind of study source: DICOM (single/multi-frame), video files,
// still images and folders of images. Frames are decoded on demand and kept in a bounded
// LRU cache, so a 1,000-frame cine never needs all its frames in memory.

#include "core/jobs/Progress.h"
#include "core/media/Calibration.h"
#include "core/media/FrameCache.h"
#include "core/media/SourceInfo.h"

#include <QImage>
#include <QMutex>
#include <QSize>
#include <QString>

namespace ns::media {

class FrameSource {
public:
    virtual ~FrameSource();
    FrameSource(const FrameSource&) = delete;
    FrameSource& operator=(const FrameSource&) = delete;

    const SourceInfo& info() const { return m_info; }
    const Calibration& calibration() const { return m_calibration; }
    int frameCount() const { return m_frameCount; }
    QSize frameSize() const { return m_frameSize; }
    // Frames per second for playback; 0 when the source does not say (a still image).
    double frameRate() const { return m_frameRate; }

    // Frame `index` (0-based) as stored: Format_Grayscale8, Format_Grayscale16 or
    // Format_RGB888. Thread-safe. On failure returns a null image and, if `error` is
    // given, one sentence naming the frame and the reason.
    QImage frame(int index, QString* error = nullptr);

    FrameCache& cache() { return m_cache; }

    // Decodes every frame once to find the ones that cannot be decoded, records them in
    // info().damagedRanges and corrects what the container got wrong. Returns false when
    // cancelled or unreadable (with the reason in `error`). Call from one thread at a time,
    // and read info()/frameCount() on the owner's thread once it has finished.
    virtual bool scanForDamage(const ns::jobs::Progress& progress, QString* error = nullptr);

protected:
    FrameSource();
    // Decodes one frame; called with the decode lock held, so decoders need no locking.
    virtual QImage decodeFrame(int index, QString* error) = 0;

    void setFrameCount(int n) { m_frameCount = n; }
    void setFrameSize(QSize s) { m_frameSize = s; }
    void setFrameRate(double fps) { m_frameRate = fps; }
    SourceInfo& mutableInfo() { return m_info; }
    Calibration& mutableCalibration() { return m_calibration; }

private:
    SourceInfo m_info;
    Calibration m_calibration;
    int m_frameCount = 0;
    QSize m_frameSize;
    double m_frameRate = 0.0;
    FrameCache m_cache;
    QMutex m_decodeMutex;
};

} // namespace ns::media
