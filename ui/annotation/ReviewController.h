#pragma once
// Raters and review in the main window: who is annotating (asked once per installation,
// switchable in the Review toolbar), other raters' contours over the image with a
// legend, their agreement on the frame, the review status of the frame and the study
// with Approve / Revoke as undoable edits, and the audit log. AnnotationController makes
// one; the window places menu() and toolBar() (the docks place themselves).

#include "core/annotation/Contour.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QMainWindow;
class QMenu;
class QTimer;
class QToolBar;

namespace ns::ui {

class AnnotationSession;
class AuditLogView;
class RaterDialog;
class RaterOverlay;
class RatersPanel;
class StudyViewer;

class ReviewController : public QObject {
    Q_OBJECT
public:
    ReviewController(QMainWindow* window, StudyViewer* viewer, AnnotationSession* session);
    ~ReviewController() override;

    QAction* approveFrame = nullptr;  // Ctrl+Return
    QAction* revokeFrame = nullptr;   // Ctrl+Alt+Return
    QAction* approveStudy = nullptr;  // Ctrl+Shift+Return
    QAction* revokeStudy = nullptr;   // Ctrl+Shift+Alt+Return
    QAction* changeRater = nullptr;   // Ctrl+Shift+R

    QMenu* menu() const { return m_menu; }
    QToolBar* toolBar() const { return m_bar; }
    QComboBox* raterCombo() const { return m_raterCombo; }
    QLabel* statusLabel() const { return m_status; }
    QDockWidget* ratersDock() const { return m_ratersDock; }
    QDockWidget* auditDock() const { return m_auditDock; }
    RatersPanel* ratersPanel() const { return m_panel; }
    AuditLogView* auditLog() const { return m_audit; }
    RaterOverlay* overlay() const { return m_overlay; }
    // The rater question while it is open (null otherwise).
    RaterDialog* raterDialog() const;
    QStringList shortcutOverview() const;

    static QString statusName(annotation::ReviewStatus status);

public slots:
    void askRater();
    void refresh();

signals:
    void message(const QString& text);

private:
    QAction* make(const QString& text, const QKeySequence& key, const QString& tip);
    void buildToolBar();
    void fillRaterCombo();
    void updateOverlay();
    void setStatus(int frame, bool approve);

    QMainWindow* m_window;
    StudyViewer* m_viewer;
    AnnotationSession* m_session;
    QMenu* m_menu;
    QToolBar* m_bar = nullptr;
    QComboBox* m_raterCombo = nullptr;
    QLabel* m_status = nullptr;
    RatersPanel* m_panel;
    QDockWidget* m_ratersDock;
    AuditLogView* m_audit;
    QDockWidget* m_auditDock;
    RaterOverlay* m_overlay;
    QTimer* m_auditTimer;
    QPointer<RaterDialog> m_dialog;
    QStringList m_comboNames;
    void* m_auditWorkspace = nullptr; // the workspace the audit view shows
};

} // namespace ns::ui
