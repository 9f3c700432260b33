#pragma once
// The nerve area along the cine: one point per annotated frame, the summed area of the
// editing rater's contours there (a bifid nerve is two contours), in mm² when every one of
// them is calibrated, else in px² (the axis says which); a vertical line marks the frame on
// screen. A click asks for the annotated frame nearest to it (frameRequested).

#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPGraph;
class QCPItemStraightLine;
class QLabel;
class QMouseEvent;

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
    void refresh();

signals:
    void frameRequested(int frame);

private:
    void onPress(QMouseEvent* event);

    AnnotationSession* m_session;
    QCustomPlot* m_plot;
    QCPGraph* m_graph;
    QCPItemStraightLine* m_cursor;
    QLabel* m_note;
    QVector<double> m_frames;
    bool m_mm2 = false;
};

} // namespace ns::ui
