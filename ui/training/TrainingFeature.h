#pragma once
// Puts the Training page into the main window as a second mode beside Review: a "Review |
// Training" switch in its own toolbar and in the View menu (Ctrl+Shift+V / Ctrl+Shift+T).
// Training mode shows the page in place of the viewer and hides the review docks and
// toolbars; Review brings them back as they were. The viewer itself is untouched.

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QScrollArea;
class QStackedWidget;
class QToolBar;
class QWidget;

namespace ns::ui {

class AnnotationSession;
class TrainingPage;

class TrainingFeature : public QObject {
    Q_OBJECT
public:
    TrainingFeature(QMainWindow* window, QStackedWidget* stack, AnnotationSession* session);

    TrainingPage* page() const { return m_page; }
    QAction* reviewAction() const { return m_review; }
    QAction* trainingAction() const { return m_training; }
    QToolBar* modeBar() const { return m_bar; }
    bool isTrainingMode() const;

    void showTraining();
    void showReview();

signals:
    void openImageRequested(const QString& imagePath); // the window opens it (Review mode)
    void modelPromoted(const QString& cardPath);

private:
    QMainWindow* m_window;
    QStackedWidget* m_stack;
    AnnotationSession* m_session;
    QScrollArea* m_scroll;
    TrainingPage* m_page;
    QAction* m_review;
    QAction* m_training;
    QToolBar* m_bar;
    QPointer<QWidget> m_reviewWidget; // welcome page or viewer, shown again in Review
    QByteArray m_reviewState;         // docks and toolbars as they were in Review
};

} // namespace ns::ui
