#pragma once
// Every command of the main window as a QAction with its text, shortcut and tooltip, in
// one place, so menus, the toolbar and the shortcut list agree. Connecting them is the
// window's job.

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace ns::ui {

class MainActions : public QObject {
    Q_OBJECT
public:
    explicit MainActions(QWidget* window);

    // File
    QAction* open = nullptr;
    QAction* openFolder = nullptr;
    QAction* clearRecent = nullptr;
    QAction* close = nullptr;
    QAction* quit = nullptr;
    // View
    QAction* fit = nullptr;
    QAction* actualPixels = nullptr;
    QAction* zoomIn = nullptr;
    QAction* zoomOut = nullptr;
    QAction* showRegions = nullptr;
    QAction* resetWindow = nullptr;
    // Playback
    QAction* playPause = nullptr;
    QAction* previousFrame = nullptr;
    QAction* nextFrame = nullptr;
    QAction* firstFrame = nullptr;
    QAction* lastFrame = nullptr;
    QAction* slower = nullptr;
    QAction* faster = nullptr;
    QAction* loop = nullptr;
    // Help
    QAction* shortcuts = nullptr;
    QAction* about = nullptr;
    QAction* aboutQt = nullptr;

    // Actions that need an open study.
    QList<QAction*> studyActions() const;
    // "Text<TAB>Shortcut" lines for the shortcut overview.
    QStringList shortcutOverview() const;

private:
    QAction* make(const QString& text, const QList<QKeySequence>& keys, const QString& tip);

    QWidget* m_window;
    QList<QAction*> m_all;
};

} // namespace ns::ui
