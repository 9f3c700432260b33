#pragma once
// File > Export Dataset…: the export options (ExportOptionsForm), then the export on a
// worker thread with a progress bar and Cancel, then a summary (frames, contours, files,
// skipped studies) with Open Folder. A cancelled or failed export leaves no output folder
// (the core writes into OUT.partial and renames it only when complete).

#include "core/export/Exporter.h"
#include "ui/export/DatasetJobDialog.h"
#include "ui/export/ExportOptionsForm.h"

class QPushButton;

namespace ns::ui {

class ExportDialog : public DatasetJobDialog {
    Q_OBJECT
public:
    ExportDialog(const ExportOptionsForm::Context& context, QWidget* parent = nullptr);

    ExportOptionsForm* form() const { return m_form; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* openFolderButton() const { return m_openFolder; }
    // The last export's result (ok false until one succeeded).
    const exporting::ExportSummary& summary() const { return m_summary; }

signals:
    void exportDone(bool ok);

private:
    void start();
    void done(const exporting::ExportSummary& summary);
    void setRunning(bool running);

    QString m_workspaceDir;
    ExportOptionsForm* m_form;
    QPushButton* m_export = nullptr;
    QPushButton* m_openFolder;
    exporting::ExportSummary m_summary;
};

} // namespace ns::ui
