#pragma once
// What the main window's GUI tests share: the user's settings kept out of the test, a shown and
// active main window, and a file opened the way a user opens it, up to its first frame on
// screen.

#include "ui/MainWindow.h"
#include "ui/annotation/AnnotationController.h"
#include "ui/annotation/AnnotationSession.h"
#include "tests/ui/MainWindowTesting.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

namespace ns::testdata {

// Settings (recent files, window state) go to `dir`, under the application name `app`.
// Opening a study does not start the AI (the app's default does): each test runs the jobs it
// checks itself. test_ai_review checks the default.
inline void isolateSettings(const QString& dir, const QString& app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("NerveScopeTests"));
    QCoreApplication::setApplicationName(app);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
    QSettings().clear();
    QSettings().setValue(QStringLiteral("ai/analyseOnOpen"), false);
}

// The main window at `size`, shown and active (false when it never became so).
inline bool showMainWindow(ns::ui::MainWindow& window, QSize size = QSize(1400, 900))
{
    window.resize(size);
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

// A new, empty workspace in a fresh sub-folder of `parentDir`, opened in the window (false
// with a warning naming the reason).
inline bool useNewWorkspace(ns::ui::MainWindow& window, const QString& parentDir)
{
    static int serial = 0;
    const QString dir = QDir(parentDir).filePath(QStringLiteral("ws%1").arg(++serial));
    ns::ui::AnnotationSession* session = window.annotation()->session();
    if (!session->createWorkspace(dir)) {
        qWarning("cannot create workspace %s: %s", qPrintable(dir), qPrintable(session->error()));
        return false;
    }
    return true;
}

} // namespace ns::testdata
