#include "ui/ai/AiFeature.h"

#include "core/annotation/GradeStore.h"
#include "ui/ai/AiController.h"
#include "ui/ai/AiPanel.h"
#include "ui/ai/GradeView.h"
#include "ui/annotation/AnnotationSession.h"
#include "ui/viewer/StudyViewer.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace ns::ui {

namespace {

const char* const kAnalyseOnOpenKey = "ai/analyseOnOpen";

bool hasGradeFrom(ns::workspace::Workspace& ws, qint64 studyId, const annotation::ContourSource& source)
{
    const QList<annotation::Grade> grades = annotation::loadGrades(ws, studyId);
    return std::any_of(grades.begin(), grades.end(), [&](const annotation::Grade& g) { return g.source == source; });
}

} // namespace

AiFeature::AiFeature(QMainWindow* window, StudyViewer* viewer, AnnotationSession* session)
    : QObject(window), m_controller(new AiController(viewer, session, this)), m_panel(new AiPanel(m_controller, viewer)),
      m_viewer(viewer), m_session(session)
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

    m_analyseOnOpen = new QAction(tr("Analyse Studies on &Open"), this);
    m_analyseOnOpen->setCheckable(true);
    m_analyseOnOpen->setChecked(QSettings().value(QLatin1String(kAnalyseOnOpenKey), true).toBool());
    m_analyseOnOpen->setToolTip(tr("When a study opens, outline the nerve and grade the study with the models chosen "
                                   "in the AI panel. Turn off to look at a scan before the AI does."));
    m_analyseOnOpen->setStatusTip(m_analyseOnOpen->toolTip());
    connect(m_analyseOnOpen, &QAction::toggled, this, [](bool on) { QSettings().setValue(QLatin1String(kAnalyseOnOpenKey), on); });
    // The previous study's job has wound down (queued: busyChanged comes from inside the
    // job's completion).
    connect(m_controller, &AiController::busyChanged, this, [this](bool busy) {
        if (!busy)
            startAnalysisWhenIdle();
    }, Qt::QueuedConnection);
}

void AiFeature::studyOpened()
{
    m_controller->clear();
    m_panel->gradeView()->clear();
    m_panel->reloadModels();
    m_analysis = m_analyseOnOpen->isChecked() ? Analysis::WaitingForFrame : Analysis::None;
    if (m_analysis == Analysis::None)
        return;
    // The study's first frame is on screen: the segmentation reads the frame shown. Once, not
    // on every frame of a playing cine; queued, because frameShown comes from inside a paint.
    connect(m_viewer, &StudyViewer::frameShown, this, [this] {
        if (m_analysis == Analysis::WaitingForFrame) {
            m_analysis = Analysis::Ready;
            startAnalysisWhenIdle();
        }
    }, Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
}

void AiFeature::startAnalysisWhenIdle()
{
    if (m_analysis != Analysis::Ready || m_controller->isBusy() || !m_viewer->source())
        return;
    m_analysis = Analysis::None;
    // Redo nothing the workspace already holds: a frame with contours keeps them alone, and a
    // grade this grader gave the study before is shown in the grade box already.
    ns::workspace::Workspace* ws = m_session->workspace();
    const qint64 study = m_session->studyId();
    const bool stored = ws && study > 0;
    const bool segment = !m_controller->segmentationModel().isEmpty() && !m_controller->holdsContours(m_viewer->currentFrame());
    QString grader = m_panel->graderCardPath();
    if (!grader.isEmpty() && stored && hasGradeFrom(*ws, study, m_panel->graderSource()))
        grader.clear();
    if (!segment && grader.isEmpty())
        return;
    m_dock->show();
    m_dock->raise();
    emit message(tr("Analysing the study (AI ▸ Analyse Studies on Open turns this off)…"));
    m_controller->analyse(segment, grader);
}

void AiFeature::studyClosed()
{
    m_analysis = Analysis::None;
    m_controller->clear();
    m_panel->gradeView()->clear();
    m_panel->reloadModels();
}

} // namespace ns::ui
