#include "core/media/dicom/PhotometricConverter.h"

#include "core/media/dicom/PaletteLut.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace ns::media::dicom {

namespace {

// Larger frames are refused rather than risking a failed allocation mid-decode; 16384 x
// 16384 RGB still fits.
constexpr qint64 kMaxFrameBytes = 1LL << 30;

bool is(const QString& model, const char* name) { return model == QLatin1String(name); }

// Reads stored samples and applies Bits Stored / High Bit / Pixel Representation, so
// every caller sees plain integers (negative for signed data).
class SampleReader {
public:
    SampleReader(const QByteArray& data, const FrameLayout& l)
        : m_data(reinterpret_cast<const uchar*>(data.constData())), m_wide(l.bitsAllocated == 16),
          m_shift(l.highBit + 1 - l.bitsStored), m_mask((1u << l.bitsStored) - 1u),
          m_signBit(l.isSigned ? 1u << (l.bitsStored - 1) : 0u), m_range(1 << l.bitsStored)
    {
    }
    int operator()(qint64 i) const
    {
        quint32 raw;
        if (m_wide) {
            quint16 w;
            std::memcpy(&w, m_data + 2 * i, 2); // QByteArray data may be unaligned for quint16
            raw = w;
        } else {
            raw = m_data[i];
        }
        const quint32 v = (raw >> m_shift) & m_mask;
        return (m_signBit && (v & m_signBit)) ? int(v) - m_range : int(v);
    }

private:
    const uchar* m_data;
    bool m_wide;
    int m_shift;
    quint32 m_mask;
    quint32 m_signBit;
    int m_range;
};

uchar clamp8(double v) { return uchar(std::clamp(std::floor(v + 0.5), 0.0, 255.0)); }

// PS3.3 C.7.6.3.1.2 (YBR_FULL), with the same rounding as pydicom's convert_color_space.
void ybrToRgb(int y, int cb, int cr, uchar* rgb)
{
    const double dcb = cb - 128.0, dcr = cr - 128.0;
    rgb[0] = clamp8(y + 1.402 * dcr);
    rgb[1] = clamp8(y - (0.114 * 1.772 / 0.587) * dcb - (0.299 * 1.402 / 0.587) * dcr);
    rgb[2] = clamp8(y + 1.772 * dcb);
}

QImage convertGrey(const QByteArray& data, const FrameLayout& l)
{
    const SampleReader sample(data, l);
    const int offset = l.signedOffset();
    const int maxValue = (1 << l.bitsStored) - 1;
    const bool invert = is(l.colorModel, "MONOCHROME1"); // MONOCHROME1: low values are white
    const bool wide = l.bitsStored > 8;
    QImage img(l.width, l.height, wide ? QImage::Format_Grayscale16 : QImage::Format_Grayscale8);
    if (img.isNull()) // out of memory: the caller reports it
        return img;
    for (int y = 0; y < l.height; ++y) {
        const qint64 row = qint64(y) * l.width;
        if (wide) {
            auto* dst = reinterpret_cast<quint16*>(img.scanLine(y));
            for (int x = 0; x < l.width; ++x) {
                const int v = sample(row + x) + offset;
                dst[x] = quint16(invert ? maxValue - v : v);
            }
        } else {
            uchar* dst = img.scanLine(y);
            for (int x = 0; x < l.width; ++x) {
                const int v = sample(row + x) + offset;
                dst[x] = uchar(invert ? maxValue - v : v);
            }
        }
    }
    return img;
}

QImage convertOneBit(const QByteArray& data, const FrameLayout& l, int firstBit)
{
    const auto* d = reinterpret_cast<const uchar*>(data.constData());
    const bool invert = is(l.colorModel, "MONOCHROME1");
    QImage img(l.width, l.height, QImage::Format_Grayscale8);
    if (img.isNull()) // out of memory: the caller reports it
        return img;
    for (int y = 0; y < l.height; ++y) {
        uchar* dst = img.scanLine(y);
        for (int x = 0; x < l.width; ++x) {
            const qint64 bit = firstBit + qint64(y) * l.width + x; // packed LSB first (PS3.5 D.2)
            const int v = (d[bit >> 3] >> (bit & 7)) & 1;
            dst[x] = uchar(invert ? 1 - v : v);
        }
    }
    return img;
}

QImage convertPalette(const QByteArray& data, const FrameLayout& l, const PaletteLut& lut)
{
    const SampleReader sample(data, l);
    QImage img(l.width, l.height, QImage::Format_RGB888);
    if (img.isNull()) // out of memory: the caller reports it
        return img;
    for (int y = 0; y < l.height; ++y) {
        uchar* dst = img.scanLine(y);
        const qint64 row = qint64(y) * l.width;
        for (int x = 0; x < l.width; ++x)
            lut.lookup(sample(row + x), dst + 3 * x);
    }
    return img;
}

QImage convertColour(const QByteArray& data, const FrameLayout& l)
{
    const SampleReader sample(data, l);
    const int down = std::max(0, l.bitsStored - 8); // RGB888 output keeps the top 8 bits
    const int offset = l.signedOffset();
    const bool ybr = is(l.colorModel, "YBR_FULL");
    const qint64 pixels = qint64(l.width) * l.height;
    QImage img(l.width, l.height, QImage::Format_RGB888);
    if (img.isNull()) // out of memory: the caller reports it
        return img;
    for (int y = 0; y < l.height; ++y) {
        uchar* dst = img.scanLine(y);
        for (int x = 0; x < l.width; ++x) {
            const qint64 p = qint64(y) * l.width + x;
            int s[3];
            for (int c = 0; c < 3; ++c)
                s[c] = (sample(l.planar ? c * pixels + p : 3 * p + c) + offset) >> down;
            if (ybr) {
                ybrToRgb(s[0], s[1], s[2], dst + 3 * x);
            } else {
                for (int c = 0; c < 3; ++c)
                    dst[3 * x + c] = uchar(s[c]);
            }
        }
    }
    return img;
}

// Uncompressed YBR_FULL_422 stores each horizontal pair of pixels as Y1 Y2 Cb Cr
// (PS3.3 C.7.6.3.1.2); both pixels share the chroma samples.
QImage convertYbr422(const QByteArray& data, const FrameLayout& l)
{
    const SampleReader sample(data, l);
    const int down = std::max(0, l.bitsStored - 8);
    QImage img(l.width, l.height, QImage::Format_RGB888);
    if (img.isNull()) // out of memory: the caller reports it
        return img;
    for (int y = 0; y < l.height; ++y) {
        uchar* dst = img.scanLine(y);
        for (int x = 0; x < l.width; ++x) {
            const qint64 p = qint64(y) * l.width + x;
            const qint64 group = (p / 2) * 4;
            const int lum = sample(group + (p & 1)) >> down;
            ybrToRgb(lum, sample(group + 2) >> down, sample(group + 3) >> down, dst + 3 * x);
        }
    }
    return img;
}
} // namespace

