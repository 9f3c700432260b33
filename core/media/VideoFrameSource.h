#pragma once
// Video files (AVI, MP4, MOV, MKV, WebM, MPEG, ...) read through OpenCV's FFmpeg backend;
// frames come as RGB888 (photometric "RGB").
//
// Frame i is the i-th picture a plain sequential read of the file delivers, and
// frame(i) returns exactly that picture whatever the access order (VideoDecoder.h says
// how: playback reads on without seeking; jumps seek and check where they landed).
// The first visit of a far frame in a long file that was never scanned costs a read up to
// it; after scanForDamage() every frame's time is known and a jump costs one seek plus at
// most a key-frame interval of decoding.
//
// Damage: opening decodes only the first frame. A frame the container lists but the
// decoder cannot deliver (a truncated or damaged file) fails with "Frame N of FILE is
// damaged and cannot be decoded." and the range from the first such frame to the end is
// added to SourceInfo::damagedRanges. scanForDamage() reads the whole file with a decoder
// of its own, fills damagedRanges and corrects frameCount() when the container's count was
// wrong (frames that hold no picture, as in AVIs with "repeat previous frame" entries;
// then frameRate() becomes the average rate over the stated duration).
// Frames lost in the middle of a file (the decoder skips what it cannot decode) shift the
// frames after them, so the shortfall shows as a damaged range at the end. Pictures that
// decode without error but look wrong (Megamind_bugy.avi) cannot be detected.
// When the container states no frame count (raw H.264 or MJPEG streams), opening counts
// the frames, which reads the whole file.

#include "core/media/MediaOpener.h"

#include <QMutex>
#include <memory>

namespace ns::jobs {
class Progress;
}

namespace ns::media {

class VideoFrameSource : public FrameSource {
public:
    static OpenResult open(const QString& path);
    ~VideoFrameSource() override;

    // Reads the whole file once with a decoder of its own (no colour conversion, so at
    // decode speed; progress is the fraction of the container's frames read) and then
    // publishes what it found: damagedRanges, the corrected frame count and rate, the
    // times of all frames (which make later jumps cheap). Meant to run as a job right
    // after opening. It takes the source's lock only to publish, so frame() may be called
    // from any thread while it runs. Publishing writes frameCount(), frameRate() and
    // info(), which are not locked for readers: read them on the owner's thread once the
    // job has finished (its result handler), not while it runs. Returns false, changing
    // nothing, when cancelled or when the file can no longer be read.
    bool scanForDamage(const ns::jobs::Progress& progress, QString* error = nullptr) override;
    bool isScanned() const;
    // The frame count the container declared when the file was opened.
    int containerFrameCount() const;

    // Counters for tests and diagnostics (of the decoder behind frame(), not the scan's).
    struct Stats {
        int framesRead = 0;  // pictures decoded
        int seeks = 0;       // OpenCV seeks issued
        int reopens = 0;     // times the file was reopened to read from the start
        int backfilled = 0;  // frames cached while stepping backwards past them
    };
    Stats stats() const;

protected:
    QImage decodeFrame(int index, QString* error) override;

private:
    struct Impl;
    explicit VideoFrameSource(std::unique_ptr<Impl> impl);
    void rebuildAttributes();
    void backfill(int index); // caches a frame passed on the way to another

    std::unique_ptr<Impl> d;
    mutable QMutex m_mutex; // guards *d and the published info against scanForDamage
};

} // namespace ns::media
