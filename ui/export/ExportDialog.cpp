#include "ui/export/ExportDialog.h"

#include "ui/export/DatasetJob.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace ns::ui {

ExportDialog::ExportDialog(const ExportOptionsForm::Context& context, QWidget* parent)
    : DatasetJobDialog(parent), m_workspaceDir(context.workspaceDir)
{
    setWindowTitle(tr("Export Dataset"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Export the labelled frames of the workspace <b>%1</b> as a dataset.")
                                 .arg(QDir::toNativeSeparators(context.workspaceDir).toHtmlEscaped()), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_form = new ExportOptionsForm(context, this);
    layout->addWidget(m_form);
    addProgressAndStatus(layout);

    // Open Folder sits outside the button box, which shows every button it lays out.
    auto* row = new QHBoxLayout;
    m_openFolder = new QPushButton(tr("Open &Folder"), this);
    m_openFolder->setToolTip(tr("Show the exported folder in the file manager"));
    m_openFolder->setAutoDefault(false);
    m_openFolder->hide();
    row->addWidget(m_openFolder);
    row->addWidget(addButtons(tr("&Export"), tr("Write the dataset into the output folder (Enter)"),
                              tr("Close the dialog (Esc); while exporting, stop the export and write nothing"), &m_export),
                   1);
    layout->addLayout(row);

    connect(m_export, &QPushButton::clicked, this, &ExportDialog::start);
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_summary.outDir)); });
    connect(job(), &DatasetJob::exportFinished, this, &ExportDialog::done);
}

void ExportDialog::start()
{
    if (isRunning())
        return;
    const QString problem = m_form->problem();
    if (!problem.isEmpty()) {
        setStatus(problem);
        return;
    }
    m_summary = {};
    m_openFolder->setVisible(false);
    setRunning(true);
    setStatus(tr("Exporting…"));
    job()->startExport(m_workspaceDir, m_form->format(), m_form->selection(), m_form->options(), m_form->outDir());
}

void ExportDialog::setRunning(bool running)
{
    m_form->setEnabled(!running);
    m_export->setEnabled(!running);
    progressBar()->setVisible(running || progressBar()->value() > 0);
    showRunning(running);
}

void ExportDialog::done(const exporting::ExportSummary& s)
{
    setRunning(false);
    if (!s.ok) {
        progressBar()->setValue(0);
        progressBar()->setVisible(false);
        setStatus(job()->isCancelled() ? tr("Export cancelled; nothing was written.") : tr("Export failed: %1").arg(s.error));
        emit exportDone(false);
        return;
    }
    m_summary = s;
    progressBar()->setValue(1000);
    QString text = tr("Exported %n frame(s)", nullptr, s.frames) + QStringLiteral(", ")
                   + tr("%n contour(s)", nullptr, s.contours) + QStringLiteral(", ") + tr("%n file(s)", nullptr, s.files)
                   + QStringLiteral(" — ") + tr("%n stud(ies)", nullptr, s.studies) + QStringLiteral("\n")
                   + QDir::toNativeSeparators(s.outDir);
    if (!s.notes.isEmpty())
        text += QStringLiteral("\n") + tr("Skipped: %1").arg(s.notes.join(QStringLiteral("\n")));
    setStatus(text);
    m_openFolder->setVisible(true);
    m_openFolder->setFocus();
    emit exportDone(true);
}

} // namespace ns::ui
