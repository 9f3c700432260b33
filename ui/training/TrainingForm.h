#pragma once
// The settings of a training run: task and network, the model to start from, the data (a
// dataset folder for now, with its split by patient shown), the output, the hyperparameters
// and the augmentation ranges. Everything has a tooltip and a sensible default; the form
// turns into a TrainingConfig.

#include "core/export/ExportModel.h"
#include "inference/training/TrainingConfig.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace ns::workspace { class Workspace; }

namespace ns::ui {

class TrainingForm : public QWidget {
    Q_OBJECT
public:
    explicit TrainingForm(QWidget* parent = nullptr);

    // The run these settings describe (recipe, resume and threads included).
    training::TrainingConfig config() const;
    // The card of the current default of the task (first of modelChoices), or empty.
    QString defaultModelCard() const;
    QString baseModelCard() const; // empty: from scratch

    void setWorkspace(workspace::Workspace* ws); // refreshes the base models; may be null
    void setTask(training::TrainingTask task);
    void setDataFolder(const QString& dir);
    void setOutputFolder(const QString& dir);
    // Hook for "the approved and corrected annotations of this workspace": a function that
    // names the dataset folder they are exported to for the run (the page exports them on
    // the training thread), or empty with *error.
    // Until one is set the choice stays disabled.
    using WorkspaceExporter = std::function<QString(const exporting::ExportSelection& filter, QString* error)>;
    void setWorkspaceExporter(WorkspaceExporter exporter);
    bool usesWorkspaceAnnotations() const;
    // The exporter's folder when the workspace is the source; the dataset folder otherwise.
    QString resolveDataFolder(QString* error);

    QComboBox* taskBox() const { return m_task; }
    QComboBox* architectureBox() const { return m_arch; }
    QComboBox* baseBox() const { return m_base; }
    QSpinBox* epochsBox() const { return m_epochs; }
    QSpinBox* batchBox() const { return m_batch; }
    QSpinBox* inputBox() const { return m_input; }
    QSpinBox* threadsBox() const { return m_threads; }
    QSpinBox* patienceBox() const { return m_patience; }
    QComboBox* scheduleBox() const { return m_schedule; }
    QDoubleSpinBox* dropoutBox() const { return m_dropout; }
    QLineEdit* nameEdit() const { return m_name; }
    QLabel* dataSummary() const { return m_summary; }
    QRadioButton* workspaceChoice() const { return m_fromWorkspace; }
    class DataFilterBox* filters() const { return m_filters; }

signals:
    void changed(); // anything that decides which run (and checkpoint) this is

private:
    QWidget* buildModelBox();
    QWidget* buildDataBox();
    QWidget* buildHyperBox();
    QWidget* buildAugmentBox();
    void onTaskChanged();
    void onBaseChanged();
    void refreshBases();
    void refreshSummary();

    workspace::Workspace* m_ws = nullptr;
    WorkspaceExporter m_exporter;
    class DataFilterBox* m_filters = nullptr;
    QComboBox* m_task = nullptr;
    QComboBox* m_arch = nullptr;
    QComboBox* m_base = nullptr;
    QLabel* m_baseNote = nullptr;
    QRadioButton* m_fromFolder = nullptr;
    QRadioButton* m_fromWorkspace = nullptr;
    QLineEdit* m_data = nullptr;
    QLabel* m_summary = nullptr;
    QLineEdit* m_out = nullptr;
    QLineEdit* m_name = nullptr;
    QSpinBox* m_epochs = nullptr;
    QSpinBox* m_batch = nullptr;
    QDoubleSpinBox* m_lr = nullptr;
    QComboBox* m_schedule = nullptr;
    QDoubleSpinBox* m_dropout = nullptr;
    QSpinBox* m_input = nullptr;
    QSpinBox* m_patience = nullptr;
    QSpinBox* m_seed = nullptr;
    QSpinBox* m_threads = nullptr;
    QDoubleSpinBox* m_shear = nullptr;
    QDoubleSpinBox* m_rotation = nullptr;
    QDoubleSpinBox* m_scaleMin = nullptr;
    QDoubleSpinBox* m_scaleMax = nullptr;
    QDoubleSpinBox* m_shift = nullptr;
    QCheckBox* m_flip = nullptr;
};

} // namespace ns::ui
