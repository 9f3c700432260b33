#include "ui/viewer/ViewerStatusBar.h"

#include <QLabel>
#include <QProgressBar>
#include <QToolButton>
#include <cmath>

namespace ns::ui {

ViewerStatusBar::ViewerStatusBar(QWidget* parent) : QStatusBar(parent)
{
    m_jobProgress = new QProgressBar(this);
    m_jobProgress->setRange(0, 1000);
    m_jobProgress->setMaximumWidth(140);
    m_jobProgress->setMaximumHeight(fontMetrics().height() + 2);
    m_jobProgress->setTextVisible(false);
    m_jobCancel = new QToolButton(this);
    m_jobCancel->setText(tr("Cancel"));
    m_jobCancel->setAutoRaise(true);
    m_jobCancel->setFocusPolicy(Qt::NoFocus);
    m_jobCancel->setToolTip(tr("Stop this background task"));
    addPermanentWidget(m_jobProgress);
    addPermanentWidget(m_jobCancel);
    connect(m_jobCancel, &QToolButton::clicked, this, &ViewerStatusBar::jobCancelRequested);
    hideJob();

    m_position = addField(tr("Pixel under the cursor (column, row)"), tr("x 0000, y 0000 px"));
    m_physical = addField(tr("Position in millimetres from the origin of the ultrasound region under the cursor"),
                          tr("000.00, 000.00 mm (region 0)"));
    m_value = addField(tr("Stored pixel value under the cursor"), tr("RGB 000, 000, 000"));
    m_zoom = addField(tr("Zoom (F: fit, 1: actual pixels, +/-: zoom)"), tr("Zoom 0000%"));
    m_window = addField(tr("Window width / level (right-drag on the image to change, Ctrl+R to reset)"),
                        tr("W 00000 L 00000"));
    clearStudy();
}

QLabel* ViewerStatusBar::addField(const QString& tip, const QString& widest)
{
    auto* label = new QLabel(this);
    label->setToolTip(tip);
    label->setMinimumWidth(label->fontMetrics().horizontalAdvance(widest) + 8);
    label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    addPermanentWidget(label);
    return label;
}

void ViewerStatusBar::setReadout(const PixelReadout& r)
{
    // Off the image the read-out fields give their room to the message on the left.
    for (QLabel* l : {m_position, m_physical, m_value})
        l->setVisible(r.inside);
    if (!r.inside) {
        m_position->clear();
        m_physical->clear();
        m_value->clear();
        return;
    }
    m_position->setText(r.position);
    m_physical->setText(r.physical);
    m_value->setText(r.value);
}

void ViewerStatusBar::setZoom(double scale)
{
    m_zoom->setText(tr("Zoom %1%").arg(std::lround(scale * 100)));
}

void ViewerStatusBar::setWindow(const std::optional<media::WindowLevel>& window, bool windowable, int signedOffset)
{
    if (!windowable) {
        m_window->setText(tr("W/L: colour"));
        return;
    }
    if (!window) {
        m_window->setText(tr("W/L: as stored"));
        return;
    }
    m_window->setText(tr("W %1 L %2").arg(std::lround(window->width)).arg(std::lround(window->center - signedOffset)));
}

void ViewerStatusBar::showJob(double fraction, const QString& message)
{
    m_jobProgress->setValue(int(fraction * 1000));
    m_jobProgress->setToolTip(message);
    m_jobProgress->show();
    m_jobCancel->show();
    showMessage(message);
}

void ViewerStatusBar::hideJob()
{
    m_jobProgress->hide();
    m_jobCancel->hide();
}

void ViewerStatusBar::clearStudy()
{
    hideJob();
    setReadout({});
    m_zoom->clear();
    m_window->clear();
}

} // namespace ns::ui
