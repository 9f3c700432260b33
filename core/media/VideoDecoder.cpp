#include "core/media/VideoDecoder.h"

#include "core/jobs/Progress.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ns::media {

namespace {
constexpr int kBackfillFrames = 16; // frames kept when stepping backwards
constexpr int kMinForwardRead = 8;  // always read on rather than seek for this many
constexpr int kSeekTries = 3;       // seeks before reading from the start instead
constexpr double kCountSlackFrames = 2.5;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Times compared in whole microseconds: FFmpeg derives them from integer time stamps, so
// one frame always gives the same value.
qint64 timeKey(double ms) { return std::llround(ms * 1000.0); }
} // namespace

bool VideoDecoder::openCapture(cv::VideoCapture& cap, const QString& path)
{
    const std::vector<int> params = {cv::CAP_PROP_HW_ACCELERATION, cv::VIDEO_ACCELERATION_NONE};
    try {
        return cap.open(QFile::encodeName(path).toStdString(), cv::CAP_FFMPEG, params) && cap.isOpened();
    } catch (const cv::Exception&) {
        return false;
    }
}

bool VideoDecoder::readAllTimes(const QString& path, const ns::jobs::Progress& progress, int expected,
                                const QString& message, std::vector<double>* times)
{
    cv::VideoCapture cap;
    if (!openCapture(cap, path))
        return false;
    progress.report(0.0, message);
    times->clear();
    times->reserve(size_t(std::max(expected, 16)));
    try {
        while (cap.grab()) {
            times->push_back(cap.get(cv::CAP_PROP_POS_MSEC));
            if ((times->size() & 15u) == 0) {
                if (progress.isCancelled())
                    return false;
                if (expected > 0)
                    progress.report(std::min(0.99, double(times->size()) / expected), message);
            }
        }
    } catch (const cv::Exception&) {
        // What was read stands; the rest does not decode.
    }
    return !progress.isCancelled();
}

bool VideoDecoder::picturesCoverDuration(const std::vector<double>& times, int containerCount, double fps)
{
    const int n = int(times.size());
    if (n == 0 || fps <= 0.0 || !std::isfinite(times.front()))
        return false;
    const double frameMs = 1000.0 / fps;
    int lastIdx = 0;
    double lastTime = times.front();
    for (int i = 1; i < n; ++i) {
        if (std::isfinite(times[size_t(i)]) && times[size_t(i)] >= lastTime) {
            lastTime = times[size_t(i)];
            lastIdx = i;
        }
    }
    // Frames after the last usable time stamp count one frame duration each.
    const double span = (lastTime - times.front()) + (n - 1 - lastIdx) * frameMs;
    return span >= (containerCount - 1) * frameMs - kCountSlackFrames * frameMs;
}

bool VideoDecoder::open(const QString& path)
{
    m_path = path;
    m_current = -1;
    m_readFromStart = true;
    return openCapture(m_cap, path);
}

void VideoDecoder::recordTime(int index, double ms)
{
    if (index != knownCount())
        return; // known already (decoding is deterministic)
    m_times.push_back(ms);
    if (!std::isfinite(ms))
        return;
    const qint64 key = timeKey(ms);
    auto it = m_frameOfTime.find(key);
    if (it == m_frameOfTime.end())
        m_frameOfTime.insert(key, index);
    else
        it.value() = -1;
}

void VideoDecoder::adoptAllTimes(std::vector<double> times)
{
    m_times.clear();
    m_frameOfTime.clear();
    for (int i = 0; i < int(times.size()); ++i)
        recordTime(i, times[size_t(i)]);
    m_endOfData = int(times.size());
}

int VideoDecoder::identify(double ms) const
{
    return std::isfinite(ms) ? m_frameOfTime.value(timeKey(ms), -1) : -1;
}

bool VideoDecoder::reopen()
{
    ++m_stats.reopens;
    m_cap.release();
    m_current = -1;
    m_readFromStart = true;
    return openCapture(m_cap, m_path);
}

bool VideoDecoder::grabNext(double* timeMs)
{
    QElapsedTimer timer;
    timer.start();
    bool ok = false;
    try {
        ok = m_cap.grab();
    } catch (const cv::Exception&) {
        ok = false;
    }
    if (!ok)
        return false;
    m_grabMs = 0.9 * m_grabMs + 0.1 * (double(timer.nsecsElapsed()) / 1e6);
    ++m_current;
    ++m_stats.framesRead;
    const double ms = m_cap.get(cv::CAP_PROP_POS_MSEC);
    recordTime(m_current, ms);
    if (timeMs)
        *timeMs = ms;
    return true;
}

int VideoDecoder::forwardLimit() const
{
    const double seek = m_seekMs > 0 ? m_seekMs : 32.0 * m_grabMs;
    return std::max(kMinForwardRead, int(seek / std::max(m_grabMs, 1e-3)));
}

