#pragma once
// The last studies the user opened (most recent first, at most kMax), kept in QSettings.
// Entries whose file or folder has gone are dropped when the list is read.

#include <QObject>
#include <QStringList>

namespace ns::ui {

class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int kMax = 10;

    explicit RecentFiles(QObject* parent = nullptr);

    QStringList paths(); // existing entries only; prunes the stored list
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

signals:
    void changed();

private:
    QStringList load() const;
    void store(const QStringList& paths);
};

} // namespace ns::ui
