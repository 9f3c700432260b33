#include "ui/annotation/AnnotationController.h"

#include "core/annotation/ContourStore.h"
#include "core/media/FrameSource.h"
#include "core/workspace/Workspace.h"
#include "ui/annotation/AnnotationActions.h"
#include "ui/annotation/AnnotationSession.h"
#include "ui/annotation/AreaPlot.h"
#include "ui/annotation/ContourToolLayer.h"
#include "ui/annotation/MeasurementsTable.h"
#include "ui/annotation/ReviewController.h"
#include "ui/annotation/TimelineMarks.h"
#include "ui/viewer/CineControls.h"
#include "ui/viewer/ImageView.h"
#include "ui/viewer/StudyViewer.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QSettings>
#include <QUndoStack>
#include <utility>

namespace ns::ui {

AnnotationController::AnnotationController(QMainWindow* window, StudyViewer* viewer)
    : QObject(window), m_window(window), m_viewer(viewer),
      m_session(new AnnotationSession(viewer->imageView(), this)), m_actions(new AnnotationActions(window))
{
    m_table = new MeasurementsTable(m_session, window);
    m_dock = new QDockWidget(tr("Measurements"), window);
    m_dock->setObjectName(QStringLiteral("measurementsDock"));
    m_dock->setWidget(m_table);
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_dock->toggleViewAction()->setToolTip(tr("Show or hide the contour measurements of this frame"));
    m_dock->toggleViewAction()->setIconText(tr("Measurements"));
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();

    m_areaPlot = new AreaPlot(m_session, window);
    m_areaDock = new QDockWidget(tr("Area Along Cine"), window);
    m_areaDock->setObjectName(QStringLiteral("areaDock"));
    m_areaDock->setWidget(m_areaPlot);
    m_areaDock->setFeatures(m_dock->features());
    m_areaDock->toggleViewAction()->setToolTip(tr("Show or hide the nerve area of your contours along the cine"));
    m_areaDock->toggleViewAction()->setIconText(tr("Area Plot"));
    window->addDockWidget(Qt::BottomDockWidgetArea, m_areaDock);
    m_areaDock->hide();
    connect(m_areaPlot, &AreaPlot::frameRequested, viewer, &StudyViewer::showFrame);

    m_review = new ReviewController(window, viewer, m_session);
    connect(m_review, &ReviewController::message, this, &AnnotationController::message);

    ContourToolLayer* layer = m_session->toolLayer();
    const std::pair<QAction*, ContourToolLayer::Tool> tools[] = {
        {m_actions->navigate, ContourToolLayer::Tool::Navigate}, {m_actions->polygon, ContourToolLayer::Tool::Polygon},
        {m_actions->freehand, ContourToolLayer::Tool::Freehand}, {m_actions->ellipse, ContourToolLayer::Tool::Ellipse},
        {m_actions->edit, ContourToolLayer::Tool::Edit}, {m_actions->brush, ContourToolLayer::Tool::Brush},
        {m_actions->eraser, ContourToolLayer::Tool::Eraser}};
    for (const auto& [action, tool] : tools) {
        const ContourToolLayer::Tool t = tool;
        connect(action, &QAction::triggered, layer, [this, layer, t] {
            layer->setTool(t);
            if (t != ContourToolLayer::Tool::Navigate)
                m_dock->show();
        });
    }
    connect(m_actions->undo, &QAction::triggered, m_session, &AnnotationSession::undo);
    connect(m_actions->redo, &QAction::triggered, m_session, &AnnotationSession::redo);
    connect(m_actions->copyToNextFrame, &QAction::triggered, this, &AnnotationController::copyToNextFrame);
    connect(m_actions->interpolate, &QAction::triggered, this, &AnnotationController::interpolate);
    // The brush size is a habit of the hand: remembered across sessions.
    layer->brush().setRadius(QSettings().value(QStringLiteral("annotation/brushRadius"), BrushTool::kDefaultRadius).toDouble());
    connect(layer, &ContourToolLayer::brushRadiusChanged, this, [this](double r) {
        QSettings().setValue(QStringLiteral("annotation/brushRadius"), r);
        emit message(tr("Brush radius %1 px ([ smaller, ] larger)").arg(r, 0, 'f', 1));
    });
    connect(m_session, &AnnotationSession::contoursReloaded, this, &AnnotationController::updateTimeline);
    connect(m_session, &AnnotationSession::stateChanged, this, [this] {
        m_timelineKey.clear(); // another workspace or study: always recompute
        updateTimeline();
    });
    connect(m_actions->newWorkspace, &QAction::triggered, this, &AnnotationController::chooseNewWorkspace);
    connect(m_actions->openWorkspace, &QAction::triggered, this, &AnnotationController::chooseOpenWorkspace);
    connect(m_session, &AnnotationSession::stateChanged, this, &AnnotationController::updateActions);
    connect(m_session, &AnnotationSession::contoursReloaded, this, &AnnotationController::updateActions);
    connect(m_session, &AnnotationSession::errorOccurred, this, [this](const QString& error) {
        emit message(error);
        // A change that could not be stored must not go unnoticed (never blocks: open()).
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Annotation Not Stored"), error, QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(tr("The workspace keeps its last good state."));
        box->open();
    });
    connect(viewer, &StudyViewer::frameShown, m_session, &AnnotationSession::setFrame);
    connect(viewer, &StudyViewer::frameShown, this, &AnnotationController::updateActions);
    updateActions();
}

void AnnotationController::studyOpened(const QString& path, const media::FrameSource& source)
{
    m_session->setStudy(path, source.calibration());
    if (m_session->canEdit())
        emit message(tr("Annotations of this study are stored in the workspace %1.")
                         .arg(QDir::toNativeSeparators(m_session->workspace()->dir())));
}

void AnnotationController::studyClosed() { m_session->clearStudy(); }

void AnnotationController::updateActions()
{
    const bool editable = m_session->canEdit();
    m_actions->setToolsEnabled(editable, m_session->whyDisabled());
    if (!editable)
        m_session->toolLayer()->setTool(ContourToolLayer::Tool::Navigate);
    QUndoStack* stack = m_session->undoStack();
    m_actions->undo->setEnabled(editable && stack && stack->canUndo());
    m_actions->redo->setEnabled(editable && stack && stack->canRedo());
    const bool canCopy = editable && m_session->frame() + 1 < m_viewer->frameCount() && !m_session->contoursToCopy().isEmpty();
    m_actions->copyToNextFrame->setEnabled(canCopy);
    m_actions->copyToNextFrame->setToolTip(canCopy ? m_actions->copyToNextFrame->data().toString()
                                           : !editable ? m_session->whyDisabled()
                                           : m_session->frame() + 1 >= m_viewer->frameCount()
                                               ? tr("This is the last frame: there is no next frame to copy to")
                                               : tr("No contour of yours on this frame to copy"));
    const bool cine = m_viewer->frameCount() > 2;
    m_actions->interpolate->setEnabled(editable && cine);
    m_actions->interpolate->setToolTip(editable && cine ? m_actions->interpolate->data().toString()
                                       : !editable ? m_session->whyDisabled()
                                                   : tr("Interpolation needs a cine of at least three frames"));
    if (stack) {
        m_actions->undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        m_actions->redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    }
}

void AnnotationController::copyToNextFrame()
{
    const int next = m_session->frame() + 1;
    if (next >= m_viewer->frameCount())
        return;
    const int copied = m_session->copyToFrame(next);
    if (copied <= 0)
        return;
    m_viewer->showFrame(next);
    emit message(tr("Copied %n contour(s) to frame %1.", nullptr, copied).arg(next + 1));
}

void AnnotationController::interpolate()
{
    bool ok = false;
    const QString text = m_session->interpolateKeyFrames(&ok);
    emit message(text);
    if (ok)
        return;
    // Why nothing happened must be seen, but never block (open(), not exec()).
    auto* box = new QMessageBox(QMessageBox::Information, tr("Interpolate Between Key Frames"), text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("interpolationNotice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void AnnotationController::updateTimeline()
{
    QUndoStack* stack = m_session->undoStack();
    const QString key = QStringLiteral("%1/%2/%3/%4/%5")
                            .arg(quintptr(m_session->workspace())).arg(m_session->studyId())
                            .arg(quintptr(stack)).arg(stack ? stack->index() : -1).arg(m_session->editingRater());
    if (key == m_timelineKey)
        return;
    m_timelineKey = key;
    QList<FrameMark> marks;
    if (m_session->workspace() && m_session->studyId() > 0) {
        QList<annotation::Contour> mine;
        for (const annotation::Contour& c : annotation::loadContours(*m_session->workspace(), m_session->studyId()))
            if (c.rater == m_session->editingRater())
                mine << c;
        marks = timelineMarks(mine);
    }
    m_viewer->cineControls()->setFrameMarks(marks, timelineLegend(m_session->editingRater()));
}

void AnnotationController::chooseNewWorkspace()
{
    const QString dir = QFileDialog::getExistingDirectory(m_window, tr("New Workspace: choose an empty folder"));
    if (dir.isEmpty())
        return;
    if (!m_session->createWorkspace(dir)) {
        QMessageBox::warning(m_window, tr("Cannot Create Workspace"), m_session->error());
        return;
    }
    emit message(tr("Workspace %1 created.").arg(QDir::toNativeSeparators(dir)));
}

void AnnotationController::chooseOpenWorkspace()
{
    const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Open Workspace"));
    if (dir.isEmpty())
        return;
    if (!m_session->openWorkspace(dir)) {
        QMessageBox::warning(m_window, tr("Cannot Open Workspace"), m_session->error());
        return;
    }
    const auto* ws = m_session->workspace();
    emit message(ws->isReadOnly() ? tr("Workspace %1 is open read-only: %2").arg(QDir::toNativeSeparators(dir), ws->readOnlyReason())
                                  : tr("Workspace %1 opened.").arg(QDir::toNativeSeparators(dir)));
}

} // namespace ns::ui