bool VideoDecoder::positionAtOrBefore(int anchor)
{
    QElapsedTimer timer;
    timer.start();
    const bool ok = seekAndIdentify(anchor) || reopen();
    if (ok && m_current >= 0) {
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        m_seekMs = m_seekMs < 0 ? ms : 0.8 * m_seekMs + 0.2 * ms;
    }
    return ok;
}

bool VideoDecoder::seekAndIdentify(int anchor)
{
    if (anchor <= forwardLimit() || m_fps <= 0.0 || !std::isfinite(m_times.front()))
        return false; // reading from the start is as cheap, or OpenCV cannot seek by time
    // OpenCV numbers frames by presentation time, (t - t0) * fps.
    const double t = m_times[size_t(anchor)];
    qint64 n = std::isfinite(t) ? std::llround((t - m_times.front()) * m_fps / 1000.0) : anchor;
    for (int attempt = 0; attempt < kSeekTries && n > 0; ++attempt) {
        ++m_stats.seeks;
        double landedMs = kNaN;
        bool ok = false;
        try {
            ok = m_cap.set(cv::CAP_PROP_POS_FRAMES, double(n)) && m_cap.grab();
            if (ok)
                landedMs = m_cap.get(cv::CAP_PROP_POS_MSEC);
        } catch (const cv::Exception&) {
            ok = false;
        }
        if (!ok)
            return false;
        const int k = identify(landedMs);
        if (k >= 0 && k <= anchor) {
            m_current = k;
            m_readFromStart = false;
            ++m_stats.framesRead;
            return true;
        }
        // Landed after the anchor, or on a frame it cannot name: aim earlier.
        n -= k > anchor ? std::max<qint64>(16, 2 * qint64(k - anchor)) : qint64(16) << attempt;
    }
    return false;
}

VideoDecoder::Outcome VideoDecoder::moveTo(int index, const std::function<void(int)>& passed)
{
    if (m_endOfData >= 0 && index >= m_endOfData)
        return Outcome::EndOfData;
    const int from = m_current;
    const int lastKnown = knownCount() - 1;
    const bool readOn = from >= -1 && index > from && (index - from <= forwardLimit() || from >= lastKnown);
    int keepFrom = std::numeric_limits<int>::max();
    if (index != from && !readOn) {
        int anchor = std::min(index, lastKnown);
        if (passed && from > index && from - index <= 2 * kBackfillFrames && anchor == index) {
            anchor = std::max(0, index - kBackfillFrames); // stepping backwards
            keepFrom = anchor;
        }
        if (!positionAtOrBefore(anchor))
            return Outcome::Unreadable;
    }

    bool retried = false;
    while (m_current < index) {
        const int next = m_current + 1;
        const bool known = next < knownCount();
        const double expectedMs = known ? m_times[size_t(next)] : kNaN;
        double ms = kNaN;
        const bool grabbed = grabNext(&ms);
        // After a seek, each frame read before must come back with its recorded time.
        const bool sameFrame = !known || m_readFromStart || !std::isfinite(expectedMs) || timeKey(ms) == timeKey(expectedMs);
        if (grabbed && sameFrame) {
            if (m_current >= keepFrom && m_current < index)
                passed(m_current);
            continue;
        }
        if (!m_readFromStart && !retried) {
            // The seek landed elsewhere than it seemed, or the data ended after a seek:
            // read from the start once before drawing conclusions.
            retried = true;
            if (reopen())
                continue;
        }
        const bool endOfData = !grabbed && !known && m_readFromStart;
        if (endOfData)
            m_endOfData = next; // a plain read from the start ends here
        m_current = kLost;
        return endOfData ? Outcome::EndOfData : Outcome::Unreadable;
    }
    return Outcome::Ok;
}

QImage VideoDecoder::retrieveRgb(QString* why)
{
    try {
        if (!m_cap.retrieve(m_bgr) || m_bgr.empty())
            return {};
        QImage out(m_bgr.cols, m_bgr.rows, QImage::Format_RGB888);
        if (out.isNull()) {
            *why = QCoreApplication::translate("VideoFrameSource", "there is not enough memory for a %1 x %2 frame")
                       .arg(m_bgr.cols).arg(m_bgr.rows);
            return {};
        }
        cv::Mat wrap(m_bgr.rows, m_bgr.cols, CV_8UC3, out.bits(), size_t(out.bytesPerLine()));
        switch (m_bgr.type()) {
        case CV_8UC3: cv::cvtColor(m_bgr, wrap, cv::COLOR_BGR2RGB); break;
        case CV_8UC1: cv::cvtColor(m_bgr, wrap, cv::COLOR_GRAY2RGB); break;
        case CV_8UC4: cv::cvtColor(m_bgr, wrap, cv::COLOR_BGRA2RGB); break;
        default: return {};
        }
        return out;
    } catch (const cv::Exception& e) {
        *why = QString::fromUtf8(e.what());
        return {};
    }
}

} // namespace ns::media
