#pragma once
// The playback clock of a cine. It follows wall-clock time: on each tick it asks for the
// frame that should be on screen now (frame rate x speed), but only once the previously
// requested frame has been shown. When decoding is slower than the frame period, frames
// are skipped to stay on time; work never piles up.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace ns::ui {

class CinePlayer : public QObject {
    Q_OBJECT
public:
    static constexpr double kDefaultFps = 10.0; // for sequences that state no frame rate

    explicit CinePlayer(QObject* parent = nullptr);

    void setFrameCount(int count); // a new study: pauses and starts at frame 0
    // The same study learned its true length: keeps playing, clamps the current frame.
    void updateFrameCount(int count);
    // Frames per second of the source; 0 means "not stated" and plays at kDefaultFps.
    void setFrameRate(double fps);
    double effectiveFrameRate() const { return m_fps; }
    void setSpeed(double factor);
    double speed() const { return m_speed; }
    void setLooping(bool loop) { m_loop = loop; }
    bool isLooping() const { return m_loop; }
    bool isPlaying() const { return m_timer.isActive(); }
    bool canPlay() const { return m_count > 1; }
    // False while playback skips frames because decoding is slower than the frame rate;
    // prefetching the next frames is then wasted work.
    bool isKeepingUp() const { return m_keepingUp; }

    // The viewer reports the frame now current (shown, or chosen by the user).
    void setCurrentFrame(int index);
    // The viewer reports that the requested frame is on screen (or failed).
    void frameDelivered(int index);

public slots:
    void play();
    void pause();
    void toggle();

signals:
    void frameRequested(int index);
    void playingChanged(bool playing);

private:
    void tick();
    void restartClock();

    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_count = 0;
    double m_fps = kDefaultFps;
    double m_speed = 1.0;
    bool m_loop = true;
    int m_anchor = 0;     // frame shown when the clock (re)started
    int m_current = 0;
    int m_awaiting = -1;  // requested and not yet shown
    bool m_keepingUp = true;
};

} // namespace ns::ui
