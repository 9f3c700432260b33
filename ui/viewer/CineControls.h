#pragma once
// The strip under the image for moving through a cine: play/pause, step back/forward,
// a frame slider, the frame counter ("12 / 300"), playback speed and looping. It only
// reports what the user asked for; the viewer decides what happens.

#include "ui/viewer/FrameMarkSlider.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace ns::ui {

class CineControls : public QWidget {
    Q_OBJECT
public:
    explicit CineControls(QWidget* parent = nullptr);

    void setFrameCount(int count); // also returns to frame 0
    void updateFrameCount(int count); // keeps the current frame where possible
    void setFrameRate(double fps, bool stated);
    void setCurrentFrame(int index); // does not emit frameChosen
    void setPlaying(bool playing);
    void setLooping(bool loop);
    double speed() const;
    // Select the next/previous listed speed; returns the new speed.
    double stepSpeed(int direction);

    QSlider* slider() const { return m_slider; }
    // Marks under the slider (frames holding contours, by kind) and their legend.
    void setFrameMarks(const QList<FrameMark>& marks, const QString& legend) { m_slider->setMarks(marks, legend); }
    const QList<FrameMark>& frameMarks() const { return m_slider->marks(); }
    QLabel* counter() const { return m_counter; }
    QLabel* rateLabel() const { return m_rate; }
    QToolButton* playButton() const { return m_play; }
    QComboBox* speedBox() const { return m_speed; }
    QToolButton* loopButton() const { return m_loop; }

signals:
    void playToggled();
    void stepRequested(int delta);
    void frameChosen(int index);
    void speedChanged(double factor);
    void loopToggled(bool loop);

private:
    void updateCounter(int index);

    QToolButton* m_play = nullptr;
    QToolButton* m_back = nullptr;
    QToolButton* m_forward = nullptr;
    QToolButton* m_loop = nullptr;
    FrameMarkSlider* m_slider = nullptr;
    QLabel* m_counter = nullptr;
    QLabel* m_rate = nullptr;
    QComboBox* m_speed = nullptr;
    int m_count = 0;
};

} // namespace ns::ui
