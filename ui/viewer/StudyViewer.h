#pragma once
// One open study on screen: the image view with its calibration overlay, the cine strip
// under it, the asynchronous frame loader and the playback clock, wired together. It keeps
// what belongs to the study being viewed: the current frame and the window/level.

#include "core/media/FrameSource.h"
#include "ui/viewer/PixelReadout.h"

#include <QImage>
#include <QWidget>
#include <memory>
#include <optional>

namespace ns::ui {

class CalibrationOverlay;
class CineControls;
class CinePlayer;
class FrameLoader;
class ImageView;

class StudyViewer : public QWidget {
    Q_OBJECT
public:
    explicit StudyViewer(QWidget* parent = nullptr);
    ~StudyViewer() override;

    void setSource(std::shared_ptr<media::FrameSource> source);
    // The source's frame count or frame rate changed (a background scan learned them).
    void refreshSourceFacts();
    void clear();
    media::FrameSource* source() const { return m_source.get(); }
    std::shared_ptr<media::FrameSource> sharedSource() const { return m_source; }
    int frameCount() const;

    // The frame on screen (-1 before the first arrives) and the one last asked for.
    int currentFrame() const { return m_shownFrame; }
    int requestedFrame() const { return m_requestedFrame; }
    const QImage& currentStoredFrame() const { return m_stored; }

    std::optional<media::WindowLevel> window() const { return m_window; }
    void setWindow(const std::optional<media::WindowLevel>& window);
    bool isPlaying() const;
    bool regionsVisible() const;

    ImageView* imageView() const { return m_view; }
    CineControls* cineControls() const { return m_controls; }
    CinePlayer* player() const { return m_player; }
    CalibrationOverlay* calibrationOverlay() const { return m_overlay.get(); }

public slots:
    void showFrame(int index); // clamped to the study
    void stepFrame(int delta);
    void firstFrame() { showFrame(0); }
    void lastFrame() { showFrame(frameCount() - 1); }
    void togglePlay();
    void pause();
    void slower();
    void faster();
    void setLooping(bool loop);
    void setRegionsVisible(bool visible);
    void resetWindow();

signals:
    // The frame is painted on screen (for latency measurement and tests).
    void frameShown(int index);
    void frameFailed(int index, const QString& error);
    void windowChanged(const std::optional<media::WindowLevel>& window, bool windowable);
    void readoutChanged(const ns::ui::PixelReadout& readout);
    void zoomChanged(double scale);
    void playingChanged(bool playing);
    void loopingChanged(bool loop);
    // A one-line explanation for the status bar (why an action did nothing).
    void hint(const QString& text);

private:
    void onFrameLoaded(int index, const QImage& stored, const QImage& display,
                       const std::optional<media::WindowLevel>& usedWindow);
    void onFrameFailed(int index, const QString& error);
    void onWindowDragStarted();
    void onWindowDragged(QPoint delta);
    void updateReadout();
    void redisplay();
    void prefetchAhead(int index);

    ImageView* m_view = nullptr;
    CineControls* m_controls = nullptr;
    CinePlayer* m_player = nullptr;
    FrameLoader* m_loader = nullptr;
    std::unique_ptr<CalibrationOverlay> m_overlay;

    std::shared_ptr<media::FrameSource> m_source;
    QImage m_stored;      // the frame on screen, as stored
    int m_shownFrame = -1;
    int m_requestedFrame = -1;
    bool m_firstFrameSeen = false;
    std::optional<media::WindowLevel> m_window;
    std::optional<media::WindowLevel> m_studyWindow; // what Reset returns to
    media::WindowLevel m_dragStartWindow;
    bool m_windowDragging = false;
    QPointF m_cursor;
    bool m_cursorInside = false;
};

} // namespace ns::ui
