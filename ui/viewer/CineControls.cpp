#include "ui/viewer/CineControls.h"

#include "ui/viewer/CineIcons.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>

namespace ns::ui {

namespace {
const double kSpeeds[] = {0.25, 0.5, 1.0, 2.0, 4.0};

QToolButton* makeButton(QWidget* parent, const QString& tip)
{
    auto* b = new QToolButton(parent);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    b->setIconSize(QSize(22, 22));
    // Keyboard control goes through the window's shortcuts (Space, arrows), so no button
    // should swallow those keys by holding focus.
    b->setFocusPolicy(Qt::NoFocus);
    return b;
}
} // namespace

CineControls::CineControls(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("cineControls"));
    const QColor fg = palette().color(QPalette::ButtonText);
    m_back = makeButton(this, tr("Previous frame (Left arrow)"));
    m_back->setIcon(cineicons::icon(cineicons::Glyph::StepBack, fg));
    m_play = makeButton(this, tr("Play / pause (Space)"));
    m_play->setIcon(cineicons::icon(cineicons::Glyph::Play, fg));
    m_forward = makeButton(this, tr("Next frame (Right arrow)"));
    m_forward->setIcon(cineicons::icon(cineicons::Glyph::StepForward, fg));

    m_slider = new FrameMarkSlider(this);
    m_slider->setBaseToolTip(tr("Frame (Home: first, End: last)"));
    m_slider->setFocusPolicy(Qt::NoFocus);
    m_slider->setTracking(true);

    m_counter = new QLabel(this);
    m_counter->setToolTip(tr("Current frame / number of frames"));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_counter->setMinimumWidth(m_counter->fontMetrics().horizontalAdvance(QStringLiteral("00000 / 00000")) + 6);

    m_rate = new QLabel(this);
    m_rate->setToolTip(tr("Frame rate of the study"));

    m_speed = new QComboBox(this);
    m_speed->setToolTip(tr("Playback speed ([ slower, ] faster)"));
    m_speed->setFocusPolicy(Qt::NoFocus);
    for (double s : kSpeeds)
        m_speed->addItem(tr("%1x").arg(s), s);
    m_speed->setCurrentIndex(2);

    m_loop = makeButton(this, tr("Loop playback (L)"));
    m_loop->setText(tr("Loop"));
    m_loop->setCheckable(true);
    m_loop->setChecked(true);
    m_loop->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 8, 4);
    row->setSpacing(6);
    row->addWidget(m_back);
    row->addWidget(m_play);
    row->addWidget(m_forward);
    row->addWidget(m_slider, 1);
    row->addWidget(m_counter);
    row->addSpacing(8);
    row->addWidget(m_rate);
    row->addWidget(m_speed);
    row->addWidget(m_loop);

    connect(m_play, &QToolButton::clicked, this, &CineControls::playToggled);
    connect(m_back, &QToolButton::clicked, this, [this] { emit stepRequested(-1); });
    connect(m_forward, &QToolButton::clicked, this, [this] { emit stepRequested(+1); });
    connect(m_slider, &QSlider::valueChanged, this, [this](int v) {
        updateCounter(v);
        emit frameChosen(v);
    });
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] { emit speedChanged(speed()); });
    connect(m_loop, &QToolButton::toggled, this, &CineControls::loopToggled);
    setFrameCount(0);
}

void CineControls::setFrameCount(int count)
{
    updateFrameCount(count);
    setCurrentFrame(0);
}

void CineControls::updateFrameCount(int count)
{
    m_count = count;
    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, std::max(0, count - 1));
    m_slider->setPageStep(std::max(1, count / 20));
    const bool cine = count > 1;
    for (QWidget* w : {static_cast<QWidget*>(m_play), static_cast<QWidget*>(m_back), static_cast<QWidget*>(m_forward),
                       static_cast<QWidget*>(m_slider), static_cast<QWidget*>(m_speed), static_cast<QWidget*>(m_loop)})
        w->setEnabled(cine);
    updateCounter(m_slider->value());
}

void CineControls::setFrameRate(double fps, bool stated)
{
    m_rate->setText(stated ? tr("%1 fps").arg(fps, 0, 'g', 3) : tr("%1 fps (assumed)").arg(fps, 0, 'g', 3));
    m_rate->setVisible(m_count > 1);
}

void CineControls::setCurrentFrame(int index)
{
    const QSignalBlocker block(m_slider);
    m_slider->setValue(index);
    updateCounter(index);
}

void CineControls::setPlaying(bool playing)
{
    const QColor fg = palette().color(QPalette::ButtonText);
    m_play->setIcon(cineicons::icon(playing ? cineicons::Glyph::Pause : cineicons::Glyph::Play, fg));
    m_play->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
}

void CineControls::setLooping(bool loop)
{
    m_loop->setChecked(loop);
}

double CineControls::speed() const
{
    return m_speed->currentData().toDouble();
}

double CineControls::stepSpeed(int direction)
{
    m_speed->setCurrentIndex(std::clamp(m_speed->currentIndex() + direction, 0, m_speed->count() - 1));
    return speed();
}

void CineControls::updateCounter(int index)
{
    m_counter->setText(m_count > 0 ? tr("%1 / %2").arg(index + 1).arg(m_count) : QString());
}

} // namespace ns::ui
