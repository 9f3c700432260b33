#include "ui/workspace/StudyBrowserDock.h"

#include "core/annotation/AnnotationEditor.h"
#include "ui/annotation/AnnotationSession.h"
#include "ui/workspace/StudyBrowser.h"
#include "ui/workspace/StudyListModel.h"

#include <QAction>
#include <QMainWindow>
#include <QUndoStack>

namespace ns::ui {

StudyBrowserDock::StudyBrowserDock(AnnotationSession* session, QMainWindow* window)
    : QDockWidget(tr("Studies"), window), m_session(session), m_browser(new StudyBrowser(this))
{
    setObjectName(QStringLiteral("studyBrowserDock"));
    setWidget(m_browser);
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    toggleViewAction()->setToolTip(tr("Show or hide the studies of the open workspace"));
    toggleViewAction()->setIconText(tr("Studies"));
    hide();

    // On the window, not the dock: Ctrl+F must work while the dock is hidden.
    m_find = new QAction(tr("&Find Study…"), window);
    m_find->setShortcut(QKeySequence::Find);
    m_find->setShortcutContext(Qt::WindowShortcut);
    m_find->setToolTip(tr("Search the studies of the workspace by name, patient ID or path (%1)")
                           .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    window->addAction(m_find);
    connect(m_find, &QAction::triggered, this, [this] {
        show();
        raise();
        m_browser->focusSearch();
    });

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(250);
    connect(&m_refresh, &QTimer::timeout, m_browser, &StudyBrowser::refresh);
    connect(m_browser, &StudyBrowser::openRequested, this, [this](const QString& path, qint64) { emit openRequested(path); });
    connect(m_session, &AnnotationSession::stateChanged, this, &StudyBrowserDock::sync);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_browser->workspace())
            m_refresh.start(); // another process (the CLI) may have imported meanwhile
    });
    sync();
}

void StudyBrowserDock::sync()
{
    workspace::Workspace* ws = m_session->workspace();
    if (ws != m_browser->workspace()) {
        m_browser->setWorkspace(ws);
        // An opened workspace shows its studies at once; a new, empty one leaves the image its
        // room until there is something to browse (View > Studies or Ctrl+F shows it anyway).
        if (ws && m_browser->model()->rowCount() > 0) {
            show();
            raise();
        }
    } else if (ws) {
        m_browser->refresh(); // a study opened in the viewer may just have been added
    }
    m_browser->setCurrentStudy(m_session->studyId());

    annotation::AnnotationEditor* editor = m_session->editor();
    if (editor != m_editor) {
        if (m_editor) {
            disconnect(m_editor, nullptr, this, nullptr);
            disconnect(m_editor->undoStack(), nullptr, this, nullptr);
        }
        m_editor = editor;
        if (editor) {
            // Every edit, undo and redo; not frame changes, so playback never touches the list.
            connect(editor, &annotation::AnnotationEditor::contoursChanged, this, [this] { m_refresh.start(); });
            connect(editor->undoStack(), &QUndoStack::indexChanged, this, [this] { m_refresh.start(); });
        }
    }
}

} // namespace ns::ui
