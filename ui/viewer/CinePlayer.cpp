#include "ui/viewer/CinePlayer.h"

#include <algorithm>
#include <cmath>

namespace ns::ui {

CinePlayer::CinePlayer(QObject* parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &CinePlayer::tick);
}

void CinePlayer::setFrameCount(int count)
{
    pause();
    m_count = std::max(0, count);
    m_current = 0;
    m_awaiting = -1;
}

void CinePlayer::updateFrameCount(int count)
{
    m_count = std::max(0, count);
    m_current = std::clamp(m_current, 0, std::max(0, m_count - 1));
    if (!canPlay())
        pause();
    restartClock();
}

void CinePlayer::setFrameRate(double fps)
{
    m_fps = fps > 0 ? fps : kDefaultFps;
    restartClock();
}

void CinePlayer::setSpeed(double factor)
{
    m_speed = std::clamp(factor, 0.05, 16.0);
    restartClock();
}

void CinePlayer::setCurrentFrame(int index)
{
    m_current = index;
    m_awaiting = -1; // the user's choice supersedes whatever playback asked for
    restartClock();
}

void CinePlayer::frameDelivered(int index)
{
    if (index == m_awaiting)
        m_awaiting = -1;
    m_current = index;
}

void CinePlayer::restartClock()
{
    m_anchor = m_current;
    m_clock.restart();
    // Tick at about twice the frame rate (bounded), so frames land close to their time.
    const double period = 1000.0 / (m_fps * m_speed);
    m_timer.setInterval(std::clamp(int(period / 2), 4, 100));
}

void CinePlayer::play()
{
    if (!canPlay() || isPlaying())
        return;
    m_awaiting = -1;
    m_keepingUp = true;
    const bool startOver = !m_loop && m_current >= m_count - 1; // playing from the end starts over
    if (startOver)
        m_current = 0;
    restartClock();
    m_timer.start();
    emit playingChanged(true);
    if (startOver) {
        m_awaiting = 0;
        emit frameRequested(0);
    }
}

void CinePlayer::pause()
{
    if (!isPlaying())
        return;
    m_timer.stop();
    emit playingChanged(false);
}

void CinePlayer::toggle()
{
    isPlaying() ? pause() : play();
}

void CinePlayer::tick()
{
    if (m_awaiting >= 0)
        return; // the last frame asked for is not on screen yet: wait, do not queue
    const double elapsedFrames = m_clock.elapsed() / 1000.0 * m_fps * m_speed;
    qint64 target = m_anchor + qint64(std::floor(elapsedFrames));
    if (target >= m_count) {
        if (!m_loop) {
            if (m_current != m_count - 1) {
                m_awaiting = m_count - 1;
                emit frameRequested(m_count - 1);
            }
            pause();
            return;
        }
        target %= m_count;
    }
    if (int(target) == m_current)
        return;
    m_keepingUp = int(target) == (m_current + 1) % m_count;
    m_awaiting = int(target);
    emit frameRequested(int(target));
}

} // namespace ns::ui
