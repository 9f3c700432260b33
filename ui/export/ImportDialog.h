#pragma once
// File > Import Dataset…: a dataset folder (PNG + manifest, COCO or nnU-Net) into the open
// workspace, on a worker thread with progress and Cancel, then a summary. All or nothing:
// a failed or cancelled import leaves the workspace as it was (one transaction in the core).
// The window lets go of its workspace connection while the import writes (aboutToImport /
// importEnded), so the study browser shows the new studies when it takes it back.

#include "core/export/DatasetImport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ns::ui {

class DatasetJob;

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(const QString& workspaceDir, QWidget* parent = nullptr);
    ~ImportDialog() override;

    QComboBox* formatBox() const { return m_format; }
    QLineEdit* folderEdit() const { return m_folder; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }
    bool isRunning() const;
    const exporting::ImportSummary& summary() const { return m_summary; }

    void reject() override;

signals:
    void aboutToImport();       // release the workspace: the worker opens it for writing
    void importEnded(bool ok);  // take it back (and refresh what shows it)

private:
    void start();
    void done(const exporting::ImportSummary& summary);
    void setRunning(bool running);

    QString m_workspaceDir;
    QComboBox* m_format;
    QLineEdit* m_folder;
    QPushButton* m_browse;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_import;
    QPushButton* m_cancel;
    DatasetJob* m_job;
    exporting::ImportSummary m_summary;
};

} // namespace ns::ui
