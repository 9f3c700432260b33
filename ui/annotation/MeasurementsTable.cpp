#include "ui/annotation/MeasurementsTable.h"

#include "ui/annotation/AnnotationSession.h"
#include "ui/annotation/ContourToolLayer.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ns::ui {

MeasurementsTable::MeasurementsTable(AnnotationSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_table(new QTableWidget(this)), m_note(new QLabel(this))
{
    m_table->setColumnCount(7);
    // Short headers keep the dock narrow; the tooltips say what each column is.
    m_table->setHorizontalHeaderLabels({tr("ID"), tr("Rater"), tr("px²"), tr("mm²"), tr("Perim."), tr("Circ."), tr("Flat.")});
    const QStringList tips{tr("Contour id"), tr("Who drew it"), tr("Area in image pixels"),
                           tr("Area in mm² (empty where the contour is not inside one calibrated region; hover the cell for why)"),
                           tr("Perimeter: in mm where the contour lies in one calibrated region, else in px"),
                           tr("Circularity 4πA/P²: 1 for a circle"), tr("Flattening: major / minor axis of the fitted ellipse")};
    for (int c = 0; c < tips.size(); ++c)
        m_table->horizontalHeaderItem(c)->setToolTip(tips[c]);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_table);
    layout->addWidget(m_note);
    connect(session, &AnnotationSession::contoursReloaded, this, &MeasurementsTable::refresh);
    connect(session, &AnnotationSession::stateChanged, this, &MeasurementsTable::refresh);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_session->rows().size())
            m_session->toolLayer()->select(m_session->rows()[row].contour.id);
    });
    refresh();
}

void MeasurementsTable::refresh()
{
    const QList<AnnotationSession::Row>& rows = m_session->rows();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(rows.size()));
    auto cell = [this](int r, int c, const QString& text, const QString& tip = {}) {
        auto* item = new QTableWidgetItem(text);
        item->setToolTip(tip);
        if (c != 1)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, c, item);
    };
    for (int r = 0; r < rows.size(); ++r) {
        const auto& m = rows[r].measurements;
        cell(r, 0, QString::number(rows[r].contour.id));
        cell(r, 1, rows[r].contour.rater);
        cell(r, 2, QString::number(m.areaPx, 'f', 0));
        if (m.areaMm2)
            cell(r, 3, QString::number(*m.areaMm2, 'f', 2));
        else
            cell(r, 3, tr("—"), m.noPhysicalReason);
        cell(r, 4, m.perimeterMm ? tr("%1 mm").arg(*m.perimeterMm, 0, 'f', 1) : tr("%1 px").arg(m.perimeterPx, 0, 'f', 1));
        cell(r, 5, QString::number(m.circularity, 'f', 3));
        cell(r, 6, m.flatteningRatio ? QString::number(*m.flatteningRatio, 'f', 2) : tr("—"));
    }
    const QString why = m_session->whyDisabled();
    m_note->setText(!why.isEmpty() ? why
                    : rows.isEmpty() ? tr("No contours on this frame. Draw one with P, D or E.")
                                     : tr("Rater: %1").arg(m_session->rater()));
}

} // namespace ns::ui
