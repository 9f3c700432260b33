#pragma once
// The nerve area along the cine: one point per annotated frame, the summed area of the
// editing rater's contours there (a bifid nerve is two contours), in mm² when every one of
// them is calibrated, else in px² (the axis says which); a vertical line marks the frame on
// screen. A click asks for the annotated frame nearest to it (frameRequested).
// The curve is re-read only when contours may have changed (an edit, undo/redo, another
// study or workspace) and only while it is shown; a frame change during playback moves the
// line and nothing else: re-reading every contour of the cine per frame halved the
// playback rate of a 300-frame cine with a contour on each frame.

#include <QPointer>
#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPGraph;
class QCPItemStraightLine;
class QLabel;
class QMouseEvent;

namespace ns::annotation { class AnnotationEditor; }

namespace ns::ui {

class AnnotationSession;

class AreaPlot : public QWidget {
    Q_OBJECT
public:
    explicit AreaPlot(AnnotationSession* session, QWidget* parent = nullptr);

    QCustomPlot* plot() const { return m_plot; }
    QCPGraph* graph() const { return m_graph; }
    bool inMm2() const { return m_mm2; }

public slots:
    void refresh(); // re-reads the curve now

protected:
    void showEvent(QShowEvent* event) override;

signals:
    void frameRequested(int frame);

private:
    void onPress(QMouseEvent* event);
    void onStateChanged();
    void onReloaded();
    void moveCursor();

    AnnotationSession* m_session;
    QCustomPlot* m_plot;
    QCPGraph* m_graph;
    QCPItemStraightLine* m_cursor;
    QLabel* m_note;
    QVector<double> m_frames;
    bool m_mm2 = false;
    bool m_stale = true; // the contours may have changed since the curve was read
    QPointer<annotation::AnnotationEditor> m_editor; // whose edits mark the curve stale
};

} // namespace ns::ui
