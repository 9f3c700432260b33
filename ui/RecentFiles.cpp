#include "ui/RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace ns::ui {

namespace {
const QString kKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QObject* parent) : QObject(parent) {}

QStringList RecentFiles::load() const
{
    return QSettings().value(kKey).toStringList();
}

void RecentFiles::store(const QStringList& paths)
{
    QSettings().setValue(kKey, paths);
    emit changed();
}

QStringList RecentFiles::paths()
{
    const QStringList stored = load();
    QStringList existing;
    for (const QString& p : stored)
        if (QFileInfo::exists(p))
            existing << p;
    if (existing != stored)
        store(existing);
    return existing;
}

void RecentFiles::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = load();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMax)
        list.removeLast();
    store(list);
}

void RecentFiles::remove(const QString& path)
{
    QStringList list = load();
    if (list.removeAll(QFileInfo(path).absoluteFilePath()) > 0)
        store(list);
}

void RecentFiles::clear()
{
    store({});
}

} // namespace ns::ui
