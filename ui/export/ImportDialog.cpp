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
    : DatasetJobDialog(parent), m_workspaceDir(workspaceDir)
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
    addProgressAndStatus(layout);
    layout->addWidget(addButtons(tr("&Import"), tr("Import the folder into the workspace (Enter)"),
                                 tr("Close the dialog (Esc); while importing, stop and leave the workspace unchanged"), &m_import));
    setMinimumWidth(560);

    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Import Dataset Folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::start);
    connect(job(), &DatasetJob::importFinished, this, &ImportDialog::done);
}

void ImportDialog::start()
{
    if (isRunning())
        return;
    const QString dir = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (dir.isEmpty() || !QFileInfo(dir).isDir()) {
        setStatus(dir.isEmpty() ? tr("Choose the dataset folder.") : tr("%1 is not a folder.").arg(QDir::toNativeSeparators(dir)));
        return;
    }
    m_summary = {};
    setRunning(true);
    setStatus(tr("Importing…"));
    emit aboutToImport();
    job()->startImport(m_workspaceDir, ImportFormat(m_format->currentData().toInt()), dir);
}

void ImportDialog::setRunning(bool running)
{
    m_format->setEnabled(!running);
    m_folder->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_import->setEnabled(!running);
    progressBar()->setVisible(running);
    showRunning(running);
}

void ImportDialog::done(const exporting::ImportSummary& s)
{
    setRunning(false);
    m_summary = s;
    if (!s.ok) {
        setStatus(job()->isCancelled() ? tr("Import cancelled; the workspace is unchanged.")
                                        : tr("Import failed; the workspace is unchanged: %1").arg(s.error));
    } else {
        QString text = tr("Imported %n contour(s)", nullptr, s.contours) + QStringLiteral(" ")
                       + tr("on %n new stud(ies)", nullptr, s.studies);
        if (s.reused > 0)
            text += QStringLiteral(" ") + tr("and %n already in the workspace", nullptr, s.reused);
        if (s.approved > 0) {
            const int approved = s.approved; // lupdate: a plain variable for %n
            text += QStringLiteral("; ") + tr("%n frame(s) approved", nullptr, approved);
        }
        if (s.graded > 0) {
            const int graded = s.graded; // lupdate: a plain variable for %n
            text += QStringLiteral("; ") + tr("%n stud(ies) graded", nullptr, graded);
        }
        setStatus(text + QLatin1Char('.'));
    }
    emit importEnded(s.ok);
}

} // namespace ns::ui
