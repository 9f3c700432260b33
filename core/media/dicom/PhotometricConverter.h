#pragma once
// Turns the samples of one decoded DICOM frame into the QImage formats FrameSource
// promises (Grayscale8, Grayscale16, RGB888), whatever the photometric interpretation,
// bit depth, signedness and planar configuration of the stored data.

#include <QByteArray>
#include <QImage>
#include <QString>

namespace ns::media::dicom {

class PaletteLut;

// How the samples of one frame are laid out after decompression.
struct FrameLayout {
    int width = 0;
    int height = 0;
    int samplesPerPixel = 1;
    int bitsAllocated = 8;   // 1, 8 or 16; samples in host byte order
    int bitsStored = 8;
    int highBit = 7;
    bool isSigned = false;
    bool planar = false;     // Planar Configuration 1: RRR..GGG..BBB..
    // Colour model of the samples as they are now, which after JPEG decoding may differ
    // from the Photometric Interpretation in the file (YBR_FULL_422 comes back as RGB).
    QString colorModel;

    int signedOffset() const { return isSigned ? 1 << (bitsStored - 1) : 0; }
    bool isGrey() const
    {
        return colorModel == QLatin1String("MONOCHROME1") || colorModel == QLatin1String("MONOCHROME2");
    }
    // Bytes one frame occupies; YBR_FULL_422 stores two samples per pixel, 1-bit data is
    // packed. 0 when the layout is inconsistent.
    qint64 frameBytes() const;
};

// A layout the converter cannot handle gives the reason; an empty string means "fine".
QString unsupportedReason(const FrameLayout& layout);

// `data` holds one frame in `layout` (at least layout.frameBytes() bytes, or for 1-bit
// data the bytes that hold the frame starting at bit `firstBit` of data[0]).
// `palette` is required for PALETTE COLOR. Returns a null image and a reason on failure.
QImage convertFrame(const QByteArray& data, const FrameLayout& layout, const PaletteLut* palette,
                    QString* reason, int firstBit = 0);

} // namespace ns::media::dicom