qint64 FrameLayout::frameBytes() const
{
    if (width <= 0 || height <= 0 || samplesPerPixel <= 0)
        return 0;
    const qint64 pixels = qint64(width) * height;
    if (bitsAllocated == 1)
        return (pixels * samplesPerPixel + 7) / 8;
    const qint64 bytesPerSample = bitsAllocated / 8;
    if (colorModel == QLatin1String("YBR_FULL_422") && samplesPerPixel == 3)
        return pixels * 2 * bytesPerSample;
    return pixels * samplesPerPixel * bytesPerSample;
}

QString unsupportedReason(const FrameLayout& l)
{
    if (l.width <= 0 || l.height <= 0)
        return QCoreApplication::translate("DicomFrameSource", "the image has no rows or columns");
    if (l.frameBytes() > kMaxFrameBytes)
        return QCoreApplication::translate("DicomFrameSource", "a %1 x %2 frame with %3 samples per pixel is too large")
            .arg(l.width)
            .arg(l.height)
            .arg(l.samplesPerPixel);
    if (l.bitsAllocated != 1 && l.bitsAllocated != 8 && l.bitsAllocated != 16)
        return QCoreApplication::translate("DicomFrameSource", "%1-bit pixel data is not supported (only 1-, 8- and 16-bit)").arg(l.bitsAllocated);
    if (l.bitsStored < 1 || l.bitsStored > l.bitsAllocated)
        return QCoreApplication::translate("DicomFrameSource", "Bits Stored (%1) does not fit in Bits Allocated (%2)").arg(l.bitsStored).arg(l.bitsAllocated);
    if (l.highBit < l.bitsStored - 1 || l.highBit >= l.bitsAllocated)
        return QCoreApplication::translate("DicomFrameSource", "High Bit (%1) does not fit Bits Stored (%2)").arg(l.highBit).arg(l.bitsStored);
    const QString& m = l.colorModel;
    const bool grey = l.isGrey();
    if (grey || is(m, "PALETTE COLOR")) {
        if (l.samplesPerPixel != 1)
            return QCoreApplication::translate("DicomFrameSource", "%1 with %2 samples per pixel is not valid").arg(m).arg(l.samplesPerPixel);
        if (l.bitsAllocated == 1 && !grey)
            return QCoreApplication::translate("DicomFrameSource", "1-bit palette colour is not supported");
        return {};
    }
    if (is(m, "RGB") || is(m, "YBR_FULL") || is(m, "YBR_FULL_422")) {
        if (l.samplesPerPixel != 3)
            return QCoreApplication::translate("DicomFrameSource", "%1 with %2 samples per pixel is not valid").arg(m).arg(l.samplesPerPixel);
        if (l.bitsAllocated == 1)
            return QCoreApplication::translate("DicomFrameSource", "1-bit colour is not supported");
        if (is(m, "YBR_FULL_422") && (l.planar || (qint64(l.width) * l.height) % 2 != 0))
            return QCoreApplication::translate("DicomFrameSource", "YBR_FULL_422 needs an even number of pixels and colour-by-pixel order");
        return {};
    }
    if (m.isEmpty())
        return QCoreApplication::translate("DicomFrameSource", "the Photometric Interpretation is missing");
    return QCoreApplication::translate("DicomFrameSource", "the photometric interpretation %1 is not supported").arg(m);
}

