#include "ui/viewer/StudyOpener.h"

#include "core/media/MediaOpener.h"

#include <QMetaObject>

namespace ns::ui {

StudyOpener::StudyOpener(QObject* parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

StudyOpener::~StudyOpener()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void StudyOpener::open(const QString& path)
{
    const quint64 serial = ++m_serial;
    m_opening = true;
    m_pool.clear(); // an open still waiting to start is superseded
    m_pool.start([this, serial, path] {
        media::OpenResult result = media::openMedia(path);
        std::shared_ptr<media::FrameSource> source(std::move(result.source));
        const QString error = result.error;
        QMetaObject::invokeMethod(this, [this, serial, path, source, error] {
            if (serial != m_serial)
                return;
            m_opening = false;
            if (source)
                emit opened(path, source);
            else
                emit failed(path, error);
        }, Qt::QueuedConnection);
    });
}

} // namespace ns::ui
