#pragma once
// File > Export Dataset…: the export options (ExportOptionsForm), then the export on a
// worker thread with a progress bar and Cancel, then a summary (frames, contours, files,
// skipped studies) with Open Folder. A cancelled or failed export leaves no output folder
// (the core writes into OUT.partial and renames it only when complete).

#include "core/export/Exporter.h"
#include "ui/export/ExportOptionsForm.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace ns::ui {

class DatasetJob;

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(const ExportOptionsForm::Context& context, QWidget* parent = nullptr);
    ~ExportDialog() override;

    ExportOptionsForm* form() const { return m_form; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* openFolderButton() const { return m_openFolder; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }
    bool isRunning() const;
    // The last export's result (ok false until one succeeded).
    const exporting::ExportSummary& summary() const { return m_summary; }

    void reject() override; // Esc / Close: cancels a running export first

signals:
    void exportDone(bool ok);

private:
    void start();
    void done(const exporting::ExportSummary& summary);
    void setRunning(bool running);

    QString m_workspaceDir;
    ExportOptionsForm* m_form;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_export;
    QPushButton* m_cancel;
    QPushButton* m_openFolder;
    DatasetJob* m_job;
    exporting::ExportSummary m_summary;
};

} // namespace ns::ui
