#include "ui/export/ExportOptionsForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

namespace ns::ui {

using exporting::ExportFormat;

namespace {
const ExportFormat kFormats[] = {ExportFormat::Png, ExportFormat::Coco, ExportFormat::NnUnet,
                                 ExportFormat::DicomSeg, ExportFormat::DicomSr, ExportFormat::MeasurementsCsv};

bool isDicom(ExportFormat f) { return f == ExportFormat::DicomSeg || f == ExportFormat::DicomSr; }
} // namespace

QString ExportOptionsForm::describe(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png: return tr("PNG images and masks with a manifest (JSON and CSV); trainable in NerveScope.");
    case ExportFormat::Coco: return tr("PNG images with one COCO JSON file of nerve polygons.");
    case ExportFormat::NnUnet: return tr("nnU-Net v2 raw layout: imagesTr, labelsTr and dataset.json.");
    case ExportFormat::MeasurementsCsv: return tr("One CSV row per contour with its area, perimeter and grade; no images.");
    case ExportFormat::DicomSeg: return tr("DICOM Segmentation per study and rater, referencing its source frames; DICOM studies only.");
    case ExportFormat::DicomSr: return tr("DICOM SR (TID 1500) with the nerve area in mm² per frame; DICOM studies only.");
    }
    return {};
}

ExportOptionsForm::ExportOptionsForm(const Context& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_format = new QComboBox(this);
    for (ExportFormat f : kFormats) {
        m_format->addItem(exporting::exportFormatName(f), int(f));
        m_format->setItemData(m_format->count() - 1, describe(f), Qt::ToolTipRole);
    }
    m_format->setToolTip(tr("The layout of the exported dataset"));
    m_formatHelp = new QLabel(this);
    m_formatHelp->setWordWrap(true);
    m_formatHelp->setEnabled(false); // greyed: a note, not a control
    auto* formatCol = new QVBoxLayout;
    formatCol->addWidget(m_format);
    formatCol->addWidget(m_formatHelp);
    auto* formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format); // a layout row gets no buddy of its own
    form->addRow(formatLabel, formatCol);

    m_studies = new QComboBox(this);
    m_studies->addItem(tr("All studies in the workspace (%n)", nullptr, context.studyCount), qlonglong(0));
    if (context.selectedStudy > 0)
        m_studies->addItem(tr("Only the study selected in the browser: %1").arg(context.selectedStudyName), qlonglong(context.selectedStudy));
    m_studies->setToolTip(tr("Export every study, or only the one selected in the Studies panel"));
    form->addRow(tr("&Studies:"), m_studies);

    m_raters = new QListWidget(this);
    for (const QString& r : context.raters) {
        auto* item = new QListWidgetItem(r, m_raters);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_raters->setToolTip(tr("Whose contours to export; every rater is ticked by default"));
    const int shownRows = std::clamp(int(context.raters.size()), 2, 5);
    m_raters->setFixedHeight(shownRows * (fontMetrics().height() + 4) + 2 * m_raters->frameWidth() + 4);
    if (context.raters.isEmpty()) {
        m_raters->addItem(tr("(no contours in this workspace yet)"));
        m_raters->setEnabled(false);
    }
    form->addRow(tr("&Raters:"), m_raters);

    m_approved = new QCheckBox(tr("&Approved frames only"), this);
    m_approved->setToolTip(tr("Only frames (or whole studies) a reviewer approved"));
    m_interpolated = new QCheckBox(tr("Include &interpolated contours"), this);
    m_interpolated->setToolTip(tr("Also export contours interpolated between key frames that nobody corrected"));
    auto* contours = new QHBoxLayout;
    contours->addWidget(m_approved);
    contours->addWidget(m_interpolated);
    contours->addStretch();
    form->addRow(tr("Contours:"), contours);

    form->addRow(tr("S&plit by patient:"), buildSplit());

    m_deidentify = new QCheckBox(tr("&De-identify (pseudonymous patient IDs, no names, paths or file names)"), this);
    m_deidentify->setChecked(true);
    m_deidentify->setToolTip(tr("Replace patient IDs with workspace pseudonyms and apply the DICOM PS3.15 basic profile to DICOM copies"));
    m_warning = new QLabel(tr("⚠ Without de-identification the export contains patient identifiers. Share it only where that is allowed."), this);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
    m_warning->setVisible(false);
    connect(m_deidentify, &QCheckBox::toggled, this, [this](bool on) { m_warning->setVisible(!on); });
    auto* privacy = new QVBoxLayout;
    privacy->addWidget(m_deidentify);
    privacy->addWidget(m_warning);
    form->addRow(tr("Privacy:"), privacy);

    m_dates = new QComboBox(this);
    m_dates->addItem(tr("Shift by a fixed offset per patient (keeps intervals)"), int(exporting::ExportOptions::Dates::Shift));
    m_dates->addItem(tr("Remove"), int(exporting::ExportOptions::Dates::Remove));
    m_dates->setToolTip(tr("What happens to dates in DICOM exports (the other formats write no dates)"));
    form->addRow(tr("Da&tes:"), m_dates);

    form->addRow(tr("&Burned-in text:"), buildBlackout());
    form->addRow(tr("&Output folder:"), buildOutput());

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportOptionsForm::formatChanged);
    formatChanged();
}

