#include "ui/MainActions.h"

#include <QAction>
#include <QKeySequence>
#include <QWidget>

namespace ns::ui {

MainActions::MainActions(QWidget* window) : QObject(window), m_window(window)
{
    open = make(tr("&Open…"), {QKeySequence::Open}, tr("Open a DICOM, video or image file"));
    openFolder = make(tr("Open &Folder…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
                      tr("Open a folder of images as one sequence"));
    clearRecent = make(tr("&Clear Recent"), {}, tr("Forget the list of recent studies"));
    close = make(tr("&Close Study"), {QKeySequence::Close}, tr("Close the study and return to the start page"));
    quit = make(tr("&Quit"), {QKeySequence::Quit}, tr("Quit NerveScope"));
    quit->setMenuRole(QAction::QuitRole);

    fit = make(tr("&Fit to Window"), {QKeySequence(Qt::Key_F)}, tr("Show the whole image as large as the window allows"));
    actualPixels = make(tr("Actual &Pixels (1:1)"), {QKeySequence(Qt::Key_1)}, tr("One image pixel per screen pixel"));
    zoomIn = make(tr("Zoom &In"), {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal), QKeySequence::ZoomIn},
                  tr("Zoom in around the centre of the view"));
    zoomOut = make(tr("Zoom &Out"), {QKeySequence(Qt::Key_Minus), QKeySequence::ZoomOut},
                   tr("Zoom out around the centre of the view"));
    showRegions = make(tr("Show &Regions"), {QKeySequence(Qt::Key_R)},
                       tr("Outline the calibrated ultrasound regions of the image"));
    showRegions->setCheckable(true);
    resetWindow = make(tr("Reset &Window/Level"), {QKeySequence(Qt::CTRL | Qt::Key_R)},
                       tr("Return to the study's own window/level"));
    // Short labels for the toolbar.
    open->setIconText(tr("Open"));
    fit->setIconText(tr("Fit"));
    actualPixels->setIconText(tr("1:1"));
    zoomIn->setIconText(tr("Zoom +"));
    zoomOut->setIconText(tr("Zoom −"));
    showRegions->setIconText(tr("Regions"));
    resetWindow->setIconText(tr("Reset W/L"));

    playPause = make(tr("&Play / Pause"), {QKeySequence(Qt::Key_Space)}, tr("Play or pause the cine"));
    previousFrame = make(tr("P&revious Frame"), {QKeySequence(Qt::Key_Left)}, tr("Step one frame back"));
    nextFrame = make(tr("&Next Frame"), {QKeySequence(Qt::Key_Right)}, tr("Step one frame forward"));
    firstFrame = make(tr("F&irst Frame"), {QKeySequence(Qt::Key_Home)}, tr("Go to the first frame"));
    lastFrame = make(tr("&Last Frame"), {QKeySequence(Qt::Key_End)}, tr("Go to the last frame"));
    slower = make(tr("&Slower"), {QKeySequence(Qt::Key_BracketLeft)}, tr("Play more slowly"));
    faster = make(tr("F&aster"), {QKeySequence(Qt::Key_BracketRight)}, tr("Play faster"));
    loop = make(tr("L&oop"), {QKeySequence(Qt::Key_L)}, tr("Start again at the end of the cine"));
    loop->setCheckable(true);
    loop->setChecked(true);

    shortcuts = make(tr("&Keyboard Shortcuts"), {QKeySequence::HelpContents}, tr("List the keyboard shortcuts"));
    about = make(tr("&About NerveScope"), {}, tr("Version, licence and intended use"));
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make(tr("About &Qt"), {}, tr("The Qt version NerveScope runs on"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QAction* MainActions::make(const QString& text, const QList<QKeySequence>& keys, const QString& tip)
{
    auto* a = new QAction(text, m_window);
    a->setShortcuts(keys);
    // The window's shortcuts work wherever focus is inside it (image, cine strip, panels).
    a->setShortcutContext(Qt::WindowShortcut);
    a->setToolTip(keys.isEmpty() ? tip : tr("%1 (%2)").arg(tip, keys.first().toString(QKeySequence::NativeText)));
    a->setStatusTip(tip);
    m_window->addAction(a); // shortcuts work even when the action is in no visible menu
    m_all << a;
    return a;
}

QList<QAction*> MainActions::studyActions() const
{
    return {close, fit, actualPixels, zoomIn, zoomOut, showRegions, resetWindow,
            playPause, previousFrame, nextFrame, firstFrame, lastFrame, slower, faster, loop};
}

QStringList MainActions::shortcutOverview() const
{
    QStringList lines;
    for (const QAction* a : m_all) {
        if (a->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence& k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        lines << QStringLiteral("%1\t%2").arg(a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                              keys.join(QStringLiteral(", ")));
    }
    return lines;
}

} // namespace ns::ui
