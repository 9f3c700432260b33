#include "ui/annotation/RaterDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ns::ui {

RaterDialog::RaterDialog(const QStringList& raters, const QString& current, QWidget* parent)
    : QDialog(parent), m_combo(new QComboBox(this))
{
    setWindowTitle(tr("Who Is Annotating?"));
    setObjectName(QStringLiteral("raterDialog"));
    auto* text = new QLabel(tr("Every contour, approval and grade you make is stored under your rater name, "
                               "so several raters' work stays apart. Pick your name or type a new one."),
                            this);
    text->setWordWrap(true);
    m_combo->setObjectName(QStringLiteral("raterCombo"));
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->addItems(raters);
    m_combo->setToolTip(tr("Raters already in this workspace; type a new name to add one"));
    const int at = raters.indexOf(current);
    if (at >= 0)
        m_combo->setCurrentIndex(at);
    else
        m_combo->setEditText(current);
    m_combo->lineEdit()->setPlaceholderText(tr("Your name or initials"));
    m_combo->lineEdit()->selectAll();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Annotate as This Rater"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_combo, &QComboBox::editTextChanged, this, [this](const QString& t) { m_ok->setEnabled(!t.trimmed().isEmpty()); });
    m_ok->setEnabled(!rater().isEmpty());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_combo);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    m_combo->setFocus();
}

QString RaterDialog::rater() const { return m_combo->currentText().trimmed(); }

} // namespace ns::ui
