#pragma once
// What the viewer's GUI tests share: the user's settings kept out of the test, a shown and
// active main window, and a file opened the way a user opens it, up to its first frame on
// screen.

#include "ui/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

namespace ns::testdata {

// Settings (recent files, window state) go to `dir`, under the application name `app`.
inline void isolateSettings(const QString& dir, const QString& app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("NerveScopeTests"));
    QCoreApplication::setApplicationName(app);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
    QSettings().clear();
}

// A 1400x900 main window, shown and active (false when it never became so).
inline bool showMainWindow(ns::ui::MainWindow& window)
{
    window.resize(1400, 900);
    window.show();
    QApplication::setActiveWindow(&window);
    return QTest::qWaitForWindowExposed(&window) && QTest::qWaitForWindowActive(&window);
}

// openPath, then waits until the first frame is on screen; false with a warning that says
// which step did not happen.
inline bool openAndWait(ns::ui::MainWindow& window, const QString& path, int timeoutMs = 20000)
{
    QSignalSpy shown(&window, &ns::ui::MainWindow::frameShown);
    QElapsedTimer clock;
    clock.start();
    window.openPath(path);
    if (!QTest::qWaitFor([&] { return !window.isOpening(); }, timeoutMs)) {
        qWarning("still opening %s", qPrintable(path));
        return false;
    }
    if (!window.hasStudy()) {
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(window.lastError()));
        return false;
    }
    if (!QTest::qWaitFor([&] { return !shown.isEmpty(); }, timeoutMs)) {
        qWarning("no frame of %s reached the screen", qPrintable(path));
        return false;
    }
    qInfo("%s: first frame on screen %lld ms after openPath", qPrintable(QFileInfo(path).fileName()),
          static_cast<long long>(clock.elapsed()));
    return true;
}

} // namespace ns::testdata
