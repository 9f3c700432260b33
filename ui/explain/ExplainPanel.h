#pragma once
// The Explain section of the AI panel: choose a model, the class to explain, a method (and
// optionally a second one to compare side by side), run it as a job with progress and
// Cancel, then see the heatmap over the frame with an opacity slider and a colour bar,
// toggle it, and export it as a PNG overlay or a float TIFF.

#include "inference/ModelRegistry.h"
#include "ui/explain/ExplainController.h"

#include <QGroupBox>
#include <QPointer>
#include <functional>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;

namespace ns::ui {

class ColourBar;
class HeatmapOverlay;
class SideBySideView;
class ImageView;
class StudyViewer;

class ExplainPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit ExplainPanel(StudyViewer* viewer, QWidget* parent = nullptr);
    ~ExplainPanel() override;

    // Where the models to explain come from: by default the installed ones; the AI panel
    // adds the workspace's promoted models, so a fine-tuned model can be explained too.
    using ModelLister = std::function<QList<inference::ModelEntry>()>;
    void setModelLister(ModelLister lister);
    void reloadModels();
    QList<QAction*> actions() const;
    void setForceCpu(bool cpu) { m_controller->setForceCpu(cpu); }

    // The pieces, for tests and screenshots.
    ExplainController* controller() const { return m_controller; }
    QAction* explainAction() const { return m_explain; }
    QAction* cancelAction() const { return m_cancel; }
    QAction* toggleAction() const { return m_toggle; }
    QComboBox* modelCombo() const { return m_models; }
    QComboBox* targetCombo() const { return m_targets; }
    QComboBox* methodCombo() const { return m_method; }
    QComboBox* compareCombo() const { return m_compare; }
    QLabel* viewWarning() const { return m_viewWarning; }
    QSlider* opacitySlider() const { return m_opacity; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }
    HeatmapOverlay* overlay() const { return m_overlay.get(); }
    SideBySideView* sideBySide() const { return m_sideBySide; }
    const ExplainOutcome& lastOutcome() const { return m_last; }
    // Exports of the heatmap on screen; false with a reason in the status line.
    bool exportOverlay(const QString& path);
    bool exportRaw(const QString& path);

private:
    void run();
    void showOutcome(const ExplainOutcome& outcome);
    void fillTargets();
    void updateViewWarning();
    void updateEnabled();
    void setStatus(const QString& text);
    QImage displayedFrame() const;

    StudyViewer* m_viewer;
    QPointer<ImageView> m_view; // may die first when the window is torn down
    ExplainController* m_controller;
    std::unique_ptr<HeatmapOverlay> m_overlay;
    SideBySideView* m_sideBySide = nullptr;
    QComboBox* m_models;
    QComboBox* m_targets;
    QComboBox* m_method;
    QComboBox* m_compare;
    QCheckBox* m_show;
    QSlider* m_opacity;
    ColourBar* m_bar;
    QProgressBar* m_progress;
    QPushButton* m_cancelButton;
    QPushButton* m_exportPng;
    QPushButton* m_exportTiff;
    QLabel* m_status;
    QLabel* m_viewWarning;
    ModelLister m_lister;
    QAction* m_explain;
    QAction* m_cancel;
    QAction* m_toggle;
    ExplainOutcome m_last;
};

} // namespace ns::ui
