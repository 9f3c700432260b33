#pragma once
// A DICOM file (single- or multi-frame) as a FrameSource. Only the header is parsed when
// the file is opened; pixel data stays in the file and each frame is read and decoded
// when asked for, so a long cine costs one frame of memory plus the cache.
//
// Frames come out as FrameSource promises: MONOCHROME1 is inverted (bright = high), signed
// values are shifted by SourceInfo::signedOffset, colour of any photometric (RGB, YBR,
// PALETTE COLOR, also segmented) becomes RGB888 with 8 bits per channel.
// SourceInfo::defaultWindow is expressed in those frame values (see readDefaultWindow).

#include "core/media/FrameSource.h"

#include <memory>

namespace ns::media {

class DicomFrameSource final : public FrameSource {
public:
    // Null and one sentence ("Cannot open <path>: <reason>.") when the file is not DICOM,
    // is truncated or damaged, holds no image, or uses an unsupported encoding.
    static std::unique_ptr<DicomFrameSource> open(const QString& path, QString* error);
    ~DicomFrameSource() override;

    // Pixel data bytes the parsed dataset holds in memory (native value or compressed
    // fragments). Stays near zero: frames are read from the file, not kept in the dataset.
    qint64 pixelBytesInMemory() const;

protected:
    QImage decodeFrame(int index, QString* error) override;

private:
    struct Impl;
    explicit DicomFrameSource(std::unique_ptr<Impl> impl);
    bool initialise(QString* reason);
    QImage decodeNative(int index, QString* reason);
    QImage decodeWithDcmtk(int index, QString* reason);
    QImage decodeJpeg2000(int index, QString* reason);

    std::unique_ptr<Impl> d;
};

} // namespace ns::media
