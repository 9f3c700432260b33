#include "ui/training/TrainingFeature.h"

#include "ui/annotation/AnnotationSession.h"
#include "ui/training/TrainingPage.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QMainWindow>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolBar>

namespace ns::ui {

TrainingFeature::TrainingFeature(QMainWindow* window, QStackedWidget* stack, AnnotationSession* session)
    : QObject(window), m_window(window), m_stack(stack), m_session(session), m_scroll(new QScrollArea(stack)),
      m_page(new TrainingPage(m_scroll))
{
    m_page->setObjectName(QStringLiteral("trainingPage"));
    // In a scroll area, so the page's minimum size neither widens the window nor squeezes
    // the review docks (a stacked widget is as large as its largest page).
    m_scroll->setWidget(m_page);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    stack->addWidget(m_scroll);
    auto* group = new QActionGroup(this);
    m_review = new QAction(tr("&Review"), this);
    m_review->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_review->setToolTip(tr("Review studies: viewer, annotation and AI review (Ctrl+Shift+V)"));
    m_training = new QAction(tr("&Training"), this);
    m_training->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_training->setToolTip(tr("Train or fine-tune a model on labelled frames (Ctrl+Shift+T)"));
    for (QAction* a : {m_review, m_training}) {
        a->setCheckable(true);
        a->setStatusTip(a->toolTip());
        group->addAction(a);
        window->addAction(a);
    }
    m_review->setChecked(true);
    m_bar = new QToolBar(tr("Mode"), window);
    m_bar->setObjectName(QStringLiteral("modeToolBar"));
    m_bar->setMovable(false);
    m_bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_bar->addAction(m_review);
    m_bar->addAction(m_training);
    window->addToolBar(Qt::TopToolBarArea, m_bar);

    connect(m_review, &QAction::triggered, this, &TrainingFeature::showReview);
    connect(m_training, &QAction::triggered, this, &TrainingFeature::showTraining);
    connect(m_page, &TrainingPage::openImageRequested, this, [this](const QString& path) {
        showReview();
        emit openImageRequested(path);
    });
    connect(m_page, &TrainingPage::modelPromoted, this, &TrainingFeature::modelPromoted);
    connect(session, &AnnotationSession::workspaceAdopted, this, [this] { m_page->setWorkspace(m_session->workspace()); });
    connect(session, &AnnotationSession::stateChanged, this, [this] {
        // A closed workspace must not stay reachable from the page.
        if (!m_session->workspace())
            m_page->setWorkspace(nullptr);
    });
    // A study opened from the File menu while training shows the viewer: back to Review.
    connect(stack, &QStackedWidget::currentChanged, this, [this](int) {
        if (!isTrainingMode() && m_training->isChecked()) {
            m_window->restoreState(m_reviewState);
            m_review->setChecked(true);
        }
    });
    m_page->setWorkspace(session->workspace());
}

bool TrainingFeature::isTrainingMode() const { return m_stack->currentWidget() == m_scroll; }

void TrainingFeature::showTraining()
{
    m_training->setChecked(true);
    if (isTrainingMode())
        return;
    m_reviewWidget = m_stack->currentWidget();
    m_reviewState = m_window->saveState();
    for (QDockWidget* dock : m_window->findChildren<QDockWidget*>(QString(), Qt::FindDirectChildrenOnly))
        dock->hide();
    for (QToolBar* bar : m_window->findChildren<QToolBar*>(QString(), Qt::FindDirectChildrenOnly))
        if (bar != m_bar)
            bar->hide();
    m_stack->setCurrentWidget(m_scroll);
    m_page->setFocus();
}

void TrainingFeature::showReview()
{
    m_review->setChecked(true);
    if (!isTrainingMode())
        return;
    m_window->restoreState(m_reviewState);
    m_stack->setCurrentWidget(m_reviewWidget ? m_reviewWidget.data() : m_stack->widget(0));
}

} // namespace ns::ui
