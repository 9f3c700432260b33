#pragma once
// File > Import Dataset…: a dataset folder (PNG + manifest, COCO or nnU-Net) into the open
// workspace, on a worker thread with progress and Cancel, then a summary. All or nothing:
// a failed or cancelled import leaves the workspace as it was (one transaction in the core).
// The window lets go of its workspace connection while the import writes (aboutToImport /
// importEnded), so the study browser shows the new studies when it takes it back.

#include "core/export/DatasetImport.h"
#include "ui/export/DatasetJobDialog.h"

class QComboBox;
class QLineEdit;
class QPushButton;

namespace ns::ui {

class ImportDialog : public DatasetJobDialog {
    Q_OBJECT
public:
    ImportDialog(const QString& workspaceDir, QWidget* parent = nullptr);

    QComboBox* formatBox() const { return m_format; }
    QLineEdit* folderEdit() const { return m_folder; }
    QPushButton* importButton() const { return m_import; }
    const exporting::ImportSummary& summary() const { return m_summary; }

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
    QPushButton* m_import = nullptr;
    exporting::ImportSummary m_summary;
};

} // namespace ns::ui
