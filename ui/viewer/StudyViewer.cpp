#include "ui/viewer/StudyViewer.h"

#include "ui/viewer/CalibrationOverlay.h"
#include "ui/viewer/CineControls.h"
#include "ui/viewer/CinePlayer.h"
#include "ui/viewer/FrameLoader.h"
#include "ui/viewer/ImageView.h"
#include "ui/viewer/WindowLevelDrag.h"

#include <QVBoxLayout>
#include <algorithm>

namespace ns::ui {

namespace {
constexpr int kPrefetchAhead = 3;

bool sameWindow(const std::optional<media::WindowLevel>& a, const std::optional<media::WindowLevel>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->center == b->center && a->width == b->width);
}
} // namespace

StudyViewer::StudyViewer(QWidget* parent)
    : QWidget(parent), m_overlay(std::make_unique<CalibrationOverlay>())
{
    m_view = new ImageView(this);
    m_view->addOverlay(m_overlay.get());
    m_controls = new CineControls(this);
    m_player = new CinePlayer(this);
    m_loader = new FrameLoader(this);

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_view, 1);
    column->addWidget(m_controls);

    connect(m_loader, &FrameLoader::frameLoaded, this, &StudyViewer::onFrameLoaded);
    connect(m_loader, &FrameLoader::frameFailed, this, &StudyViewer::onFrameFailed);
    connect(m_player, &CinePlayer::frameRequested, this, [this](int index) {
        m_requestedFrame = index;
        m_loader->request(index);
    });
    connect(m_player, &CinePlayer::playingChanged, this, [this](bool playing) {
        m_controls->setPlaying(playing);
        if (playing)
            prefetchAhead(std::max(0, m_shownFrame));
        emit playingChanged(playing);
    });
    connect(m_controls, &CineControls::playToggled, this, &StudyViewer::togglePlay);
    connect(m_controls, &CineControls::stepRequested, this, &StudyViewer::stepFrame);
    connect(m_controls, &CineControls::frameChosen, this, &StudyViewer::showFrame);
    connect(m_controls, &CineControls::speedChanged, m_player, &CinePlayer::setSpeed);
    connect(m_controls, &CineControls::loopToggled, this, [this](bool loop) {
        m_player->setLooping(loop);
        emit loopingChanged(loop);
    });

    connect(m_view, &ImageView::framePainted, this, &StudyViewer::frameShown);
    connect(m_view, &ImageView::zoomChanged, this, &StudyViewer::zoomChanged);
    connect(m_view, &ImageView::cursorMoved, this, [this](QPointF pos) {
        m_cursor = pos;
        m_cursorInside = true;
        updateReadout();
    });
    connect(m_view, &ImageView::cursorLeft, this, [this] {
        m_cursorInside = false;
        updateReadout();
    });
    connect(m_view, &ImageView::windowDragStarted, this, &StudyViewer::onWindowDragStarted);
    connect(m_view, &ImageView::windowDragged, this, &StudyViewer::onWindowDragged);
    connect(m_view, &ImageView::windowDragFinished, this, [this] { m_windowDragging = false; });
    clear();
}

StudyViewer::~StudyViewer() = default;

int StudyViewer::frameCount() const
{
    return m_source ? m_source->frameCount() : 0;
}

bool StudyViewer::isPlaying() const { return m_player->isPlaying(); }
bool StudyViewer::regionsVisible() const { return m_overlay->regionsVisible(); }

void StudyViewer::setSource(std::shared_ptr<media::FrameSource> source)
{
    m_player->pause();
    m_source = std::move(source);
    m_loader->setSource(m_source);
    m_stored = QImage();
    m_shownFrame = -1;
    m_requestedFrame = -1;
    m_firstFrameSeen = false;
    m_view->clear();
    const int count = frameCount();
    m_player->setFrameCount(count);
    m_controls->setFrameCount(count);
    m_controls->setVisible(count > 1);
    if (!m_source) {
        m_overlay->setCalibration({});
        setWindow(std::nullopt);
        return;
    }
    m_view->setPlaceholderText(tr("Loading…"));
    m_player->setFrameRate(m_source->frameRate());
    m_controls->setFrameRate(m_player->effectiveFrameRate(), m_source->frameRate() > 0);
    m_overlay->setCalibration(m_source->calibration());
    m_studyWindow = m_source->info().defaultWindow;
    setWindow(m_studyWindow);
}