QWidget* ExportOptionsForm::buildSplit()
{
    auto* w = new QWidget(this);
    auto* row = new QHBoxLayout(w);
    row->setContentsMargins(0, 0, 0, 0);
    auto spin = [&](const QString& label, int value, const QString& tip) {
        auto* s = new QSpinBox(w);
        s->setRange(0, 100);
        s->setSuffix(QStringLiteral(" %"));
        s->setValue(value);
        s->setToolTip(tip);
        auto* l = new QLabel(label, w);
        l->setBuddy(s);
        row->addWidget(l);
        row->addWidget(s);
        return s;
    };
    m_train = spin(tr("Train"), 70, tr("Share of patients in the training split"));
    m_val = spin(tr("Val"), 15, tr("Share of patients in the validation split"));
    m_test = spin(tr("Test"), 15, tr("Share of patients in the test split"));
    row->addStretch();
    return w;
}

QWidget* ExportOptionsForm::buildBlackout()
{
    auto* w = new QWidget(this);
    auto* row = new QHBoxLayout(w);
    row->setContentsMargins(0, 0, 0, 0);
    m_blackout = new QComboBox(w);
    m_blackout->addItem(tr("Keep"), int(exporting::BlackoutSpec::Mode::None));
    m_blackout->addItem(tr("Black out outside the ultrasound regions"), int(exporting::BlackoutSpec::Mode::OutsideRegions));
    m_blackout->addItem(tr("Black out a rectangle"), int(exporting::BlackoutSpec::Mode::Rectangle));
    m_blackout->setToolTip(tr("Scanners burn names and dates into the image; black them out in the exported pixels"));
    row->addWidget(m_blackout);
    const QString names[4] = {tr("X"), tr("Y"), tr("W"), tr("H")};
    const int defaults[4] = {0, 0, 640, 40};
    for (int i = 0; i < 4; ++i) {
        m_rect[i] = new QSpinBox(w);
        m_rect[i]->setRange(i < 2 ? 0 : 1, 10000);
        m_rect[i]->setValue(defaults[i]);
        m_rect[i]->setPrefix(names[i] + QLatin1Char(' '));
        m_rect[i]->setToolTip(tr("Rectangle to black out, in image pixels (X, Y of the top-left corner, W x H)"));
        m_rect[i]->setEnabled(false);
        row->addWidget(m_rect[i]);
    }
    row->addStretch();
    connect(m_blackout, &QComboBox::currentIndexChanged, this, [this] {
        const bool rect = m_blackout->currentData().toInt() == int(exporting::BlackoutSpec::Mode::Rectangle);
        for (QSpinBox* s : m_rect)
            s->setEnabled(rect);
    });
    return w;
}

