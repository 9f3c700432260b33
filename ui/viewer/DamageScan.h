#pragma once
// After a video opens, reads it once in the background (VideoFrameSource::scanForDamage)
// to find damaged frames, the true frame count and every frame's time, which makes later
// random access fast. Progress and the result come back on the GUI thread; a scan of a
// study that is no longer shown is cancelled and its result dropped.
// (Moves onto the JobRunner of DESIGN.md section 4 once core/jobs has one.)

#include "core/jobs/Progress.h"
#include "core/media/FrameSource.h"

#include <QObject>
#include <QThreadPool>
#include <memory>

namespace ns::ui {

class DamageScan : public QObject {
    Q_OBJECT
public:
    explicit DamageScan(QObject* parent = nullptr);
    ~DamageScan() override;

    // Starts a scan when `source` is a video not scanned yet; false when there is nothing to do.
    bool start(std::shared_ptr<media::FrameSource> source);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(double fraction, const QString& message);
    // `published`: the source's frame count, frame rate and info may have changed.
    void finished(bool published, const QString& message);

private:
    QThreadPool m_pool;
    jobs::CancelToken m_token;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace ns::ui
