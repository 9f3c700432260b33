#pragma once
// Makes study thumbnails off the GUI thread (ns::workspace::loadOrMakeThumbnail opens the
// file, decodes a frame, scales it and caches the PNG). One worker thread: thumbnails are
// a background nicety and must not compete with the viewer's frame decoding.

#include "core/workspace/StudyThumbnail.h"

#include <QImage>
#include <QObject>
#include <QThreadPool>

namespace ns::ui {

class ThumbnailLoader : public QObject {
    Q_OBJECT
public:
    explicit ThumbnailLoader(QObject* parent = nullptr);
    ~ThumbnailLoader() override; // waits for the one running job; drops the queued ones

    void request(const workspace::ThumbnailRequest& request);
    // Forget queued requests (another workspace was opened); results of older requests are dropped.
    void cancelAll();
    bool isIdle() const { return m_pending == 0; }

signals:
    // On the GUI thread. `image` is null and `error` says why when the study cannot be shown.
    void ready(qint64 studyId, const QImage& image, const QString& error, bool missing);
    void idle();

private:
    void deliver(quint64 generation, qint64 studyId, const workspace::Thumbnail& thumbnail);

    QThreadPool m_pool;
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace ns::ui
