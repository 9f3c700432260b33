#pragma once
// Puts AI review into the main window: the controller, its panel in a dock, and the study
// lifecycle. The window places the dock's toggle and the panel's actions in its menus.
// With "Analyse Studies on Open" (on unless the user turned it off) a study that opens gets
// its first frame outlined and is graded, so the nerve, its area and a grade are in view
// within moments; what the workspace already holds for the study is not redone.

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;

namespace ns::ui {

class AiController;
class AiPanel;
class AnnotationSession;
class StudyViewer;

class AiFeature : public QObject {
    Q_OBJECT
public:
    AiFeature(QMainWindow* window, StudyViewer* viewer, AnnotationSession* session);

    AiController* controller() const { return m_controller; }
    AiPanel* panel() const { return m_panel; }
    QDockWidget* dock() const { return m_dock; }
    QAction* analyseOnOpenAction() const { return m_analyseOnOpen; }

    void studyOpened();
    void studyClosed();

signals:
    void message(const QString& text);

private:
    enum class Analysis { None, WaitingForFrame, Ready };
    void startAnalysisWhenIdle();

    AiController* m_controller;
    AiPanel* m_panel;
    QDockWidget* m_dock;
    StudyViewer* m_viewer;
    AnnotationSession* m_session;
    QAction* m_analyseOnOpen;
    Analysis m_analysis = Analysis::None;
};

} // namespace ns::ui
