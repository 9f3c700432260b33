#pragma once
// The AI dock: pick a model (its card in the tooltip and a line below), see where it runs,
// segment the frame or the cine with progress and Cancel, decide on each prediction
// (Accept, Edit, Reject), and grade the study. The notice that the default models come
// from synthetic phantoms is always in view.

#include "core/annotation/Contour.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace ns::ui {

class AiController;
class ExplainPanel;
class ClinicianGrade;
class GradeView;
class PredictionOverlay;
class ImageView;
class StudyViewer;

class AiPanel : public QWidget {
    Q_OBJECT
public:
    AiPanel(AiController* controller, StudyViewer* viewer, QWidget* parent = nullptr);
    ~AiPanel() override;

    // Narrow by default (long card lines wrap): beside Study Information it must leave the
    // image a useful width on a 1024-px screen.
    QSize sizeHint() const override;

    QList<QAction*> menuActions() const;
    QAction* segmentFrameAction() const { return m_segmentFrame; }
    QAction* segmentCineAction() const { return m_segmentCine; }
    QAction* gradeAction() const { return m_grade; }
    QAction* acceptAction() const { return m_accept; }
    QAction* acceptEveryFrameAction() const { return m_acceptEvery; }
    QAction* editAction() const { return m_edit; }
    QAction* rejectAction() const { return m_reject; }
    QAction* cancelAction() const { return m_cancel; }
    QListWidget* predictionList() const { return m_list; }
    QComboBox* modelCombo() const { return m_models; }
    QComboBox* graderCombo() const { return m_graders; }
    // The grader chosen in the combo: its card, and the source its grades are stored under
    // (empty when none is installed).
    QString graderCardPath() const;
    annotation::ContourSource graderSource() const;
    GradeView* gradeView() const { return m_gradeView; }
    // Shown when the chosen model was trained on another view than the study names.
    QLabel* segmentationViewWarning() const { return m_segViewWarning; }
    QLabel* gradingViewWarning() const { return m_gradeViewWarning; }
    ClinicianGrade* clinicianGrade() const { return m_clinician; }
    QLabel* deviceLabel() const { return m_device; }
    QProgressBar* progressBar() const { return m_progress; }
    // The running job's progress bar and Cancel button, shared by segmenting and grading.
    // Not in the panel's own layout: the dock pins it below the scrolling panel, so it stays
    // in sight whichever section started the job.
    QWidget* jobStatus() const { return m_jobStatus; }
    ExplainPanel* explainPanel() const { return m_explain; }
    void reloadModels();

private:
    void showFrame(int frame);
    void refreshList();
    void updateEnabled();
    int selectedIndex() const;
    QString cardSummary(int comboIndex, const QComboBox* combo) const;
    void showSegmentationModel(); // the chosen one: to the controller, its card below the combo
    void updateViewWarnings();

    AiController* m_ai;
    StudyViewer* m_viewer;
    QPointer<ImageView> m_view; // may die first when the window is torn down
    std::unique_ptr<PredictionOverlay> m_overlay;
    QComboBox* m_models;
    QLabel* m_card;
    QLabel* m_device;
    QCheckBox* m_cpu;
    QWidget* m_jobStatus;
    QProgressBar* m_progress;
    QPushButton* m_cancelButton;
    QListWidget* m_list;
    QComboBox* m_graders;
    QLabel* m_segViewWarning;
    QLabel* m_gradeViewWarning;
    GradeView* m_gradeView;
    ClinicianGrade* m_clinician;
    ExplainPanel* m_explain = nullptr;
    QAction* m_segmentFrame;
    QAction* m_segmentCine;
    QAction* m_grade;
    QAction* m_accept;
    QAction* m_acceptEvery;
    QAction* m_edit;
    QAction* m_reject;
    QAction* m_cancel;
    int m_frame = 0;
};

} // namespace ns::ui
