#include "ui/export/DatasetJobDialog.h"

#include "ui/export/DatasetJob.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ns::ui {

DatasetJobDialog::DatasetJobDialog(QWidget* parent) : QDialog(parent), m_job(new DatasetJob(this))
{
    connect(m_job, &DatasetJob::progress, this, [this](double f, const QString& message) {
        m_progress->setValue(int(f * 1000));
        if (!message.isEmpty())
            m_status->setText(message);
    });
}

DatasetJobDialog::~DatasetJobDialog()
{
    m_job->cancel();
    m_job->wait();
}

bool DatasetJobDialog::isRunning() const { return m_job->isRunning(); }

void DatasetJobDialog::addProgressAndStatus(QVBoxLayout* layout)
{
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
}

QDialogButtonBox* DatasetJobDialog::addButtons(const QString& action, const QString& actionTip, const QString& closeTip,
                                               QPushButton** button)
{
    auto* buttons = new QDialogButtonBox(this);
    *button = buttons->addButton(action, QDialogButtonBox::AcceptRole);
    (*button)->setDefault(true);
    (*button)->setToolTip(actionTip);
    m_cancel = buttons->addButton(QDialogButtonBox::Close);
    m_cancel->setToolTip(closeTip);
    connect(m_cancel, &QPushButton::clicked, this, &DatasetJobDialog::reject);
    return buttons;
}

void DatasetJobDialog::showRunning(bool running)
{
    if (running)
        m_progress->setValue(0);
    m_cancel->setText(running ? tr("&Cancel") : tr("&Close"));
}

void DatasetJobDialog::setStatus(const QString& text) { m_status->setText(text); }

void DatasetJobDialog::reject()
{
    if (isRunning()) {
        m_status->setText(tr("Cancelling…"));
        m_job->cancel(); // the subclass's done() reports it; the dialog stays until then
        return;
    }
    QDialog::reject();
}

} // namespace ns::ui
