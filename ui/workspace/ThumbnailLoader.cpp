#include "ui/workspace/ThumbnailLoader.h"

#include <QMetaObject>
#include <QPointer>

namespace ns::ui {

ThumbnailLoader::ThumbnailLoader(QObject* parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

ThumbnailLoader::~ThumbnailLoader()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void ThumbnailLoader::request(const workspace::ThumbnailRequest& request)
{
    ++m_pending;
    const quint64 generation = m_generation;
    QPointer<ThumbnailLoader> self(this);
    m_pool.start([self, generation, request] {
        const workspace::Thumbnail t = workspace::loadOrMakeThumbnail(request);
        // The loader outlives every job it runs (its destructor waits), but not necessarily
        // the queued call: QPointer is checked again on the GUI thread.
        QMetaObject::invokeMethod(self.data(), [self, generation, id = request.studyId, t] {
            if (self)
                self->deliver(generation, id, t);
        }, Qt::QueuedConnection);
    });
}

void ThumbnailLoader::cancelAll()
{
    m_pool.clear();
    ++m_generation;
    m_pending = 0;
}

void ThumbnailLoader::deliver(quint64 generation, qint64 studyId, const workspace::Thumbnail& t)
{
    if (generation != m_generation)
        return;
    emit ready(studyId, t.image, t.error, t.missing);
    if (--m_pending == 0)
        emit idle();
}

} // namespace ns::ui
