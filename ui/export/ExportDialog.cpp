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
    : QDialog(parent), m_workspaceDir(context.workspaceDir), m_job(new DatasetJob(this))
{
    setWindowTitle(tr("Export Dataset"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Export the labelled frames of the workspace <b>%1</b> as a dataset.")
                                 .arg(QDir::toNativeSeparators(context.workspaceDir).toHtmlEscaped()), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_form = new ExportOptionsForm(context, this);
    layout->addWidget(m_form);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    // Open Folder sits outside the button box, which shows every button it lays out.
    auto* row = new QHBoxLayout;
    m_openFolder = new QPushButton(tr("Open &Folder"), this);
    m_openFolder->setToolTip(tr("Show the exported folder in the file manager"));
    m_openFolder->setAutoDefault(false);
    m_openFolder->hide();
    row->addWidget(m_openFolder);
    auto* buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    m_export->setToolTip(tr("Write the dataset into the output folder (Enter)"));
    m_cancel = buttons->addButton(QDialogButtonBox::Close);
    m_cancel->setToolTip(tr("Close the dialog (Esc); while exporting, stop the export and write nothing"));
    row->addWidget(buttons, 1);
    layout->addLayout(row);

    connect(m_export, &QPushButton::clicked, this, &ExportDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_summary.outDir)); });
    connect(m_job, &DatasetJob::progress, this, [this](double f, const QString& message) {
        m_progress->setValue(int(f * 1000));
        if (!message.isEmpty())
            m_status->setText(message);
    });
    connect(m_job, &DatasetJob::exportFinished, this, &ExportDialog::done);
}

ExportDialog::~ExportDialog()
{
    m_job->cancel();
    m_job->wait();
}

bool ExportDialog::isRunning() const { return m_job->isRunning(); }

void ExportDialog::start()
{
    if (isRunning())
        return;
    const QString problem = m_form->problem();
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    m_summary = {};
    m_openFolder->setVisible(false);
    setRunning(true);
    m_status->setText(tr("Exporting…"));
    m_job->startExport(m_workspaceDir, m_form->format(), m_form->selection(), m_form->options(), m_form->outDir());
}

void ExportDialog::setRunning(bool running)
{
    m_form->setEnabled(!running);
    m_export->setEnabled(!running);
    m_progress->setVisible(running || m_progress->value() > 0);
    if (running)
        m_progress->setValue(0);
    m_cancel->setText(running ? tr("&Cancel") : tr("&Close"));
}

void ExportDialog::done(const exporting::ExportSummary& s)
{
    setRunning(false);
    if (!s.ok) {
        m_progress->setValue(0);
        m_progress->setVisible(false);
        m_status->setText(m_job->isCancelled() ? tr("Export cancelled; nothing was written.")
                                                : tr("Export failed: %1").arg(s.error));
        emit exportDone(false);
        return;
    }
    m_summary = s;
    m_progress->setValue(1000);
    QString text = tr("Exported %n frame(s)", nullptr, s.frames) + QStringLiteral(", ")
                   + tr("%n contour(s)", nullptr, s.contours) + QStringLiteral(", ") + tr("%n file(s)", nullptr, s.files)
                   + QStringLiteral(" — ") + tr("%n stud(ies)", nullptr, s.studies) + QStringLiteral("\n")
                   + QDir::toNativeSeparators(s.outDir);
    if (!s.notes.isEmpty())
        text += QStringLiteral("\n") + tr("Skipped: %1").arg(s.notes.join(QStringLiteral("\n")));
    m_status->setText(text);
    m_openFolder->setVisible(true);
    m_openFolder->setFocus();
    emit exportDone(true);
}

void ExportDialog::reject()
{
    if (isRunning()) {
        m_status->setText(tr("Cancelling…"));
        m_job->cancel(); // done() reports it; the dialog stays until then
        return;
    }
    QDialog::reject();
}

} // namespace ns::ui
