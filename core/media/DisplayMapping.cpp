#include "core/media/DisplayMapping.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace ns::media {

namespace {
// DICOM PS3.3 C.11.2.1.2.1 linear VOI function, tabulated for every stored value.
std::vector<uchar> windowLut(const WindowLevel& w, int entries)
{
    std::vector<uchar> lut(entries);
    const double c = w.center - 0.5;
    const double width = std::max(1.0, w.width) - 1.0;
    for (int v = 0; v < entries; ++v) {
        double y;
        if (v <= c - width / 2)
            y = 0;
        else if (v > c + width / 2)
            y = 255;
        else
            y = ((v - c) / std::max(width, 1e-9) + 0.5) * 255.0;
        lut[v] = uchar(std::clamp(std::lround(y), 0L, 255L));
    }
    return lut;
}
} // namespace

QImage toDisplayImage(const QImage& frame, const std::optional<WindowLevel>& window, int bitsStored)
{
    if (frame.isNull())
        return {};
    switch (frame.format()) {
    case QImage::Format_RGB888:
        return frame;
    case QImage::Format_Grayscale8: {
        if (!window)
            return frame;
        const auto lut = windowLut(*window, 256);
        QImage out(frame.size(), QImage::Format_Grayscale8);
        for (int y = 0; y < frame.height(); ++y) {
            const uchar* src = frame.constScanLine(y);
            uchar* dst = out.scanLine(y);
            for (int x = 0; x < frame.width(); ++x)
                dst[x] = lut[src[x]];
        }
        return out;
    }
    case QImage::Format_Grayscale16: {
        const int bits = std::clamp(bitsStored, 1, 16);
        const WindowLevel w = window ? *window : WindowLevel{((1 << bits) - 1) / 2.0 + 0.5, double(1 << bits)};
        const auto lut = windowLut(w, 65536);
        QImage out(frame.size(), QImage::Format_Grayscale8);
        for (int y = 0; y < frame.height(); ++y) {
            const auto* src = reinterpret_cast<const quint16*>(frame.constScanLine(y));
            uchar* dst = out.scanLine(y);
            for (int x = 0; x < frame.width(); ++x)
                dst[x] = lut[src[x]];
        }
        return out;
    }
    default:
        return frame.convertToFormat(QImage::Format_RGB888);
    }
}

WindowLevel fullRangeWindow(const QImage& frame)
{
    int lo = 65535, hi = 0;
    if (frame.format() == QImage::Format_Grayscale16) {
        for (int y = 0; y < frame.height(); ++y) {
            const auto* row = reinterpret_cast<const quint16*>(frame.constScanLine(y));
            const auto [mn, mx] = std::minmax_element(row, row + frame.width());
            lo = std::min<int>(lo, *mn);
            hi = std::max<int>(hi, *mx);
        }
    } else if (frame.format() == QImage::Format_Grayscale8) {
        for (int y = 0; y < frame.height(); ++y) {
            const uchar* row = frame.constScanLine(y);
            const auto [mn, mx] = std::minmax_element(row, row + frame.width());
            lo = std::min<int>(lo, *mn);
            hi = std::max<int>(hi, *mx);
        }
    } else {
        return WindowLevel{127.5, 256};
    }
    if (hi < lo)
        return WindowLevel{127.5, 256};
    return WindowLevel{(lo + hi + 1) / 2.0, double(hi - lo + 1)};
}

} // namespace ns::media
