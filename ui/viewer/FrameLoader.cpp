#include "ui/viewer/FrameLoader.h"

#include "core/media/DisplayMapping.h"

#include <QMetaObject>

namespace ns::ui {

FrameLoader::FrameLoader(QObject* parent) : QObject(parent)
{
    // One thread shows frames, one prefetches; the source serialises decoding anyway.
    m_pool.setMaxThreadCount(2);
}

FrameLoader::~FrameLoader()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QImage FrameLoader::displayImage(const QImage& stored, const std::optional<media::WindowLevel>& window, int bitsStored)
{
    // RGB32 is what the raster paint engine draws fastest, so convert off the GUI thread.
    return media::toDisplayImage(stored, window, bitsStored).convertToFormat(QImage::Format_RGB32);
}

void FrameLoader::setSource(std::shared_ptr<media::FrameSource> source)
{
    m_pool.clear(); // queued prefetches of the old source are pointless now
    m_source = std::move(source);
    ++m_generation;
    m_inFlight = -1;
    m_pending = -1;
    m_prefetching.clear();
}

void FrameLoader::request(int index)
{
    if (!m_source)
        return;
    if (m_inFlight >= 0) {
        m_pending = index; // replaces any earlier waiting request
        return;
    }
    start(index);
}

void FrameLoader::start(int index)
{
    m_inFlight = index;
    m_pending = -1;
    const quint64 generation = m_generation;
    const std::shared_ptr<media::FrameSource> source = m_source; // kept alive by the task
    const auto window = m_window;
    m_pool.start([this, source, generation, index, window] {
        QString error;
        const QImage stored = source->frame(index, &error);
        QImage display;
        if (!stored.isNull())
            display = displayImage(stored, window, source->info().bitsStored);
        QMetaObject::invokeMethod(this, [this, generation, index, stored, display, window, error] {
            finished(generation, index, stored, display, window, error);
        }, Qt::QueuedConnection);
    }, /*priority=*/1); // ahead of queued prefetches
}

void FrameLoader::finished(quint64 generation, int index, const QImage& stored, const QImage& display,
                           const std::optional<media::WindowLevel>& window, const QString& error)
{
    if (generation != m_generation)
        return; // a result for a source that is no longer shown
    m_inFlight = -1;
    const int next = m_pending;
    if (next >= 0 && next != index) {
        start(next); // superseded while decoding: drop this one, decode the newest
        return;
    }
    m_pending = -1;
    if (stored.isNull())
        emit frameFailed(index, error);
    else
        emit frameLoaded(index, stored, display, window);
}

void FrameLoader::prefetch(int first, int count, bool wrap)
{
    if (!m_source)
        return;
    const int n = m_source->frameCount();
    for (int k = 0; k < count && m_prefetching.size() < kMaxPrefetchInFlight; ++k) {
        int index = first + k;
        if (index >= n) {
            if (!wrap)
                break;
            index %= n;
        }
        if (index == m_inFlight || m_prefetching.contains(index))
            continue;
        m_prefetching.insert(index);
        const quint64 generation = m_generation;
        const std::shared_ptr<media::FrameSource> source = m_source;
        m_pool.start([this, source, generation, index] {
            source->frame(index); // lands in the source's LRU cache
            QMetaObject::invokeMethod(this, [this, generation, index] { prefetchDone(generation, index); },
                                      Qt::QueuedConnection);
        });
    }
}

void FrameLoader::prefetchDone(quint64 generation, int index)
{
    if (generation == m_generation)
        m_prefetching.remove(index);
}

} // namespace ns::ui
