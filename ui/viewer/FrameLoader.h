#pragma once
// Decodes frames off the GUI thread. Only the newest request matters: at most one decode
// is in flight for display and at most one waits behind it, so dragging the frame slider
// fast never queues work; a result that a newer request has superseded is dropped. During
// playback a few frames ahead are prefetched into the source's cache.
//
// Results arrive on the GUI thread already mapped through ns::media::toDisplayImage with
// the window in force when the frame was requested (the owner re-maps if it has changed).

#include "core/media/FrameSource.h"

#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <memory>
#include <optional>

namespace ns::ui {

class FrameLoader : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxPrefetchInFlight = 3;

    explicit FrameLoader(QObject* parent = nullptr);
    ~FrameLoader() override;

    void setSource(std::shared_ptr<media::FrameSource> source);
    void setWindow(const std::optional<media::WindowLevel>& window) { m_window = window; }

    // Ask for frame `index`; supersedes every earlier request.
    void request(int index);
    // Warm the cache with frames first .. first+count-1 (wrapping at the end when `wrap`).
    void prefetch(int first, int count, bool wrap);
    bool isBusy() const { return m_inFlight >= 0; }
    int pendingIndex() const { return m_pending; }

    // Map a stored frame for display the way the loader does (for re-windowing on the GUI thread).
    static QImage displayImage(const QImage& stored, const std::optional<media::WindowLevel>& window, int bitsStored);

signals:
    // `window` is the one `display` was mapped with.
    void frameLoaded(int index, const QImage& stored, const QImage& display,
                     const std::optional<ns::media::WindowLevel>& window);
    void frameFailed(int index, const QString& error);

private:
    void start(int index);
    void finished(quint64 generation, int index, const QImage& stored, const QImage& display,
                  const std::optional<media::WindowLevel>& window, const QString& error);
    void prefetchDone(quint64 generation, int index);

    std::shared_ptr<media::FrameSource> m_source;
    std::optional<media::WindowLevel> m_window;
    QThreadPool m_pool;
    quint64 m_generation = 0; // bumped by setSource: results of an older source are dropped
    int m_inFlight = -1;
    int m_pending = -1;
    QSet<int> m_prefetching;
};

} // namespace ns::ui
