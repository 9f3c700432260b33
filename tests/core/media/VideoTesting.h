#pragma once
// What test_video_source and test_video_damage share: pixel hashes, the sequential-read
// reference every random access is checked against, and real videos made here (re-encoded
// from OpenCV's vtest.avi, or cut off mid-write).
#include "core/media/MediaOpener.h"
#include "core/media/VideoFrameSource.h"
#include "tests/TestData.h"

#include <QFile>
#include <QHash>
#include <QImage>
#include <QTest>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <cstring>
#include <vector>

namespace ns::testdata::video {

using namespace ns::media;

// A fast 64-bit hash of the pixels (not the row padding) of an RGB888 frame.
inline quint64 pixelHash(const QImage& img)
{
    quint64 h = 0x9E3779B97F4A7C15ull ^ quint64(img.width()) << 32 ^ quint64(img.height());
    const int rowBytes = img.width() * 3;
    for (int y = 0; y < img.height(); ++y) {
        const uchar* p = img.constScanLine(y);
        int x = 0;
        for (; x + 8 <= rowBytes; x += 8) {
            quint64 w;
            std::memcpy(&w, p + x, 8);
            h = (h ^ w) * 0x100000001B3ull;
            h ^= h >> 29;
        }
        for (; x < rowBytes; ++x)
            h = (h ^ p[x]) * 0x100000001B3ull;
    }
    return h;
}

inline QImage toRgbImage(const cv::Mat& bgr)
{
    QImage out(bgr.cols, bgr.rows, QImage::Format_RGB888);
    cv::Mat wrap(bgr.rows, bgr.cols, CV_8UC3, out.bits(), size_t(out.bytesPerLine()));
    cv::cvtColor(bgr, wrap, cv::COLOR_BGR2RGB);
    return out;
}

// Every frame of a plain sequential read: hashes of all, pixels of the ones asked for.
struct Reference {
    std::vector<quint64> hashes;
    QHash<int, QImage> kept;
    int count() const { return int(hashes.size()); }
};

inline Reference readSequentially(const QString& path, const QList<int>& keep = {})
{
    Reference ref;
    cv::VideoCapture cap(path.toStdString(), cv::CAP_FFMPEG);
    cv::Mat bgr;
    while (cap.read(bgr)) {
        const QImage rgb = toRgbImage(bgr);
        if (keep.contains(ref.count()))
            ref.kept.insert(ref.count(), rgb);
        ref.hashes.push_back(pixelHash(rgb));
    }
    return ref;
}

inline VideoFrameSource* asVideo(const OpenResult& r) { return dynamic_cast<VideoFrameSource*>(r.source.get()); }

inline QString attribute(const FrameSource& s, const QString& label)
{
    for (const auto& a : s.info().attributes)
        if (a.first == label)
            return a.second;
    return {};
}

// Copies the first `fraction` of a file's bytes: a recording cut off mid-write.
inline QString truncatedCopy(const QString& source, const QString& target, double fraction)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = in.readAll();
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(all.left(int(all.size() * fraction)));
    return target;
}

// Encodes the first `frames` frames of vtest.avi, halved in size, with FFmpeg's encoders.
inline QString encodeFromVtest(const QString& target, const char* fourcc, int frames, double fps = 25.0)
{
    cv::VideoCapture cap(opencvSample(QStringLiteral("vtest.avi")).toStdString(), cv::CAP_FFMPEG);
    cv::VideoWriter writer(target.toStdString(), cv::CAP_FFMPEG,
                           cv::VideoWriter::fourcc(fourcc[0], fourcc[1], fourcc[2], fourcc[3]), fps, cv::Size(384, 288));
    if (!cap.isOpened() || !writer.isOpened())
        return {};
    cv::Mat bgr, half;
    for (int i = 0; i < frames && cap.read(bgr); ++i) {
        cv::resize(bgr, half, cv::Size(384, 288), 0, 0, cv::INTER_AREA);
        writer.write(half);
    }
    return target;
}

// Visits `order` through the source with the cache reduced to one frame, so every visit
// decodes; each must match the sequential reference exactly.
inline void checkAccessOrder(VideoFrameSource& video, const Reference& ref, const QList<int>& order)
{
    video.cache().setBudgetBytes(0);
    for (int index : order) {
        QString error;
        const QImage img = video.frame(index, &error);
        QVERIFY2(!img.isNull(), qPrintable(error));
        QCOMPARE(img.format(), QImage::Format_RGB888);
        if (pixelHash(img) != ref.hashes[size_t(index)])
            QFAIL(qPrintable(QStringLiteral("frame %1 differs from the sequential read").arg(index)));
        if (ref.kept.contains(index))
            QCOMPARE(img, ref.kept.value(index));
    }
}

// Backward jumps, far forward jumps, single steps both ways, the ends.
inline QList<int> mixedOrder(int n)
{
    QList<int> order{n - 1, 0, n / 2, n / 2 - 1, n / 2 - 2, n / 3, 2 * n / 3, 1, n - 2, n / 4, n / 4 + 1, n / 4 + 2};
    quint32 x = 12345;
    for (int i = 0; i < 14; ++i) {
        x = x * 1664525u + 1013904223u;
        order << int((x >> 8) % quint32(n));
    }
    order << n - 1 << n - 3 << 5;
    return order;
}

} // namespace ns::testdata::video