QWidget* ExportOptionsForm::buildOutput()
{
    auto* w = new QWidget(this);
    auto* row = new QHBoxLayout(w);
    row->setContentsMargins(0, 0, 0, 0);
    m_out = new QLineEdit(w);
    m_out->setToolTip(tr("A new or empty folder; it appears only when the export is complete"));
    m_out->setText(defaultOutDir());
    connect(m_out, &QLineEdit::textEdited, this, [this] { m_outEdited = true; });
    m_browse = new QPushButton(tr("Bro&wse…"), w);
    m_browse->setToolTip(tr("Choose the output folder"));
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export Into Folder"), QFileInfo(outDir()).absolutePath());
        if (dir.isEmpty())
            return;
        m_out->setText(QDir::toNativeSeparators(dir));
        m_outEdited = true;
    });
    row->addWidget(m_out, 1);
    row->addWidget(m_browse);
    return w;
}

QString ExportOptionsForm::defaultOutDir() const
{
    const QFileInfo ws(m_context.workspaceDir);
    const QString base = ws.absoluteDir().filePath(ws.fileName() + QStringLiteral("-") + exporting::exportFormatName(format()));
    QString candidate = base;
    for (int i = 2; QFileInfo::exists(candidate) && i < 1000; ++i)
        candidate = base + QStringLiteral("-%1").arg(i);
    return QDir::toNativeSeparators(candidate);
}

void ExportOptionsForm::formatChanged()
{
    m_formatHelp->setText(describe(format()));
    m_dates->setEnabled(isDicom(format()));
    const bool images = format() != ExportFormat::MeasurementsCsv;
    m_blackout->setEnabled(images);
    if (!m_outEdited)
        m_out->setText(defaultOutDir());
}

ExportFormat ExportOptionsForm::format() const { return ExportFormat(m_format->currentData().toInt()); }

exporting::ExportSelection ExportOptionsForm::selection() const
{
    exporting::ExportSelection s;
    if (const qint64 id = m_studies->currentData().toLongLong(); id > 0)
        s.studyIds = {id};
    s.approvedOnly = m_approved->isChecked();
    s.interpolated = m_interpolated->isChecked();
    bool all = true;
    QSet<QString> ticked;
    for (int i = 0; i < m_raters->count() && m_raters->isEnabled(); ++i) {
        if (m_raters->item(i)->checkState() == Qt::Checked)
            ticked.insert(m_raters->item(i)->text());
        else
            all = false;
    }
    if (!all)
        s.raters = ticked;
    return s;
}

exporting::ExportOptions ExportOptionsForm::options() const
{
    exporting::ExportOptions o;
    const double sum = std::max(1, m_train->value() + m_val->value() + m_test->value());
    o.trainFraction = m_train->value() / sum;
    o.valFraction = m_val->value() / sum;
    o.testFraction = m_test->value() / sum;
    o.deidentify = m_deidentify->isChecked();
    o.dates = exporting::ExportOptions::Dates(m_dates->currentData().toInt());
    if (m_blackout->isEnabled()) {
        o.blackout.mode = exporting::BlackoutSpec::Mode(m_blackout->currentData().toInt());
        o.blackout.rect = QRect(m_rect[0]->value(), m_rect[1]->value(), m_rect[2]->value(), m_rect[3]->value());
    }
    return o;
}

QString ExportOptionsForm::outDir() const { return QDir::fromNativeSeparators(m_out->text().trimmed()); }

QString ExportOptionsForm::problem() const
{
    if (outDir().isEmpty())
        return tr("Choose an output folder.");
    const QFileInfo out(outDir());
    if (out.exists() && (!out.isDir() || !QDir(outDir()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)))
        return tr("%1 already exists and is not empty; choose a new folder.").arg(QDir::toNativeSeparators(outDir()));
    if (m_train->value() == 0)
        return tr("The training split needs some patients.");
    bool anyRater = !m_raters->isEnabled();
    for (int i = 0; i < m_raters->count() && !anyRater; ++i)
        anyRater = m_raters->item(i)->checkState() == Qt::Checked;
    if (!anyRater)
        return tr("Tick at least one rater.");
    return {};
}

} // namespace ns::ui
