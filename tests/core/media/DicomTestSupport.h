#pragma once
// Helpers shared by the DICOM tests: opening with a readable failure, and comparing two
// decoded frames pixel by pixel with a tolerance.

#include "core/media/FrameSource.h"
#include "core/media/Openers.h"

#include <QImage>
#include <QString>
#include <QTest>

#include <algorithm>
#include <cstdlib>

namespace ns::testdata {

struct ImageDiff {
    int maxAbs = 0;    // largest per-sample difference
    qint64 differing = 0; // samples that differ at all
    QString problem;   // format or size mismatch
};

// Channel values of pixel (x, y) whatever the format; 1 value for grey, 3 for RGB.
inline int sampleAt(const QImage& img, int x, int y, int c)
{
    switch (img.format()) {
    case QImage::Format_Grayscale8: return img.constScanLine(y)[x];
    case QImage::Format_Grayscale16: return reinterpret_cast<const quint16*>(img.constScanLine(y))[x];
    case QImage::Format_RGB888: return img.constScanLine(y)[3 * x + c];
    default: return -1;
    }
}

inline int channels(const QImage& img) { return img.format() == QImage::Format_RGB888 ? 3 : 1; }

// `offsetA`/`offsetB`: the sources' SourceInfo::signedOffset, subtracted from grey values
// so that files whose Bits Stored differ (GDCM rewrites it) compare by stored value.
inline ImageDiff compareImages(const QImage& a, const QImage& b, int offsetA = 0, int offsetB = 0)
{
    ImageDiff d;
    if (a.format() != b.format() || a.size() != b.size()) {
        d.problem = QStringLiteral("format/size %1 %2x%3 vs %4 %5x%6")
                        .arg(a.format()).arg(a.width()).arg(a.height()).arg(b.format()).arg(b.width()).arg(b.height());
        return d;
    }
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            for (int c = 0; c < channels(a); ++c) {
                const int diff = std::abs((sampleAt(a, x, y, c) - offsetA) - (sampleAt(b, x, y, c) - offsetB));
                d.maxAbs = std::max(d.maxAbs, diff);
                d.differing += diff ? 1 : 0;
            }
    return d;
}

} // namespace ns::testdata

// Opens a DICOM file through the public opener or fails the test with its error.
#define NS_OPEN_DICOM(var, path)                                                            \
    auto var##Result = ns::media::openDicomFile(path);                                      \
    if (!var##Result.source)                                                                \
        QFAIL(qPrintable(QStringLiteral("could not open %1: %2").arg(path, var##Result.error))); \
    ns::media::FrameSource& var = *var##Result.source

// Decodes a frame or fails the test with the decoder's sentence.
#define NS_FRAME(img, source, index)                                                        \
    QString img##Error;                                                                     \
    const QImage img = (source).frame(index, &img##Error);                                  \
    if (img.isNull())                                                                       \
        QFAIL(qPrintable(QStringLiteral("frame %1 failed: %2").arg(index).arg(img##Error)))
