#include "ui/annotation/AnnotationActions.h"

#include <QAction>
#include <QActionGroup>
#include <QKeySequence>
#include <QWidget>

namespace ns::ui {

AnnotationActions::AnnotationActions(QWidget* window) : QObject(window), m_window(window)
{
    newWorkspace = make(tr("&New Workspace…"), {}, tr("Create a workspace folder where annotations are stored as you make them"));
    openWorkspace = make(tr("Open &Workspace…"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O)},
                         tr("Open a workspace folder to annotate studies in it"));

    tools = new QActionGroup(this);
    tools->setExclusive(true);
    navigate = make(tr("&Navigate"), {QKeySequence(Qt::Key_H)}, tr("Pan and zoom; no contour tool"));
    polygon = make(tr("&Polygon"), {QKeySequence(Qt::Key_P)},
                   tr("Click the vertices; double-click, click the first vertex or press Enter to close; Esc cancels"));
    freehand = make(tr("Free&hand"), {QKeySequence(Qt::Key_D)}, tr("Drag around the nerve; release to close"));
    ellipse = make(tr("&Ellipse"), {QKeySequence(Qt::Key_E)},
                   tr("Drag the bounding box of an ellipse; then drag its axis handles to resize it and the round "
                      "handle to rotate it (Shift: 15° steps)"));
    edit = make(tr("Edit &Contours"), {QKeySequence(Qt::Key_V)},
                tr("Click to select; drag a vertex or the whole contour; double-click an edge to add a vertex; "
                   "Delete removes the selected vertex or contour"));
    brush = make(tr("&Brush"), {QKeySequence(Qt::Key_B)},
                 tr("Paint onto the contour under the brush (or a new one on empty image); the outline follows. "
                    "[ and ] change the brush size"));
    eraser = make(tr("E&raser"), {QKeySequence(Qt::SHIFT | Qt::Key_B), QKeySequence(Qt::Key_X)},
                  tr("Erase from the contour under the brush; cutting it in two gives two contours of one label, "
                     "erasing all of it deletes it. [ and ] change the size"));
    navigate->setIconText(tr("Navigate"));
    brush->setIconText(tr("Brush"));
    eraser->setIconText(tr("Eraser"));
    polygon->setIconText(tr("Polygon"));
    freehand->setIconText(tr("Freehand"));
    ellipse->setIconText(tr("Ellipse"));
    edit->setIconText(tr("Edit"));
    for (QAction* a : toolActions()) {
        a->setCheckable(true);
        tools->addAction(a);
    }
    navigate->setChecked(true);

    undo = make(tr("&Undo"), {QKeySequence(Qt::CTRL | Qt::Key_Z)}, tr("Undo the last annotation edit"));
    redo = make(tr("&Redo"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)},
                tr("Redo the annotation edit that was undone"));
    undo->setIconText(tr("Undo"));
    redo->setIconText(tr("Redo"));
    undo->setEnabled(false);
    redo->setEnabled(false);

    copyToNextFrame = make(tr("&Copy Contour to Next Frame"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
                           tr("Copy the selected contour (none selected: all of yours on this frame) to the next "
                              "frame and show it; one undo step"));
    copyToNextFrame->setIconText(tr("Copy to Next"));
    copyToNextFrame->setEnabled(false);

    interpolate = make(tr("&Interpolate Between Key Frames"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)},
                       tr("Fill the frames between your key frames (manual or corrected contours) before and after this "
                          "frame with interpolated contours, drawn dashed until you edit them; one undo step"));
    interpolate->setIconText(tr("Interpolate"));
    interpolate->setEnabled(false);
}

QAction* AnnotationActions::make(const QString& text, const QList<QKeySequence>& keys, const QString& tip)
{
    auto* a = new QAction(text, m_window);
    a->setShortcuts(keys);
    a->setShortcutContext(Qt::WindowShortcut);
    a->setToolTip(keys.isEmpty() ? tip : tr("%1 (%2)").arg(tip, keys.first().toString(QKeySequence::NativeText)));
    a->setStatusTip(tip);
    a->setData(a->toolTip()); // the tooltip to restore when re-enabled
    m_window->addAction(a);
    return a;
}

QStringList AnnotationActions::shortcutOverview() const
{
    QStringList lines;
    for (const QAction* a : {openWorkspace, navigate, polygon, freehand, ellipse, edit, brush, eraser, undo, redo, copyToNextFrame,
                             interpolate}) {
        QStringList keys;
        for (const QKeySequence& k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        QString text = a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"));
        if (a == undo || a == redo)
            text = a == undo ? tr("Undo") : tr("Redo");
        lines << QStringLiteral("%1\t%2").arg(text, keys.join(QStringLiteral(", ")));
    }
    lines << tr("Close the polygon\tEnter, double-click, click the first vertex")
          << tr("Cancel the contour being drawn\tEsc")
          << tr("Delete the selected vertex or contour\tDelete")
          << tr("Smaller / larger brush (brush or eraser in hand)\t[, ]")
          << tr("Rotate in 15° steps (rotation handle)\tShift+drag");
    return lines;
}

void AnnotationActions::setToolsEnabled(bool enabled, const QString& why)
{
    for (QAction* a : {polygon, freehand, ellipse, edit, brush, eraser}) {
        a->setEnabled(enabled);
        a->setToolTip(enabled ? a->data().toString() : why);
    }
    if (!enabled)
        navigate->setChecked(true);
}

} // namespace ns::ui
