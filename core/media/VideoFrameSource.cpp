#include "core/media/VideoFrameSource.h"

#include "core/jobs/Progress.h"
#include "core/media/Openers.h"
#include "core/media/VideoDecoder.h"
#include "core/media/VideoFormatNames.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMutexLocker>

#include <opencv2/videoio.hpp>
#include <opencv2/videoio/registry.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace ns::media {

namespace {

constexpr double kMaxSaneFps = 1000.0;
constexpr double kMaxSaneFrameCount = 10'000'000.0;

double saneFps(double fps) { return std::isfinite(fps) && fps > 0.0 && fps <= kMaxSaneFps ? fps : 0.0; }

QString oneBased(const FrameRange& r)
{
    return r.first == r.last ? QString::number(r.first + 1)
                             : QStringLiteral("%1\u2013%2").arg(r.first + 1).arg(r.last + 1);
}
} // namespace

struct VideoFrameSource::Impl {
    QString path;
    QString fileName;
    QString codec;
    QString container;
    qint64 fileBytes = 0;
    int containerCount = 0;  // 0 when the container does not say
    double nominalFps = 0.0; // the stated rate (0 when absent or absurd)
    bool averageFps = false; // frameRate() is pictures / duration, not the stated rate
    bool scanned = false;
    VideoDecoder decoder;
};

