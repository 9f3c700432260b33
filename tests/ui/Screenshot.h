#pragma once
// Screenshots for a person to look at: every screen is looked at before it is called done.
// With NERVESCOPE_SCREENSHOTS=DIR set, GUI tests save grabs of what they drive into DIR
// under the names they give; unset, as in CI, nothing is grabbed or written.

#include <QCoreApplication>
#include <QDir>
#include <QWidget>

namespace ns::testdata {

inline bool screenshotsWanted() { return !qEnvironmentVariableIsEmpty("NERVESCOPE_SCREENSHOTS"); }

inline void screenshot(QWidget* widget, const QString& fileName)
{
    const QString dir = qEnvironmentVariable("NERVESCOPE_SCREENSHOTS");
    if (dir.isEmpty() || !widget)
        return;
    // What a person would see: the layout requests and repaints still queued are done first.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    const QString path = QDir(dir).filePath(fileName);
    if (!QDir().mkpath(dir) || !widget->grab().save(path))
        qWarning("cannot save the screenshot %s", qPrintable(path));
}

} // namespace ns::testdata