QImage convertFrame(const QByteArray& data, const FrameLayout& l, const PaletteLut* palette, QString* reason,
                    int firstBit)
{
    const QString why = unsupportedReason(l);
    if (!why.isEmpty()) {
        if (reason)
            *reason = why;
        return {};
    }
    const qint64 needed = l.bitsAllocated == 1 ? (firstBit + qint64(l.width) * l.height + 7) / 8 : l.frameBytes();
    if (data.size() < needed) {
        if (reason)
            *reason = QCoreApplication::translate("DicomFrameSource", "the frame holds %1 bytes, %2 expected").arg(data.size()).arg(needed);
        return {};
    }
    QImage image;
    if (l.bitsAllocated == 1) {
        image = convertOneBit(data, l, firstBit);
    } else if (l.isGrey()) {
        image = convertGrey(data, l);
    } else if (is(l.colorModel, "PALETTE COLOR")) {
        if (!palette) {
            if (reason)
                *reason = QCoreApplication::translate("DicomFrameSource", "the palette colour lookup tables are missing");
            return {};
        }
        image = convertPalette(data, l, *palette);
    } else if (is(l.colorModel, "YBR_FULL_422")) {
        image = convertYbr422(data, l);
    } else {
        image = convertColour(data, l);
    }
    if (image.isNull() && reason)
        *reason = QCoreApplication::translate("DicomFrameSource", "there is not enough memory for a %1 x %2 frame").arg(l.width).arg(l.height);
    return image;
}

} // namespace ns::media::dicom
