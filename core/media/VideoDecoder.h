#pragma once
// Exact frame access over cv::VideoCapture (FFmpeg backend); internal to core/media
// (VideoFrameSource is the public face). Frame i is the i-th picture a plain sequential
// read delivers.
//  - Reading on from the frame held is a plain read: playback never seeks.
//  - Otherwise OpenCV seeks (CAP_PROP_POS_FRAMES) and the frame it lands on is identified
//    by its presentation time, recorded when that frame was first read: OpenCV's frame
//    numbers after a seek are wrong for some files (MPEG-1/2, some H.264), and reads
//    forward from the landing frame are checked against the recorded times too. When the
//    landing cannot be identified, or a check fails, the file is reopened and read from
//    the start. Frames never read before are reached by reading on from the last frame
//    whose time is known.
//  - Seeking or reading on is chosen by measured cost (a seek decodes from a key frame).
//  - Stepping backwards lands a few frames early and hands the frames passed on the way
//    to the caller to cache, so the next steps back need no seek.

#include <QHash>
#include <QImage>
#include <QString>

#include <opencv2/core.hpp>
#include <opencv2/videoio.hpp>

#include <functional>
#include <vector>

namespace ns::jobs {
class Progress;
}

namespace ns::media {

class VideoDecoder {
public:
    struct Stats {
        int framesRead = 0; // pictures decoded
        int seeks = 0;      // OpenCV seeks issued
        int reopens = 0;    // times the file was reopened to read from the start
        int backfilled = 0; // frames handed out while passing them (counted by the caller)
    };
    enum class Outcome { Ok, EndOfData, Unreadable };

    // Opens `path` with the FFmpeg backend, software decoding only (identical pictures on
    // every machine).
    static bool openCapture(cv::VideoCapture& cap, const QString& path);

    // Reads the time of every frame with a capture of its own (no colour conversion).
    // False when cancelled or when the file cannot be opened.
    static bool readAllTimes(const QString& path, const ns::jobs::Progress& progress, int expected,
                             const QString& message, std::vector<double>* times);

    // Whether pictures that are fewer than the container's count still cover its whole
    // duration (AVI "repeat previous frame" entries, rounded durations): then the count
    // was wrong, rather than the tail of the file damaged.
    static bool picturesCoverDuration(const std::vector<double>& times, int containerCount, double fps);

    bool open(const QString& path);
    // The capture, for reading the container's properties right after open().
    cv::VideoCapture& capture() { return m_cap; }
    // The stated frame rate, which OpenCV's seeks number frames by; 0 disables seeking.
    void setNominalFps(double fps) { m_fps = fps; }

    // Leaves the decoder holding frame `index`. EndOfData: the pictures end before it, at
    // endOfData(). `passed` is called for frames read on the way that are worth caching.
    Outcome moveTo(int index, const std::function<void(int)>& passed = {});
    // The frame held, converted to RGB888; null with `why` set (or empty) on failure.
    QImage retrieveRgb(QString* why);

    int endOfData() const { return m_endOfData; }
    // Takes the times of all frames from a complete read (readAllTimes).
    void adoptAllTimes(std::vector<double> times);
    Stats& stats() { return m_stats; }

private:
    static constexpr int kLost = -2;

    int knownCount() const { return int(m_times.size()); }
    void recordTime(int index, double ms);
    int identify(double ms) const;
    bool reopen();
    bool grabNext(double* timeMs = nullptr);
    int forwardLimit() const;
    bool positionAtOrBefore(int anchor);
    bool seekAndIdentify(int anchor);

    QString m_path;
    double m_fps = 0.0;
    cv::VideoCapture m_cap;
    cv::Mat m_bgr;
    int m_current = -1;         // frame held (last grabbed); -1: the next grab gives frame 0;
                                // kLost: unknown after a failure, reposition before reading
    bool m_readFromStart = true; // m_current was reached without a seek
    // Presentation time (ms) of frames 0..m_times.size()-1, the frames read so far. A time
    // identifies its frame only if no other frame has it (some streams give their last
    // frames time 0, for example).
    std::vector<double> m_times;
    QHash<qint64, int> m_frameOfTime; // time key -> frame, or -1 when shared
    int m_endOfData = -1;             // first frame that does not decode; -1 unknown
    double m_grabMs = 1.0;            // running cost estimates
    double m_seekMs = -1.0;
    Stats m_stats;
};

} // namespace ns::media