VideoFrameSource::VideoFrameSource(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
VideoFrameSource::~VideoFrameSource() = default;

OpenResult VideoFrameSource::open(const QString& path)
{
    const QFileInfo fi(path);
    auto fail = [&](const QString& reason) {
        return OpenResult{nullptr, QCoreApplication::translate("VideoFrameSource", "Cannot open %1: %2.").arg(path, reason)};
    };
    if (!fi.exists())
        return fail(QCoreApplication::translate("VideoFrameSource", "the file does not exist"));
    if (!fi.isFile() || !fi.isReadable())
        return fail(QCoreApplication::translate("VideoFrameSource", "the file cannot be read"));
    if (!cv::videoio_registry::hasBackend(cv::CAP_FFMPEG))
        return fail(QCoreApplication::translate("VideoFrameSource", "this build of OpenCV has no FFmpeg video support"));

    QByteArray head;
    {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            head = f.read(64 * 1024);
    }
    auto d = std::make_unique<Impl>();
    d->path = path;
    d->fileName = fi.fileName();
    d->fileBytes = fi.size();
    d->container = videoContainerName(head, fi.suffix());
    if (!d->decoder.open(path)) {
        if (isIsoMediaWithoutIndex(path))
            return fail(QCoreApplication::translate("VideoFrameSource", "the %1 file has no index (moov atom); the recording was probably cut off before it was finished")
                            .arg(d->container));
        return fail(QCoreApplication::translate("VideoFrameSource", "it is not a video file that FFmpeg can read"));
    }
    cv::VideoCapture& cap = d->decoder.capture();
    d->codec = videoCodecName(int(cap.get(cv::CAP_PROP_FOURCC)), head);
    d->nominalFps = saneFps(cap.get(cv::CAP_PROP_FPS));
    d->decoder.setNominalFps(d->nominalFps);
    const double count = cap.get(cv::CAP_PROP_FRAME_COUNT);
    const bool countKnown = std::isfinite(count) && count >= 1.0 && count <= kMaxSaneFrameCount;
    d->containerCount = countKnown ? int(count) : 0;

    QString why;
    QImage first;
    if (d->decoder.moveTo(0) == VideoDecoder::Outcome::Ok)
        first = d->decoder.retrieveRgb(&why);
    if (first.isNull())
        return fail(why.isEmpty() ? QCoreApplication::translate("VideoFrameSource", "the video contains no decodable frames") : why);

    auto* source = new VideoFrameSource(std::move(d));
    OpenResult result{std::unique_ptr<FrameSource>(source), {}};
    source->setFrameSize(first.size());
    source->setFrameRate(source->d->nominalFps);
    source->setFrameCount(std::max(1, source->d->containerCount));
    SourceInfo& info = source->mutableInfo();
    info.kind = SourceKind::Video;
    info.path = path;
    info.formatName = QCoreApplication::translate("VideoFrameSource", "%1 video (%2)").arg(source->d->codec, source->d->container);
    info.photometric = QStringLiteral("RGB");
    info.samplesPerPixel = 3;
    info.bitsAllocated = 8;
    info.bitsStored = 8;
    source->cache().insert(0, first);
    source->rebuildAttributes();

    if (!countKnown) {
        // The container does not say how many frames it holds: count them now (the only
        // case in which opening reads the whole file).
        QString scanError;
        if (!source->scanForDamage(ns::jobs::Progress::none(), &scanError))
            return fail(scanError);
    }
    return result;
}

bool VideoFrameSource::isScanned() const
{
    QMutexLocker lock(&m_mutex);
    return d->scanned;
}

int VideoFrameSource::containerFrameCount() const
{
    QMutexLocker lock(&m_mutex);
    return d->containerCount;
}

VideoFrameSource::Stats VideoFrameSource::stats() const
{
    QMutexLocker lock(&m_mutex);
    const VideoDecoder::Stats& s = d->decoder.stats();
    return Stats{s.framesRead, s.seeks, s.reopens, s.backfilled};
}

QImage VideoFrameSource::decodeFrame(int index, QString* error)
{
    QMutexLocker lock(&m_mutex);
    const QString damaged = QCoreApplication::translate("VideoFrameSource", "Frame %1 of %2 is damaged and cannot be decoded.").arg(index + 1).arg(d->fileName);
    const VideoDecoder::Outcome outcome = d->decoder.moveTo(index, [this](int passed) { backfill(passed); });
    if (outcome == VideoDecoder::Outcome::EndOfData) {
        // The pictures end before the frames the container promised.
        const FrameRange tail{d->decoder.endOfData(), frameCount() - 1};
        QList<FrameRange>& ranges = mutableInfo().damagedRanges;
        if (tail.first <= tail.last && !ranges.contains(tail)) {
            ranges.append(tail);
            rebuildAttributes();
        }
        *error = damaged;
        return {};
    }
    if (outcome == VideoDecoder::Outcome::Unreadable) {
        *error = QCoreApplication::translate("VideoFrameSource", "Frame %1 of %2 cannot be decoded: the file can no longer be read.").arg(index + 1).arg(d->fileName);
        return {};
    }
    QString why;
    QImage rgb = d->decoder.retrieveRgb(&why);
    if (rgb.isNull()) {
        *error = why.isEmpty() ? damaged : QCoreApplication::translate("VideoFrameSource", "Frame %1 of %2 cannot be decoded: %3.").arg(index + 1).arg(d->fileName, why);
        return {};
    }
    if (rgb.size() != frameSize()) {
        *error = QCoreApplication::translate("VideoFrameSource", "Frame %1 of %2 is %3 x %4 pixels instead of %5 x %6; NerveScope does not support videos that change size.")
                     .arg(index + 1).arg(d->fileName).arg(rgb.width()).arg(rgb.height())
                     .arg(frameSize().width()).arg(frameSize().height());
        return {};
    }
    return rgb;
}

bool VideoFrameSource::scanForDamage(const ns::jobs::Progress& progress, QString* error)
{
    QString path, fileName;
    int expected = 0;
    {
        QMutexLocker lock(&m_mutex);
        path = d->path;
        fileName = d->fileName;
        expected = d->containerCount;
    }
    std::vector<double> times;
    if (!VideoDecoder::readAllTimes(path, progress, expected, QCoreApplication::translate("VideoFrameSource", "Checking %1 for damaged frames").arg(fileName), &times)) {
        if (error && !progress.isCancelled())
            *error = QCoreApplication::translate("VideoFrameSource", "Cannot open %1: the file can no longer be read.").arg(path);
        return false;
    }

    const int n = int(times.size());
    QMutexLocker lock(&m_mutex);
    QList<FrameRange> damaged;
    int count = expected;
    double fps = d->nominalFps;
    d->averageFps = false;
    if (n >= expected) {
        count = n; // the container said nothing, or too little
    } else if (VideoDecoder::picturesCoverDuration(times, expected, d->nominalFps)) {
        count = n; // the container counted frames that hold no picture
        if (n < 0.9 * expected) {
            fps = n / (expected / d->nominalFps); // play the pictures over the stated duration
            d->averageFps = true;
        }
    } else {
        damaged.append(FrameRange{n, expected - 1});
    }
    d->decoder.adoptAllTimes(std::move(times));
    d->scanned = true;
    setFrameCount(std::max(1, count));
    setFrameRate(fps);
    mutableInfo().damagedRanges = damaged;
    rebuildAttributes();
    progress.report(1.0, damaged.isEmpty() ? QCoreApplication::translate("VideoFrameSource", "%1: all %2 frames decode").arg(fileName).arg(n)
                                           : QCoreApplication::translate("VideoFrameSource", "%1: frames %2 are damaged").arg(fileName, oneBased(damaged.first())));
    return true;
}

void VideoFrameSource::backfill(int index)
{
    QImage passed;
    if (cache().lookup(index, &passed))
        return;
    QString ignored;
    passed = d->decoder.retrieveRgb(&ignored);
    if (!passed.isNull() && passed.size() == frameSize()) {
        cache().insert(index, passed);
        ++d->decoder.stats().backfilled;
    }
}

void VideoFrameSource::rebuildAttributes()
{
    const QLocale locale;
    QList<QPair<QString, QString>> a;
    a.append({QCoreApplication::translate("VideoFrameSource", "Codec"), d->codec});
    a.append({QCoreApplication::translate("VideoFrameSource", "Container"), d->container});
    QString frames = QString::number(frameCount());
    if (d->scanned && d->containerCount > 0 && frameCount() != d->containerCount)
        frames = QCoreApplication::translate("VideoFrameSource", "%1 (the file lists %2)").arg(frameCount()).arg(d->containerCount);
    a.append({QCoreApplication::translate("VideoFrameSource", "Frames"), frames});
    a.append({QCoreApplication::translate("VideoFrameSource", "Frame size"), QCoreApplication::translate("VideoFrameSource", "%1 x %2 pixels").arg(frameSize().width()).arg(frameSize().height())});
    QString rate = QCoreApplication::translate("VideoFrameSource", "not stated");
    if (frameRate() > 0)
        rate = d->averageFps ? QCoreApplication::translate("VideoFrameSource", "%1 fps (average; the file states %2 fps)")
                                   .arg(locale.toString(frameRate(), 'f', 2), locale.toString(d->nominalFps, 'f', 2))
                             : QCoreApplication::translate("VideoFrameSource", "%1 fps").arg(locale.toString(frameRate(), 'g', 6));
    a.append({QCoreApplication::translate("VideoFrameSource", "Frame rate"), rate});
    if (frameRate() > 0)
        a.append({QCoreApplication::translate("VideoFrameSource", "Duration"), QCoreApplication::translate("VideoFrameSource", "%1 s").arg(locale.toString(frameCount() / frameRate(), 'f', 2))});
    a.append({QCoreApplication::translate("VideoFrameSource", "File size"), locale.formattedDataSize(d->fileBytes)});
    // The ranges themselves are listed by the viewer's damaged-frames section; here only
    // whether the file was checked and how much is damaged.
    int damagedTotal = 0;
    for (const FrameRange& r : info().damagedRanges)
        damagedTotal += r.last - r.first + 1;
    const QString damage = damagedTotal > 0
        ? QCoreApplication::translate("VideoFrameSource", "%n damaged frame(s)", nullptr, damagedTotal)
        : d->scanned ? QCoreApplication::translate("VideoFrameSource", "no damaged frames")
                     : QCoreApplication::translate("VideoFrameSource", "not checked yet");
    a.append({QCoreApplication::translate("VideoFrameSource", "Damage check"), damage});
    mutableInfo().attributes = a;
}

OpenResult openVideoFile(const QString& path) { return VideoFrameSource::open(path); }

} // namespace ns::media
