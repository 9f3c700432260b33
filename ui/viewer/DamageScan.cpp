#include "ui/viewer/DamageScan.h"

#include "core/media/VideoFrameSource.h"

#include <QMetaObject>
#include <atomic>

namespace ns::ui {

DamageScan::DamageScan(QObject* parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

DamageScan::~DamageScan()
{
    cancel();
    m_pool.waitForDone();
}

void DamageScan::cancel()
{
    m_token.cancel();
    ++m_generation; // whatever is still running reports to nobody
    m_running = false;
}

bool DamageScan::start(std::shared_ptr<media::FrameSource> source)
{
    cancel();
    auto* video = dynamic_cast<media::VideoFrameSource*>(source.get());
    if (!video || video->isScanned())
        return false;
    m_token = jobs::CancelToken();
    m_running = true;
    const quint64 generation = m_generation;
    const jobs::CancelToken token = m_token;
    m_pool.start([this, source, video, generation, token] {
        auto lastShown = std::make_shared<std::atomic<double>>(-1.0);
        auto lastMessage = std::make_shared<QString>();
        const jobs::Progress reporter(
            [this, generation, lastShown, lastMessage](double fraction, const QString& message) {
                *lastMessage = message; // only this worker thread touches it
                if (fraction < 1.0 && fraction - lastShown->load() < 0.01)
                    return; // at most ~100 updates per scan
                lastShown->store(fraction);
                QMetaObject::invokeMethod(this, [this, generation, fraction, message] {
                    if (generation == m_generation)
                        emit progress(fraction, message);
                }, Qt::QueuedConnection);
            },
            token);
        QString error;
        const bool published = video->scanForDamage(reporter, &error);
        const QString message = published ? *lastMessage : error;
        QMetaObject::invokeMethod(this, [this, generation, published, message] {
            if (generation != m_generation)
                return;
            m_running = false;
            emit finished(published, message);
        }, Qt::QueuedConnection);
    });
    return true;
}

} // namespace ns::ui
