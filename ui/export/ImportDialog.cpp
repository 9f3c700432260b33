#include "ui/export/ImportDialog.h"

#include "ui/export/DatasetJob.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ns::ui {

using exporting::ImportFormat;

ImportDialog::ImportDialog(const QString& workspaceDir, QWidget* parent)
    : QDialog(parent), m_workspaceDir(workspaceDir), m_job(new DatasetJob(this))
{
    setWindowTitle(tr("Import Dataset"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Each image of the dataset becomes a study of the workspace <b>%1</b>, its masks or polygons "
                                "become contours. Nothing changes unless the whole import succeeds.")
                                 .arg(QDir::toNativeSeparators(workspaceDir).toHtmlEscaped()), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->addItem(tr("png — images, masks and manifest.json"), int(ImportFormat::Png));
    m_format->addItem(tr("coco — images and a COCO JSON file"), int(ImportFormat::Coco));
    m_format->addItem(tr("nnunet — nnU-Net v2 raw (imagesTr, labelsTr)"), int(ImportFormat::NnUnet));
    m_format->setToolTip(tr("The layout of the dataset folder"));
    form->addRow(tr("&Format:"), m_format);
    auto* row = new QHBoxLayout;
    m_folder = new QLineEdit(this);
    m_folder->setToolTip(tr("The dataset folder to import"));
    m_browse = new QPushButton(tr("Bro&wse…"), this);
    m_browse->setToolTip(tr("Choose the dataset folder"));
    row->addWidget(m_folder, 1);
    row->addWidget(m_browse);
    auto* folderLabel = new QLabel(tr("F&older:"), this);
    folderLabel->setBuddy(m_folder); // a layout row gets no buddy of its own
    form->addRow(folderLabel, row);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    m_import->setToolTip(tr("Import the folder into the workspace (Enter)"));
    m_cancel = buttons->addButton(QDialogButtonBox::Close);
    m_cancel->setToolTip(tr("Close the dialog (Esc); while importing, stop and leave the workspace unchanged"));
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Import Dataset Folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_job, &DatasetJob::progress, this, [this](double f, const QString& message) {
        m_progress->setValue(int(f * 1000));
        if (!message.isEmpty())
            m_status->setText(message);
    });
    connect(m_job, &DatasetJob::importFinished, this, &ImportDialog::done);
}

ImportDialog::~ImportDialog()
{
    m_job->cancel();
    m_job->wait();
}

bool ImportDialog::isRunning() const { return m_job->isRunning(); }

void ImportDialog::start()
{
    if (isRunning())
        return;
    const QString dir = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (dir.isEmpty() || !QFileInfo(dir).isDir()) {
        m_status->setText(dir.isEmpty() ? tr("Choose the dataset folder.") : tr("%1 is not a folder.").arg(QDir::toNativeSeparators(dir)));
        return;
    }
    m_summary = {};
    setRunning(true);
    m_status->setText(tr("Importing…"));
    emit aboutToImport();
    m_job->startImport(m_workspaceDir, ImportFormat(m_format->currentData().toInt()), dir);
}

void ImportDialog::setRunning(bool running)
{
    m_format->setEnabled(!running);
    m_folder->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_import->setEnabled(!running);
    m_progress->setVisible(running);
    if (running)
        m_progress->setValue(0);
    m_cancel->setText(running ? tr("&Cancel") : tr("&Close"));
}

void ImportDialog::done(const exporting::ImportSummary& s)
{
    setRunning(false);
    m_summary = s;
    if (!s.ok) {
        m_status->setText(m_job->isCancelled() ? tr("Import cancelled; the workspace is unchanged.")
                                                : tr("Import failed; the workspace is unchanged: %1").arg(s.error));
    } else {
        QString text = tr("Imported %n contour(s)", nullptr, s.contours) + QStringLiteral(" ")
                       + tr("on %n new stud(ies)", nullptr, s.studies);
        if (s.reused > 0)
            text += QStringLiteral(" ") + tr("and %n already in the workspace", nullptr, s.reused);
        m_status->setText(text + QLatin1Char('.'));
    }
    emit importEnded(s.ok);
}

void ImportDialog::reject()
{
    if (isRunning()) {
        m_status->setText(tr("Cancelling…"));
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace ns::ui
