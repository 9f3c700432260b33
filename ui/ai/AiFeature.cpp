#include "ui/ai/AiFeature.h"

#include "ui/ai/AiController.h"
#include "ui/ai/AiPanel.h"
#include "ui/ai/GradeView.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ns::ui {

AiFeature::AiFeature(QMainWindow* window, StudyViewer* viewer, AnnotationSession* session)
    : QObject(window), m_controller(new AiController(viewer, session, this)), m_panel(new AiPanel(m_controller, viewer))
{
    m_dock = new QDockWidget(tr("AI Review"), window);
    m_dock->setObjectName(QStringLiteral("aiReviewDock"));
    auto* content = new QWidget(m_dock);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    auto* scroll = new QScrollArea(content);
    scroll->setWidget(m_panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded); // lets the dock narrow on small screens
    column->addWidget(scroll, 1);
    column->addWidget(m_panel->jobStatus());
    m_dock->setWidget(content);
    m_dock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_dock->toggleViewAction()->setToolTip(tr("Show or hide the AI review panel (Ctrl+Shift+A)"));
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    // The panel's shortcuts must work wherever the focus is in the window,
    // and what they produce (bars, prediction card) shows in the panel: a shortcut pressed
    // while the panel sits behind another tab brings it to the front.
    for (QAction* a : m_panel->menuActions()) {
        window->addAction(a);
        connect(a, &QAction::triggered, this, [this] {
            m_dock->show();
            m_dock->raise();
        });
    }
    connect(m_controller, &AiController::finished, this, &AiFeature::message);
    connect(m_controller, &AiController::errorOccurred, this, &AiFeature::message);
}

void AiFeature::studyOpened()
{
    m_controller->clear();
    m_panel->gradeView()->clear();
    m_panel->reloadModels();
}

void AiFeature::studyClosed()
{
    m_controller->clear();
    m_panel->gradeView()->clear();
    m_panel->reloadModels();
}

} // namespace ns::ui
