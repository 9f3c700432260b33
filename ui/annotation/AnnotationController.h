#pragma once
// Puts annotation into the main window: the session on the viewer's image view, the tool
// and workspace actions, the measurements dock, and the workspace dialogs. The window only
// places the actions in its menus and tells it when a study opens or closes.

#include <QObject>
#include <memory>

class QDockWidget;
class QMainWindow;

namespace ns::media { class FrameSource; }

namespace ns::ui {

class AnnotationActions;
class AnnotationSession;
class AreaPlot;
class MeasurementsTable;
class ReviewController;
class StudyViewer;

class AnnotationController : public QObject {
    Q_OBJECT
public:
    AnnotationController(QMainWindow* window, StudyViewer* viewer);

    AnnotationSession* session() const { return m_session; }
    AnnotationActions* actions() const { return m_actions; }
    QDockWidget* measurementsDock() const { return m_dock; }
    MeasurementsTable* measurementsTable() const { return m_table; }
    QDockWidget* areaDock() const { return m_areaDock; }
    AreaPlot* areaPlot() const { return m_areaPlot; }
    ReviewController* review() const { return m_review; }

    void studyOpened(const QString& path, const media::FrameSource& source);
    void studyClosed();

signals:
    void message(const QString& text); // for the status bar

private:
    void chooseNewWorkspace();
    void chooseOpenWorkspace();
    void updateActions();
    void copyToNextFrame();
    void interpolate();
    void updateTimeline();

    QMainWindow* m_window;
    StudyViewer* m_viewer;
    AnnotationSession* m_session;
    AnnotationActions* m_actions;
    MeasurementsTable* m_table;
    QDockWidget* m_dock;
    AreaPlot* m_areaPlot;
    // What the timeline marks were computed for: study, undo stack and its index. Stepping
    // through frames reloads the session but changes no marks, and playback must stay cheap.
    QString m_timelineKey;
    QDockWidget* m_areaDock;
    ReviewController* m_review;
};

} // namespace ns::ui
