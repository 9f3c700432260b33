#pragma once
// The annotation commands as QActions (text, shortcut, tooltip) in one place: workspace
// commands for the File menu, the contour tools (one checked at a time), undo and redo.
// Shortcuts do not clash with MainActions (F is Fit, R Regions, L Loop, 1 Actual Pixels);
// [ and ] (cine speed) size the brush instead while the brush or eraser is in hand.

#include <QList>
#include <QObject>
#include <QStringList>

class QAction;
class QActionGroup;
class QKeySequence;
class QWidget;

namespace ns::ui {

class AnnotationActions : public QObject {
    Q_OBJECT
public:
    explicit AnnotationActions(QWidget* window);

    QAction* newWorkspace = nullptr;
    QAction* openWorkspace = nullptr;
    QAction* navigate = nullptr;  // H: hand, the view's own pan
    QAction* polygon = nullptr;   // P
    QAction* freehand = nullptr;  // D
    QAction* ellipse = nullptr;   // E
    QAction* edit = nullptr;      // V
    QAction* brush = nullptr;     // B
    QAction* eraser = nullptr;    // Shift+B, X
    QAction* undo = nullptr;      // Ctrl+Z
    QAction* redo = nullptr;      // Ctrl+Shift+Z, Ctrl+Y
    QAction* copyToNextFrame = nullptr; // Ctrl+Shift+C
    QAction* interpolate = nullptr;     // Ctrl+Shift+I
    QActionGroup* tools = nullptr;

    QList<QAction*> toolActions() const { return {navigate, polygon, freehand, ellipse, edit, brush, eraser}; }
    // "Text<TAB>Shortcut" lines for the shortcut overview, with the keys the tools read.
    QStringList shortcutOverview() const;
    // Enables the drawing tools, or disables them with `why` as their tooltip.
    void setToolsEnabled(bool enabled, const QString& why);

private:
    QAction* make(const QString& text, const QList<QKeySequence>& keys, const QString& tip);
    QWidget* m_window;
};

} // namespace ns::ui
