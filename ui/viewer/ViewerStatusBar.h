#pragma once
// The status bar of the viewer: cursor position in pixels and millimetres, the stored
// value under the cursor, zoom and window/level; transient messages on the left.

#include "ui/viewer/PixelReadout.h"

#include "core/media/SourceInfo.h"

#include <QStatusBar>
#include <optional>

class QLabel;
class QProgressBar;
class QToolButton;

namespace ns::ui {

class ViewerStatusBar : public QStatusBar {
    Q_OBJECT
public:
    explicit ViewerStatusBar(QWidget* parent = nullptr);

    void setReadout(const PixelReadout& readout);
    void setZoom(double scale);
    // `signedOffset` is subtracted so the level reads in stored values.
    void setWindow(const std::optional<media::WindowLevel>& window, bool windowable, int signedOffset);
    void clearStudy();
    // A background job on the study (e.g. the damage scan): its progress and a Cancel button.
    void showJob(double fraction, const QString& message);
    void hideJob();
    QProgressBar* jobProgress() const { return m_jobProgress; }

    QLabel* positionLabel() const { return m_position; }
    QLabel* physicalLabel() const { return m_physical; }
    QLabel* valueLabel() const { return m_value; }
    QLabel* zoomLabel() const { return m_zoom; }
    QLabel* windowLabel() const { return m_window; }

signals:
    void jobCancelRequested();

private:
    QLabel* addField(const QString& tip, const QString& widest);

    QLabel* m_position = nullptr;
    QLabel* m_physical = nullptr;
    QLabel* m_value = nullptr;
    QLabel* m_zoom = nullptr;
    QLabel* m_window = nullptr;
    QProgressBar* m_jobProgress = nullptr;
    QToolButton* m_jobCancel = nullptr;
};

} // namespace ns::ui
