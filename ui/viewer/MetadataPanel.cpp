#include "ui/viewer/MetadataPanel.h"

#include "core/media/FrameSource.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ns::ui {

namespace {
QTableWidget* makeTable(QWidget* parent, const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->setShowGrid(false);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    return t;
}

QLabel* makeTitle(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setObjectName(QStringLiteral("panelTitle"));
    return l;
}

void addRow(QTableWidget* t, const QStringList& cells)
{
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        item->setToolTip(cells[c]);
        t->setItem(row, c, item);
    }
}

QString rangeText(int first, int last)
{
    return first == last ? QString::number(first + 1) : QStringLiteral("%1–%2").arg(first + 1).arg(last + 1);
}
} // namespace

MetadataPanel::MetadataPanel(QWidget* parent) : QWidget(parent)
{
    m_attributes = makeTable(this, {tr("Attribute"), tr("Value")});
    m_attributes->setToolTip(tr("What the file says about itself"));
    // Long values (transfer syntax, bit depth) wrap rather than hide behind an ellipsis.
    m_attributes->setWordWrap(true);
    connect(m_attributes->horizontalHeader(), &QHeaderView::sectionResized, m_attributes,
            [this] { m_attributes->resizeRowsToContents(); });
    m_calibrationSummary = new QLabel(this);
    m_calibrationSummary->setWordWrap(true);
    m_calibration = makeTable(this, {tr("#"), tr("Bounds (px)"), tr("mm/px"), tr("Units")});
    m_calibration->setToolTip(tr("Ultrasound regions: a measurement has a physical size only inside one "
                                 "spatially calibrated region"));
    m_damagedTitle = makeTitle(tr("Damaged frames"), this);
    m_damaged = new QLabel(this);
    m_damaged->setWordWrap(true);

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(6, 6, 6, 6);
    column->addWidget(makeTitle(tr("Study"), this));
    column->addWidget(m_attributes, 3);
    column->addWidget(makeTitle(tr("Calibration"), this));
    column->addWidget(m_calibrationSummary);
    column->addWidget(m_calibration);
    column->addWidget(m_damagedTitle);
    column->addWidget(m_damaged);
    showSource(nullptr);
}

void MetadataPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Row heights follow the wrapped values once the columns have their new widths.
    QTimer::singleShot(0, m_attributes, [t = m_attributes] { t->resizeRowsToContents(); });
}

void MetadataPanel::showSource(const media::FrameSource* source)
{
    m_attributes->setRowCount(0);
    m_calibration->setRowCount(0);
    if (!source) {
        m_calibrationSummary->setText(tr("No study open."));
        m_calibration->hide();
        m_damagedTitle->hide();
        m_damaged->hide();
        return;
    }
    const media::SourceInfo& info = source->info();
    QStringList labels;
    const auto add = [&](const QString& label, const QString& value) {
        labels << label;
        addRow(m_attributes, {label, value});
    };
    add(tr("File"), QFileInfo(info.path).fileName());
    for (const auto& [label, value] : info.attributes)
        if (!labels.contains(label))
            add(label, value);
    if (info.attributes.isEmpty()) { // the decoders describe themselves; this is the fallback
        add(tr("Frames"), QString::number(source->frameCount()));
        add(tr("Frame size"), tr("%1 x %2 px").arg(source->frameSize().width()).arg(source->frameSize().height()));
        if (source->frameRate() > 0)
            add(tr("Frame rate"), tr("%1 fps").arg(source->frameRate(), 0, 'g', 4));
    }
    m_attributes->resizeColumnToContents(0);
    m_attributes->resizeRowsToContents();
    showCalibration(*source);
    showDamaged(*source);
}

void MetadataPanel::showCalibration(const media::FrameSource& source)
{
    const media::Calibration& cal = source.calibration();
    switch (cal.kind()) {
    case media::Calibration::Kind::None:
        m_calibrationSummary->setText(tr("Not calibrated: lengths and areas are in pixels only."));
        m_calibration->hide();
        return;
    case media::Calibration::Kind::PixelSpacing: {
        const QPointF s = *cal.pixelSpacingMm();
        m_calibrationSummary->setText(tr("Pixel spacing (whole image)."));
        const QString scale = qFuzzyCompare(s.x(), s.y())
            ? QString::number(s.x(), 'g', 6)
            : tr("%1 x %2").arg(s.x(), 0, 'g', 6).arg(s.y(), 0, 'g', 6);
        addRow(m_calibration, {QStringLiteral("–"), tr("whole image"), scale, tr("mm")});
        break;
    }
    case media::Calibration::Kind::UltrasoundRegions: {
        m_calibrationSummary->setText(cal.describe());
        const auto& regions = cal.regions();
        for (int i = 0; i < regions.size(); ++i) {
            const auto& r = regions[i];
            const QString bounds = tr("%1–%2, %3–%4").arg(r.bounds.left()).arg(r.bounds.right())
                                       .arg(r.bounds.top()).arg(r.bounds.bottom());
            // Square pixels (the usual case) need one number; the tooltip always has both.
            const bool square = qFuzzyCompare(r.physicalDeltaX, r.physicalDeltaY);
            const QString scale = !r.isSpatiallyCalibrated() ? tr("not spatial")
                : square ? QString::number(r.mmPerPixelX(), 'g', 6)
                         : tr("%1 x %2").arg(r.mmPerPixelX(), 0, 'g', 6).arg(r.mmPerPixelY(), 0, 'g', 6);
            const QString units = r.unitsX == r.unitsY ? media::physicalUnitsName(r.unitsX)
                : tr("%1 / %2").arg(media::physicalUnitsName(r.unitsX), media::physicalUnitsName(r.unitsY));
            addRow(m_calibration, {QString::number(i + 1), bounds, scale, units});
            const int row = m_calibration->rowCount() - 1;
            const QString detail = tr("Region %1: x %2–%3, y %4–%5; %6 x %7 %8 per pixel (X x Y)")
                                       .arg(i + 1).arg(r.bounds.left()).arg(r.bounds.right()).arg(r.bounds.top())
                                       .arg(r.bounds.bottom()).arg(r.physicalDeltaX, 0, 'g', 6)
                                       .arg(r.physicalDeltaY, 0, 'g', 6).arg(media::physicalUnitsName(r.unitsX));
            for (int c = 0; c < m_calibration->columnCount(); ++c)
                m_calibration->item(row, c)->setToolTip(detail);
        }
        break;
    }
    }
    m_calibration->resizeColumnsToContents();
    // Tall enough for every row (and a horizontal scroll bar in a narrow dock), no taller.
    m_calibration->setFixedHeight(m_calibration->horizontalHeader()->sizeHint().height()
                                  + m_calibration->rowCount() * m_calibration->verticalHeader()->defaultSectionSize()
                                  + m_calibration->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 6);
    m_calibration->show();
}

void MetadataPanel::showDamaged(const media::FrameSource& source)
{
    const auto& ranges = source.info().damagedRanges;
    m_damagedTitle->setVisible(!ranges.isEmpty());
    m_damaged->setVisible(!ranges.isEmpty());
    if (ranges.isEmpty())
        return;
    QStringList parts;
    for (const media::FrameRange& r : ranges)
        parts << rangeText(r.first, r.last);
    m_damaged->setText(tr("These frames cannot be decoded: %1").arg(parts.join(QStringLiteral(", "))));
}

} // namespace ns::ui
