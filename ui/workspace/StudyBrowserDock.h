#pragma once
// The study browser as a dock of the main window, kept in step with the annotation
// session: it shows the workspace the session has open (and appears when one with studies
// is opened), marks the study on screen and re-reads counts and statuses after edits, undo
// and redo (coalesced, so a vertex drag does not re-query the database on every mouse move).
// Ctrl+F (Find Study) shows it and puts the cursor in its search box.

#include <QDockWidget>
#include <QPointer>
#include <QTimer>

class QAction;
class QMainWindow;

namespace ns::annotation { class AnnotationEditor; }

namespace ns::ui {

class AnnotationSession;
class StudyBrowser;

class StudyBrowserDock : public QDockWidget {
    Q_OBJECT
public:
    StudyBrowserDock(AnnotationSession* session, QMainWindow* window);

    StudyBrowser* browser() const { return m_browser; }
    QAction* findAction() const { return m_find; }

signals:
    // Open this stored study file in the viewer (the session finds its annotations by content).
    void openRequested(const QString& path);

private:
    void sync();

    AnnotationSession* m_session;
    StudyBrowser* m_browser;
    QAction* m_find;
    QTimer m_refresh;
    QPointer<annotation::AnnotationEditor> m_editor; // the one whose signals are connected
};

} // namespace ns::ui
