#pragma once
// Puts AI review into the main window: the controller, its panel in a dock, and the study
// lifecycle. The window places the dock's toggle and the panel's actions in its menus.

#include <QObject>

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

    void studyOpened();
    void studyClosed();

signals:
    void message(const QString& text);

private:
    AiController* m_controller;
    AiPanel* m_panel;
    QDockWidget* m_dock;
};

} // namespace ns::ui
