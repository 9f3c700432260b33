#include "ui/annotation/AreaPlot.h"

#include "core/annotation/AnnotationEditor.h"
#include "core/annotation/ContourStore.h"
#include "core/annotation/Measurements.h"
#include "ui/annotation/AnnotationSession.h"

#include <QLabel>
#include <QMap>
#include <QUndoStack>
#include <QVBoxLayout>
#include <cmath>
#include <qcustomplot.h>

namespace ns::ui {

AreaPlot::AreaPlot(AnnotationSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_plot(new QCustomPlot(this)), m_note(new QLabel(this))
{
    m_graph = m_plot->addGraph();
    m_graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
    m_graph->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 1.5));
    m_cursor = new QCPItemStraightLine(m_plot);
    m_cursor->setPen(QPen(QColor(0xd6, 0x27, 0x28), 1, Qt::DashLine));
    m_plot->xAxis->setLabel(tr("Frame"));
    m_plot->setMinimumHeight(140);
    m_plot->setToolTip(tr("Nerve area of your contours per frame (summed where there are several); "
                          "click to show the nearest annotated frame"));
    m_note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_note);
    connect(m_plot, &QCustomPlot::mousePress, this, &AreaPlot::onPress);
    connect(session, &AnnotationSession::contoursReloaded, this, &AreaPlot::onReloaded);
    connect(session, &AnnotationSession::stateChanged, this, &AreaPlot::onStateChanged);
    refresh();
}

void AreaPlot::onStateChanged()
{
    annotation::AnnotationEditor* editor = m_session->editor();
    if (editor != m_editor) {
        if (m_editor) {
            disconnect(m_editor, nullptr, this, nullptr);
            disconnect(m_editor->undoStack(), nullptr, this, nullptr);
        }
        m_editor = editor;
        if (editor) {
            // These may arrive after the session's own reload for the same edit: refresh here too.
            const auto changed = [this] {
                m_stale = true;
                onReloaded();
            };
            connect(editor, &annotation::AnnotationEditor::contoursChanged, this, changed);
            connect(editor->undoStack(), &QUndoStack::indexChanged, this, changed);
        }
    }
    m_stale = true; // another workspace, study or rater
    onReloaded();
}

// The session re-read the contours of the frame on screen: after an edit (stale) or a
// frame change (only the line moves).
void AreaPlot::onReloaded()
{
    if (m_stale && isVisible())
        refresh();
    else
        moveCursor();
}

void AreaPlot::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void AreaPlot::moveCursor()
{
    const int frame = m_session->frame();
    m_cursor->point1->setCoords(frame, 0);
    m_cursor->point2->setCoords(frame, 1);
    if (!isVisible())
        return;
    const double lo = m_plot->xAxis->range().lower, hi = m_plot->xAxis->range().upper;
    if (frame < lo + 0.5 || frame > hi - 0.5)
        m_plot->xAxis->setRange(std::min(lo, frame - 0.5), std::max(hi, frame + 0.5));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void AreaPlot::refresh()
{
    m_stale = false;
    QMap<int, double> px;
    QMap<int, double> mm2;
    bool allCalibrated = true;
    if (m_session->workspace() && m_session->studyId() > 0) {
        const QString rater = m_session->editingRater();
        const auto contours = annotation::loadContours(*m_session->workspace(), m_session->studyId());
        for (const annotation::Contour& c : contours) {
            if (c.rater != rater)
                continue;
            const annotation::Measurements m = annotation::measure(c.vertices, &m_session->calibration());
            px[c.frame] += m.areaPx;
            mm2[c.frame] += m.areaMm2.value_or(0);
            allCalibrated = allCalibrated && m.areaMm2.has_value();
        }
    }
    m_mm2 = allCalibrated && !px.isEmpty();
    const QMap<int, double>& values = m_mm2 ? mm2 : px;
    m_frames.clear();
    QVector<double> ys;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        m_frames << it.key();
        ys << it.value();
    }
    m_graph->setData(m_frames, ys, true);
    m_plot->yAxis->setLabel(m_mm2 ? tr("Area (mm²)") : tr("Area (px²)"));
    const int frame = m_session->frame();
    m_cursor->point1->setCoords(frame, 0);
    m_cursor->point2->setCoords(frame, 1);
    double lo = 0, hi = std::max(1.0, double(frame));
    if (!m_frames.isEmpty()) {
        lo = std::min(lo, m_frames.first());
        hi = std::max(hi, m_frames.last());
    }
    m_plot->xAxis->setRange(lo - 0.5, hi + 0.5);
    double top = 1;
    for (double y : ys)
        top = std::max(top, y);
    m_plot->yAxis->setRange(0, top * 1.1);
    m_note->setText(m_frames.isEmpty() ? tr("No contours of yours in this study yet.")
                    : m_mm2            ? QString()
                                       : tr("In px²: not every contour lies in one calibrated region."));
    m_note->setVisible(!m_note->text().isEmpty());
    m_plot->replot();
}

void AreaPlot::onPress(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_frames.isEmpty())
        return;
    const double x = m_plot->xAxis->pixelToCoord(event->position().x());
    int nearest = int(m_frames.first());
    for (double f : m_frames)
        if (std::abs(f - x) < std::abs(nearest - x))
            nearest = int(f);
    emit frameRequested(nearest);
}

} // namespace ns::ui
