#pragma once
// What the contour-tool tests share: a fresh main window for every test function, a real
// workspace in a temporary folder, and mouse and key helpers that work in image
// coordinates on the image view (as a user's mouse does at 1:1 zoom).

#include "tests/TestData.h"
#include "tests/ui/MainWindowTesting.h"
#include "ui/MainWindow.h"
#include "ui/annotation/AnnotationController.h"
#include "ui/annotation/AnnotationSession.h"
#include "ui/annotation/ContourToolLayer.h"
#include "ui/viewer/ImageView.h"
#include "ui/viewer/StudyViewer.h"

#include <QObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace ns::testdata {

class ContourToolFixture : public QObject {
protected:
    // initTestCase: isolated settings, and "tester" as the rater (no "who annotates?" dialog).
    void setUpTestCase(const QString& testName)
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir.path(), testName);
        QSettings().setValue(QStringLiteral("annotation/rater"), QStringLiteral("tester"));
    }
    // init / cleanup: every test function starts from a new window.
    void openWindow()
    {
        m_window = std::make_unique<ns::ui::MainWindow>();
        QVERIFY(showMainWindow(*m_window));
    }
    void closeWindow() { m_window.reset(); }

    bool useWorkspace() { return useNewWorkspace(*m_window, m_dir.path()); }
    ns::ui::AnnotationSession* session() const { return m_window->annotation()->session(); }
    ns::ui::ImageView* view() const { return m_window->viewer()->imageView(); }
    // The widget point of image point `p` (whole widget pixels, as the mouse delivers them).
    QPoint at(QPointF p) const { return view()->mapFromImage(p).toPoint(); }
    // The image point the view reports for that widget point: what a tool receives.
    QPointF imageOf(QPoint w) const { return view()->mapToImage(QPointF(w)); }

    // The tool's key, pressed on the image view.
    void choose(Qt::Key key, ns::ui::ContourToolLayer::Tool expected)
    {
        view()->setFocus();
        QTest::keyClick(view(), key);
        QCOMPARE(session()->toolLayer()->tool(), expected);
    }
    // One drag with the ellipse tool, from corner to corner of its bounding box.
    void drawEllipse(QPointF from, QPointF to)
    {
        QTest::mousePress(view(), Qt::LeftButton, {}, at(from));
        QTest::mouseMove(view(), at(to));
        QTest::mouseRelease(view(), Qt::LeftButton, {}, at(to));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ns::ui::MainWindow> m_window;
};

} // namespace ns::testdata