void StudyViewer::refreshSourceFacts()
{
    if (!m_source)
        return;
    const int count = frameCount();
    m_player->updateFrameCount(count);
    m_player->setFrameRate(m_source->frameRate());
    m_controls->updateFrameCount(count);
    m_controls->setFrameRate(m_player->effectiveFrameRate(), m_source->frameRate() > 0);
    m_controls->setVisible(count > 1);
    if (m_requestedFrame >= count || m_shownFrame >= count)
        showFrame(count - 1);
}

void StudyViewer::clear()
{
    setSource(nullptr);
    m_view->setPlaceholderText(QString());
}

void StudyViewer::showFrame(int index)
{
    if (!m_source || frameCount() == 0)
        return;
    index = std::clamp(index, 0, frameCount() - 1);
    m_requestedFrame = index;
    m_controls->setCurrentFrame(index);
    m_player->setCurrentFrame(index);
    m_loader->request(index);
}

void StudyViewer::stepFrame(int delta)
{
    if (!m_source)
        return;
    m_player->pause();
    const int base = m_requestedFrame >= 0 ? m_requestedFrame : std::max(0, m_shownFrame);
    const int target = std::clamp(base + delta, 0, frameCount() - 1);
    if (target != base || m_shownFrame != target)
        showFrame(target);
}

void StudyViewer::togglePlay() { m_player->toggle(); }
void StudyViewer::pause() { m_player->pause(); }
void StudyViewer::slower() { m_controls->stepSpeed(-1); }
void StudyViewer::faster() { m_controls->stepSpeed(+1); }

void StudyViewer::setLooping(bool loop)
{
    m_controls->setLooping(loop); // the strip's button tells the player
}

void StudyViewer::setRegionsVisible(bool visible)
{
    m_overlay->setRegionsVisible(visible);
    m_view->update();
}

void StudyViewer::onFrameLoaded(int index, const QImage& stored, const QImage& display,
                                const std::optional<media::WindowLevel>& usedWindow)
{
    m_stored = stored;
    m_shownFrame = index;
    QImage shown = display;
    if (!m_firstFrameSeen) {
        // The study's window is known once a frame is (16-bit files without one use its range).
        m_firstFrameSeen = true;
        m_studyWindow = initialWindow(m_source->info(), stored);
        m_window = m_studyWindow;
        m_loader->setWindow(m_window);
        emit windowChanged(m_window, isWindowable(stored));
    }
    if (!sameWindow(usedWindow, m_window))
        shown = FrameLoader::displayImage(stored, m_window, m_source->info().bitsStored);
    m_view->setImage(shown, index);
    m_controls->setCurrentFrame(index);
    m_player->frameDelivered(index);
    if (m_player->isPlaying() && m_player->isKeepingUp())
        prefetchAhead(index);
    updateReadout();
}

void StudyViewer::onFrameFailed(int index, const QString& error)
{
    m_player->frameDelivered(index);
    m_shownFrame = index;
    m_stored = QImage(); // no values to read out: the frame is not there
    m_controls->setCurrentFrame(index);
    m_view->setFailure(index, error);
    updateReadout();
    emit frameFailed(index, error);
}

void StudyViewer::prefetchAhead(int index)
{
    m_loader->prefetch(index + 1, kPrefetchAhead, m_player->isLooping());
}

void StudyViewer::setWindow(const std::optional<media::WindowLevel>& window)
{
    m_window = window;
    m_loader->setWindow(window);
    redisplay();
    if (!m_stored.isNull()) // before the first frame nobody knows whether it is greyscale
        emit windowChanged(m_window, isWindowable(m_stored));
}

void StudyViewer::resetWindow()
{
    setWindow(m_studyWindow);
}

void StudyViewer::redisplay()
{
    if (m_stored.isNull() || !m_source)
        return;
    m_view->setImage(FrameLoader::displayImage(m_stored, m_window, m_source->info().bitsStored), m_shownFrame);
}

void StudyViewer::onWindowDragStarted()
{
    m_windowDragging = isWindowable(m_stored);
    if (m_windowDragging)
        m_dragStartWindow = m_window ? *m_window : identityWindow(m_stored);
    else if (!m_stored.isNull())
        emit hint(tr("Colour images are shown as stored: window/level applies to greyscale images only."));
}

void StudyViewer::onWindowDragged(QPoint delta)
{
    if (m_windowDragging)
        setWindow(draggedWindow(m_dragStartWindow, delta));
}

void StudyViewer::updateReadout()
{
    if (!m_cursorInside || !m_source) {
        emit readoutChanged(PixelReadout{});
        return;
    }
    emit readoutChanged(readPixel(m_stored, m_source->info(), m_source->calibration(), m_cursor));
}

} // namespace ns::ui
