#include "ui/training/DataFilterBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace ns::ui {

namespace {

QSet<QString> listOf(const QLineEdit* edit)
{
    QSet<QString> out;
    for (const QString& part : edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString t = part.trimmed(); !t.isEmpty())
            out.insert(t);
    return out;
}

} // namespace

DataFilterBox::DataFilterBox(QWidget* parent) : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_view = new QComboBox(this);
    m_view->addItem(tr("Task default"), QString());
    m_view->addItem(tr("Wrist (transverse)"), QStringLiteral("wrist"));
    m_view->addItem(tr("Forearm (transverse)"), QStringLiteral("forearm"));
    m_view->addItem(tr("Longitudinal"), QStringLiteral("longitudinal"));
    m_view->setToolTip(tr("Frames of this view in the manifest (frames with no view, as in workspace exports, always count)"));
    form->addRow(tr("&View:"), m_view);
    m_raters = new QLineEdit(this);
    m_raters->setPlaceholderText(tr("every rater"));
    m_raters->setToolTip(tr("Only these raters' contours, comma-separated (workspace annotations)"));
    form->addRow(tr("&Raters:"), m_raters);
    m_scanners = new QLineEdit(this);
    m_scanners->setPlaceholderText(tr("every scanner"));
    m_scanners->setToolTip(tr("Only studies from these scanner models (the DICOM Manufacturer's Model Name), comma-separated"));
    form->addRow(tr("S&canners:"), m_scanners);
    m_approved = new QCheckBox(tr("Approved frames only"), this);
    m_approved->setToolTip(tr("Leave out frames nobody has approved yet"));
    form->addRow(m_approved);
    connect(m_view, &QComboBox::currentIndexChanged, this, &DataFilterBox::changed);
    connect(m_raters, &QLineEdit::editingFinished, this, &DataFilterBox::changed);
    connect(m_scanners, &QLineEdit::editingFinished, this, &DataFilterBox::changed);
    connect(m_approved, &QCheckBox::toggled, this, &DataFilterBox::changed);
    setWorkspaceFiltersEnabled(false);
}

QString DataFilterBox::view() const { return m_view->currentData().toString(); }

exporting::ExportSelection DataFilterBox::selection() const
{
    exporting::ExportSelection s;
    s.raters = listOf(m_raters);
    s.scanners = listOf(m_scanners);
    s.approvedOnly = m_approved->isChecked();
    return s;
}

void DataFilterBox::setWorkspaceFiltersEnabled(bool enabled)
{
    m_raters->setEnabled(enabled);
    m_scanners->setEnabled(enabled);
    m_approved->setEnabled(enabled);
}

} // namespace ns::ui
