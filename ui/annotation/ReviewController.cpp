#include "ui/annotation/ReviewController.h"

#include "core/annotation/AnnotationEditor.h"
#include "core/annotation/ContourStore.h"
#include "core/annotation/ReviewStore.h"
#include "core/workspace/AuditLog.h"
#include "core/workspace/Workspace.h"
#include "ui/annotation/AnnotationSession.h"
#include "ui/annotation/AuditLogView.h"
#include "ui/annotation/RaterDialog.h"
#include "ui/annotation/RaterOverlay.h"
#include "ui/annotation/RatersPanel.h"
#include "ui/viewer/ImageView.h"
#include "ui/viewer/StudyViewer.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

namespace ns::ui {

ReviewController::ReviewController(QMainWindow* window, StudyViewer* viewer, AnnotationSession* session)
    : QObject(window), m_window(window), m_viewer(viewer), m_session(session), m_menu(new QMenu(tr("&Review"), window)),
      m_panel(new RatersPanel(session, viewer->imageView(), window)), m_audit(new AuditLogView(window)),
      m_overlay(new RaterOverlay(viewer->imageView())), m_auditTimer(new QTimer(this))
{
    approveFrame = make(tr("Approve &Frame"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                        tr("Mark the contours of this frame as reviewed and approved; undoable"));
    revokeFrame = make(tr("Revoke Frame Approval"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Return),
                       tr("Take back the approval of this frame; it is corrected, AI or unlabelled again, as its contours say"));
    approveStudy = make(tr("Approve &Study"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
                        tr("Mark the whole study as reviewed and approved; undoable"));
    revokeStudy = make(tr("Revoke Study Approval"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::ALT | Qt::Key_Return),
                       tr("Take back the approval of the study"));
    changeRater = make(tr("Change &Rater…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                       tr("Choose who is annotating; every later edit carries this name"));
    approveFrame->setIconText(tr("Approve Frame"));
    approveStudy->setIconText(tr("Approve Study"));
    revokeFrame->setIconText(tr("Revoke"));
    revokeStudy->setIconText(tr("Revoke Study"));

    m_ratersDock = new QDockWidget(tr("Raters"), window);
    m_ratersDock->setObjectName(QStringLiteral("ratersDock"));
    m_ratersDock->setWidget(m_panel);
    m_ratersDock->toggleViewAction()->setToolTip(tr("Show or hide the raters shown over the image and their agreement"));
    m_ratersDock->toggleViewAction()->setIconText(tr("Raters"));
    window->addDockWidget(Qt::RightDockWidgetArea, m_ratersDock);
    m_ratersDock->hide();
    m_auditDock = new QDockWidget(tr("Audit Log"), window);
    m_auditDock->setObjectName(QStringLiteral("auditDock"));
    m_auditDock->setWidget(m_audit);
    m_auditDock->toggleViewAction()->setToolTip(tr("Show or hide who changed what and when in this workspace"));
    m_auditDock->toggleViewAction()->setIconText(tr("Audit Log"));
    window->addDockWidget(Qt::BottomDockWidgetArea, m_auditDock);
    m_auditDock->hide();

    m_menu->addAction(changeRater);
    m_menu->addSeparator();
    m_menu->addActions({approveFrame, revokeFrame, approveStudy, revokeStudy});
    m_menu->addSeparator();
    m_menu->addAction(m_ratersDock->toggleViewAction());
    m_menu->addAction(m_auditDock->toggleViewAction());
    buildToolBar();

    // The audit view reads the file: batch the reloads a burst of edits causes.
    m_auditTimer->setSingleShot(true);
    m_auditTimer->setInterval(250);
    connect(m_auditTimer, &QTimer::timeout, m_audit, [this] {
        if (m_auditDock->isVisible())
            m_audit->refreshIfChanged();
    });
    connect(m_auditDock, &QDockWidget::visibilityChanged, m_auditTimer, [this](bool on) {
        if (on)
            m_auditTimer->start();
    });

    connect(approveFrame, &QAction::triggered, this, [this] { setStatus(m_session->frame(), true); });
    connect(revokeFrame, &QAction::triggered, this, [this] { setStatus(m_session->frame(), false); });
    connect(approveStudy, &QAction::triggered, this, [this] { setStatus(-1, true); });
    connect(revokeStudy, &QAction::triggered, this, [this] { setStatus(-1, false); });
    connect(changeRater, &QAction::triggered, this, &ReviewController::askRater);
    connect(m_panel, &RatersPanel::shownChanged, this, &ReviewController::updateOverlay);
    connect(session, &AnnotationSession::contoursReloaded, this, &ReviewController::refresh);
    connect(session, &AnnotationSession::stateChanged, this, &ReviewController::refresh);
    connect(session, &AnnotationSession::workspaceAdopted, this, [this] {
        if (!m_session->hasRememberedRater() && m_session->editor())
            askRater();
    });
    refresh();
}

ReviewController::~ReviewController() = default;

RaterDialog* ReviewController::raterDialog() const { return m_dialog; }

QAction* ReviewController::make(const QString& text, const QKeySequence& key, const QString& tip)
{
    auto* a = new QAction(text, m_window);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WindowShortcut);
    a->setToolTip(tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    a->setStatusTip(tip);
    m_window->addAction(a);
    return a;
}

void ReviewController::buildToolBar()
{
    m_bar = new QToolBar(tr("Review"), m_window);
    m_bar->setObjectName(QStringLiteral("reviewToolBar"));
    m_bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* label = new QLabel(tr(" Rater: "), m_bar);
    m_raterCombo = new QComboBox(m_bar);
    m_raterCombo->setObjectName(QStringLiteral("currentRaterCombo"));
    m_raterCombo->setToolTip(tr("Who is annotating: every contour, approval and grade is stored under this name. "
                                "Each rater has an undo history of their own."));
    m_raterCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_raterCombo->setMinimumContentsLength(8);
    label->setBuddy(m_raterCombo);
    m_bar->addWidget(label);
    m_bar->addWidget(m_raterCombo);
    m_bar->addSeparator();
    m_status = new QLabel(m_bar);
    m_status->setObjectName(QStringLiteral("reviewStatusLabel"));
    m_status->setToolTip(tr("Review status of the frame on screen and of the study. Without a review it follows the "
                            "contours: unlabelled, AI (model contours only) or corrected (a person drew or edited)."));
    m_status->setContentsMargins(6, 0, 6, 0);
    m_bar->addWidget(m_status);
    m_bar->addActions({approveFrame, revokeFrame, approveStudy, revokeStudy});
    m_bar->addSeparator();
    m_bar->addAction(m_ratersDock->toggleViewAction());
    m_bar->addAction(m_auditDock->toggleViewAction());

    connect(m_raterCombo, &QComboBox::activated, this, [this](int index) {
        const QString name = m_raterCombo->itemData(index).toString();
        if (name.isEmpty())
            askRater(); // "New Rater…"
        else
            m_session->setRater(name);
        fillRaterCombo();
    });
}

void ReviewController::fillRaterCombo()
{
    QStringList names = m_panel->allRaters();
    const QString own = m_session->editingRater();
    if (!names.contains(own))
        names << own;
    m_raterCombo->setEnabled(m_session->editor() != nullptr);
    // Refilled only on a change: this runs on every frame shown, and an open popup must stay.
    if (names == m_comboNames && m_raterCombo->currentData().toString() == own)
        return;
    m_comboNames = names;
    const QSignalBlocker block(m_raterCombo);
    m_raterCombo->clear();
    for (const QString& n : std::as_const(names))
        m_raterCombo->addItem(n, n);
    m_raterCombo->insertSeparator(m_raterCombo->count());
    m_raterCombo->addItem(tr("New Rater…"), QString());
    m_raterCombo->setCurrentIndex(m_raterCombo->findData(own));
}

QString ReviewController::statusName(annotation::ReviewStatus status)
{
    switch (status) {
    case annotation::ReviewStatus::Unlabelled: return tr("unlabelled");
    case annotation::ReviewStatus::AI: return tr("AI");
    case annotation::ReviewStatus::Corrected: return tr("corrected");
    case annotation::ReviewStatus::Approved: return tr("approved");
    }
    return {};
}

void ReviewController::refresh()
{
    fillRaterCombo();
    updateOverlay();
    auto* ws = m_session->workspace();
    if (static_cast<void*>(ws) != m_auditWorkspace) {
        m_auditWorkspace = ws;
        m_audit->setWorkspace(ws);
    }
    if (m_auditDock->isVisible())
        m_auditTimer->start();

    const bool editable = m_session->canEdit();
    std::optional<annotation::ReviewState> frame, study;
    if (ws && m_session->studyId() > 0) {
        frame = annotation::reviewState(*ws, m_session->studyId(), m_session->frame());
        study = annotation::reviewState(*ws, m_session->studyId(), -1);
    }
    auto describe = [](const std::optional<annotation::ReviewState>& s) {
        if (!s)
            return tr("—");
        if (s->status == annotation::ReviewStatus::Approved)
            return tr("<b>approved</b> by %1").arg(s->rater.toHtmlEscaped());
        return s->stored ? statusName(s->status) : tr("%1 (not reviewed)").arg(statusName(s->status));
    };
    m_status->setText(frame ? tr("Frame %1: %2 · Study: %3").arg(m_session->frame() + 1).arg(describe(frame), describe(study))
                            : tr("No study under review"));
    const bool frameApproved = frame && frame->status == annotation::ReviewStatus::Approved;
    const bool studyApproved = study && study->status == annotation::ReviewStatus::Approved;
    approveFrame->setEnabled(editable && frame && !frameApproved);
    revokeFrame->setEnabled(editable && frameApproved);
    approveStudy->setEnabled(editable && study && !studyApproved);
    revokeStudy->setEnabled(editable && studyApproved);
    changeRater->setEnabled(m_session->editor() != nullptr);
}

void ReviewController::updateOverlay()
{
    const QStringList all = m_panel->allRaters();
    const QStringList shown = m_panel->shownRaters();
    QList<RaterOverlay::Layer> layers;
    for (const QString& r : shown)
        layers << RaterOverlay::Layer{r, RaterOverlay::colourFor(r, all), {}};
    for (const auto& row : m_session->rows())
        for (auto& layer : layers)
            if (layer.rater == row.contour.rater)
                layer.contours << row.contour.vertices;
    // Raters with nothing on this frame stay out of the picture, but the legend keeps
    // them when others are drawn, so their absence is visible too.
    bool any = false;
    for (const auto& layer : layers)
        any = any || !layer.contours.isEmpty();
    if (!any)
        layers.clear();
    m_overlay->setLayers(layers.isEmpty() ? QString() : m_session->editingRater(), RaterOverlay::ownColour(), layers);
}

void ReviewController::setStatus(int frame, bool approve)
{
    annotation::AnnotationEditor* editor = m_session->editor();
    auto* ws = m_session->workspace();
    if (!editor || !ws || m_session->studyId() <= 0)
        return;
    // Revoking returns to what the contours say the frame (or the study) is.
    const annotation::ReviewStatus target = approve ? annotation::ReviewStatus::Approved
                                                    : annotation::derivedStatus(annotation::loadContours(*ws, m_session->studyId(), frame));
    if (!editor->setReviewStatus(m_session->studyId(), frame, target))
        return; // the session reports the error
    const QString what = frame < 0 ? tr("The study") : tr("Frame %1").arg(frame + 1);
    emit message(approve ? tr("%1 approved by %2.").arg(what, editor->rater())
                         : tr("%1: approval revoked by %2; now %3.").arg(what, editor->rater(), statusName(target)));
}

void ReviewController::askRater()
{
    if (m_dialog)
        return;
    QStringList names = m_panel->allRaters();
    m_dialog = new RaterDialog(names, m_session->editingRater(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        const QString name = m_dialog->rater();
        m_session->setRater(name);
        emit message(tr("Annotating as %1.").arg(name));
        refresh();
    });
    m_dialog->open(); // window-modal: no edit happens before the answer, and no nested loop
}

QStringList ReviewController::shortcutOverview() const
{
    QStringList lines;
    for (const QAction* a : {approveFrame, revokeFrame, approveStudy, revokeStudy, changeRater})
        lines << QStringLiteral("%1\t%2").arg(a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                               a->shortcut().toString(QKeySequence::NativeText));
    return lines;
}

} // namespace ns::ui
