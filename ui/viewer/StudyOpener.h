#pragma once
// Opens a study (ns::media::openMedia) on a worker thread so a slow file system or a large
// header never freezes the window. Only the newest open counts: opening B while A is still
// being read drops A's result.

#include "core/media/FrameSource.h"

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <memory>

namespace ns::ui {

class StudyOpener : public QObject {
    Q_OBJECT
public:
    explicit StudyOpener(QObject* parent = nullptr);
    ~StudyOpener() override;

    void open(const QString& path);
    bool isOpening() const { return m_opening; }

signals:
    void opened(const QString& path, std::shared_ptr<ns::media::FrameSource> source);
    void failed(const QString& path, const QString& error);

private:
    QThreadPool m_pool;
    quint64 m_serial = 0;
    bool m_opening = false;
};

} // namespace ns::ui
