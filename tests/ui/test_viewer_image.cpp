// The viewer's image as a user works it: wheel zoom about the cursor, fit and actual
// pixels, panning, window/level on greyscale (not on colour), millimetres from ultrasound
// regions, and nothing clipped in a small window; real files on the offscreen platform.
#include "tests/TestData.h"
#include "tests/ui/MainWindowTesting.h"
#include "ui/MainActions.h"
#include "ui/MainWindow.h"
#include "ui/viewer/CalibrationOverlay.h"
#include "ui/viewer/CineControls.h"
#include "ui/viewer/ImageView.h"
#include "ui/viewer/MetadataPanel.h"
#include "ui/viewer/StudyViewer.h"
#include "ui/viewer/ViewerStatusBar.h"
#include "tests/ui/Screenshot.h"

#include <QDir>
#include <QLabel>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QWheelEvent>
#include <cmath>
#include <memory>

using ns::ui::MainWindow;
namespace td = ns::testdata;

namespace {

QString videoPath() { return td::opencvSample(QStringLiteral("vtest.avi")); }
QString rle2FramePath() { return td::pydicom(QStringLiteral("SC_rgb_rle_2frame.dcm")); }
QString greyDicomPath() { return td::pydicom(QStringLiteral("CT_small.dcm")); }
QString alokaPath() { return td::shared(QStringLiteral("gdcm-US-ALOKA-16.dcm")); }

void sendWheel(QWidget* w, QPointF pos, int angle)
{
    QWheelEvent ev(pos, w->mapToGlobal(pos), QPoint(), QPoint(0, angle), Qt::NoButton, Qt::NoModifier,
                   Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &ev);
}

void sendMouse(QWidget* w, QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent ev(type, pos, w->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &ev);
}

} // namespace

class TestViewerImage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        td::isolateSettings(m_settingsDir.path(), QStringLiteral("test_viewer_image"));
    }
    void init()
    {
        m_window = std::make_unique<MainWindow>();
        QVERIFY(td::showMainWindow(*m_window));
    }
    void cleanup() { m_window.reset(); }

    void wheelZoomKeepsImagePointUnderCursor();
    void fitAndActualPixels();
    void leftDragPans();
    void windowLevelDragOnGreyscale();
    void colourImageIsNotWindowed();
    void calibratedUltrasoundShowsMillimetres();
    void nothingClippedAtSmallWindow();

private:
    bool openAndWait(const QString& path, int timeoutMs = 20000) { return td::openAndWait(*m_window, path, timeoutMs); }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
};

void TestViewerImage::wheelZoomKeepsImagePointUnderCursor()
{
    NS_REQUIRE_FILE(videoPath());
    QVERIFY(openAndWait(videoPath()));
    ns::ui::ImageView* view = m_window->viewer()->imageView();
    QVERIFY(view->isFitMode());
    const QPointF cursor(view->width() * 0.3, view->height() * 0.6);
    const QPointF imagePoint = view->mapToImage(cursor);
    const double before = view->zoom();

    sendWheel(view, cursor, 120);
    QCOMPARE(view->zoom(), before * 1.25);
    QVERIFY(!view->isFitMode());
    const QPointF after = view->mapFromImage(imagePoint);
    QVERIFY2(QLineF(after, cursor).length() < 1e-6,
             qPrintable(QStringLiteral("point moved from %1,%2 to %3,%4").arg(cursor.x()).arg(cursor.y())
                            .arg(after.x()).arg(after.y())));

    sendWheel(view, cursor, 3 * 120);
    QVERIFY(view->zoom() > 2.0);
    QVERIFY(!view->isSmoothScaling()); // crisp pixels when zoomed in
    QVERIFY(QLineF(view->mapFromImage(imagePoint), cursor).length() < 1e-6);

    sendWheel(view, cursor, -4 * 120);
    QVERIFY(qAbs(view->zoom() - before) < 1e-9);
    QVERIFY(QLineF(view->mapToImage(cursor), imagePoint).length() < 1e-6);

    // The status bar follows the zoom.
    QVERIFY(m_window->viewerStatusBar()->zoomLabel()->text().contains(QString::number(qRound(before * 100))));
}

void TestViewerImage::fitAndActualPixels()
{
    NS_REQUIRE_FILE(videoPath());
    QVERIFY(openAndWait(videoPath()));
    ns::ui::ImageView* view = m_window->viewer()->imageView();
    const QSize image = view->imageSize();
    QCOMPARE(image, QSize(768, 576));

    QTest::keyClick(m_window.get(), Qt::Key_1);
    QCOMPARE(view->zoom(), 1.0);
    QCOMPARE(m_window->viewerStatusBar()->zoomLabel()->text(), QStringLiteral("Zoom 100%"));
    // 1:1 sits on whole pixels, so nothing is resampled.
    const QPointF corner = view->mapFromImage(QPointF(-0.5, -0.5));
    QCOMPARE(corner.x(), std::round(corner.x()));
    QCOMPARE(corner.y(), std::round(corner.y()));

    QTest::keyClick(m_window.get(), Qt::Key_Plus);
    QCOMPARE(view->zoom(), 1.25);
    QTest::keyClick(m_window.get(), Qt::Key_Minus);
    QCOMPARE(view->zoom(), 1.0);

    QTest::keyClick(m_window.get(), Qt::Key_F);
    QVERIFY(view->isFitMode());
    const QRectF shown = view->viewTransform().imageRectInWidget(image);
    QVERIFY(QRectF(view->rect()).adjusted(-0.01, -0.01, 0.01, 0.01).contains(shown));
    // Fitted: one side spans the view (less the margin).
    QVERIFY(shown.width() >= view->width() - 10 || shown.height() >= view->height() - 10);
}

void TestViewerImage::leftDragPans()
{
    NS_REQUIRE_FILE(videoPath());
    QVERIFY(openAndWait(videoPath()));
    ns::ui::ImageView* view = m_window->viewer()->imageView();
    view->setZoom(3.0, QPointF(view->width() / 2.0, view->height() / 2.0));
    const QPointF imagePoint(300, 200);
    const QPointF before = view->mapFromImage(imagePoint);
    const QPointF start(view->width() / 2.0, view->height() / 2.0);
    sendMouse(view, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    sendMouse(view, QEvent::MouseMove, start + QPointF(-20, -10), Qt::NoButton, Qt::LeftButton);
    sendMouse(view, QEvent::MouseMove, start + QPointF(-50, -30), Qt::NoButton, Qt::LeftButton);
    sendMouse(view, QEvent::MouseButtonRelease, start + QPointF(-50, -30), Qt::LeftButton, Qt::NoButton);
    QCOMPARE(view->mapFromImage(imagePoint), before + QPointF(-50, -30));
    QCOMPARE(view->zoom(), 3.0);
    // Middle-drag pans too.
    sendMouse(view, QEvent::MouseButtonPress, start, Qt::MiddleButton, Qt::MiddleButton);
    sendMouse(view, QEvent::MouseMove, start + QPointF(40, 25), Qt::NoButton, Qt::MiddleButton);
    sendMouse(view, QEvent::MouseButtonRelease, start + QPointF(40, 25), Qt::MiddleButton, Qt::NoButton);
    QCOMPARE(view->mapFromImage(imagePoint), before + QPointF(-10, -5));
}

void TestViewerImage::windowLevelDragOnGreyscale()
{
    NS_REQUIRE_FILE(greyDicomPath());
    QVERIFY(openAndWait(greyDicomPath()));
    auto* viewer = m_window->viewer();
    const QImage stored = viewer->currentStoredFrame();
    QVERIFY(stored.format() == QImage::Format_Grayscale16 || stored.format() == QImage::Format_Grayscale8);
    QVERIFY(viewer->window().has_value());
    const ns::media::WindowLevel start = *viewer->window();
    QLabel* wlLabel = m_window->viewerStatusBar()->windowLabel();
    const QString startText = wlLabel->text();
    QVERIFY2(startText.startsWith(QStringLiteral("W ")), qPrintable(startText));
    const QImage startPixels = viewer->imageView()->image();

    ns::ui::ImageView* view = viewer->imageView();
    const QPointF c(view->width() / 2.0, view->height() / 2.0);
    sendMouse(view, QEvent::MouseButtonPress, c, Qt::RightButton, Qt::RightButton);
    sendMouse(view, QEvent::MouseMove, c + QPointF(100, 0), Qt::NoButton, Qt::RightButton);
    sendMouse(view, QEvent::MouseMove, c + QPointF(200, 40), Qt::NoButton, Qt::RightButton);
    sendMouse(view, QEvent::MouseButtonRelease, c + QPointF(200, 40), Qt::RightButton, Qt::NoButton);

    QVERIFY(viewer->window().has_value());
    const ns::media::WindowLevel dragged = *viewer->window();
    QVERIFY2(qAbs(dragged.width - 2.0 * start.width) < 1e-6 * start.width, "200 px right doubles the width");
    QVERIFY(dragged.center > start.center); // dragging down raises the level
    QVERIFY(wlLabel->text() != startText);
    QVERIFY(viewer->imageView()->image() != startPixels); // the picture was re-mapped

    // The status bar reads the stored value (less the signed offset) under the cursor.
    const QPoint pixel(64, 40);
    sendMouse(view, QEvent::MouseMove, view->mapFromImage(QPointF(pixel)), Qt::NoButton, Qt::NoButton);
    const int offset = viewer->source()->info().signedOffset;
    const int storedValue = stored.format() == QImage::Format_Grayscale16
        ? int(reinterpret_cast<const quint16*>(stored.constScanLine(pixel.y()))[pixel.x()])
        : int(stored.constScanLine(pixel.y())[pixel.x()]);
    QCOMPARE(m_window->viewerStatusBar()->valueLabel()->text(), QStringLiteral("value %1").arg(storedValue - offset));
    QCOMPARE(m_window->viewerStatusBar()->physicalLabel()->text().isEmpty(), false);

    // Ctrl+R restores the study's window.
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(viewer->window()->width, start.width);
    QCOMPARE(viewer->window()->center, start.center);
    QCOMPARE(wlLabel->text(), startText);
    QVERIFY(viewer->imageView()->image() == startPixels);
}

void TestViewerImage::colourImageIsNotWindowed()
{
    NS_REQUIRE_FILE(rle2FramePath());
    QVERIFY(openAndWait(rle2FramePath()));
    auto* viewer = m_window->viewer();
    QCOMPARE(viewer->currentStoredFrame().format(), QImage::Format_RGB888);
    const QImage before = viewer->imageView()->image();
    ns::ui::ImageView* view = viewer->imageView();
    const QPointF c(view->width() / 2.0, view->height() / 2.0);
    sendMouse(view, QEvent::MouseButtonPress, c, Qt::RightButton, Qt::RightButton);
    sendMouse(view, QEvent::MouseMove, c + QPointF(150, 80), Qt::NoButton, Qt::RightButton);
    sendMouse(view, QEvent::MouseButtonRelease, c + QPointF(150, 80), Qt::RightButton, Qt::NoButton);
    QVERIFY(!viewer->window().has_value());
    QVERIFY(viewer->imageView()->image() == before);
    QCOMPARE(m_window->viewerStatusBar()->windowLabel()->text(), QStringLiteral("W/L: colour"));
    QVERIFY(!m_window->actions()->resetWindow->isEnabled());
}

void TestViewerImage::calibratedUltrasoundShowsMillimetres()
{
    NS_REQUIRE_FILE(alokaPath());
    QVERIFY(openAndWait(alokaPath()));
    auto* viewer = m_window->viewer();
    QCOMPARE(viewer->imageView()->imageSize(), QSize(640, 480));
    QVERIFY(!viewer->cineControls()->isVisible()); // a single frame has no cine strip

    // Metadata panel: three regions listed.
    auto* panel = m_window->metadataPanel();
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->calibrationTable()->rowCount(), 3);
    QCOMPARE(panel->calibrationTable()->item(0, 2)->text(), QStringLiteral("0.382653"));
    QCOMPARE(panel->calibrationTable()->item(2, 2)->text(), QStringLiteral("not spatial"));
    QVERIFY(panel->attributesTable()->rowCount() >= 3);

    // Scale bar: a round length in mm from a calibrated region.
    const auto bar = viewer->calibrationOverlay()->scaleBar(*viewer->imageView());
    QVERIFY(bar.has_value());
    QVERIFY(QList<double>({1, 2, 5, 10, 20}).contains(bar->lengthMm));
    QVERIFY(bar->regionIndex == 0 || bar->regionIndex == 1);
    const double expectedPx = bar->lengthMm / 0.382653 * viewer->imageView()->zoom();
    QVERIFY2(qAbs(bar->lengthWidgetPx - expectedPx) < 1e-4 * expectedPx,
             qPrintable(QStringLiteral("%1 px for %2 mm, expected %3").arg(bar->lengthWidgetPx).arg(bar->lengthMm).arg(expectedPx)));

    // Status bar read-out in region 1: millimetres from the region's origin (x 32, y 24).
    ns::ui::ImageView* view = viewer->imageView();
    ns::ui::ViewerStatusBar* status = m_window->viewerStatusBar();
    sendMouse(view, QEvent::MouseMove, view->mapFromImage(QPointF(100, 200)), Qt::NoButton, Qt::NoButton);
    QTRY_VERIFY(!status->positionLabel()->text().isEmpty());
    QCOMPARE(status->positionLabel()->text(), QStringLiteral("x 100, y 200 px"));
    const QString mm = status->physicalLabel()->text();
    QVERIFY2(mm.contains(QStringLiteral("mm (region 1)")), qPrintable(mm));
    // (100 - 32) x 0.382653 mm, (200 - 24) x 0.382653 mm
    QVERIFY2(mm.startsWith(QStringLiteral("26.02, 67.35 mm")), qPrintable(mm));
    QVERIFY(status->valueLabel()->text().startsWith(QStringLiteral("RGB ")));

    // Outside every region, and inside the uncalibrated region 3: no physical position.
    sendMouse(view, QEvent::MouseMove, view->mapFromImage(QPointF(10, 10)), Qt::NoButton, Qt::NoButton);
    QTRY_COMPARE(status->physicalLabel()->text(), QStringLiteral("no calibration here"));
    sendMouse(view, QEvent::MouseMove, view->mapFromImage(QPointF(45, 70)), Qt::NoButton, Qt::NoButton);
    QTRY_COMPARE(status->positionLabel()->text(), QStringLiteral("x 45, y 70 px"));
    QCOMPARE(status->physicalLabel()->text(), QStringLiteral("no calibration here"));

    // Region outlines toggle with R.
    QVERIFY(!viewer->regionsVisible());
    QTest::keyClick(m_window.get(), Qt::Key_R);
    QVERIFY(viewer->regionsVisible());
    QTest::keyClick(m_window.get(), Qt::Key_R);
    QVERIFY(!viewer->regionsVisible());
}

void TestViewerImage::nothingClippedAtSmallWindow()
{
    NS_REQUIRE_FILE(alokaPath());
    NS_REQUIRE_FILE(greyDicomPath());
    NS_REQUIRE_FILE(videoPath());
    m_window->resize(1024, 700);
    QTRY_COMPARE(m_window->size(), QSize(1024, 700));
    // Every toolbar action fits: no overflow (extension) button is needed.
    for (QToolBar* bar : m_window->findChildren<QToolBar*>())
        QVERIFY(bar->sizeHint().width() <= m_window->width());

    for (const QString& path : {alokaPath(), greyDicomPath(), videoPath()}) {
        QVERIFY(openAndWait(path));
        QTest::qWait(50);
        auto* viewer = m_window->viewer();
        auto* controls = viewer->cineControls();
        if (controls->isVisible()) {
            QVERIFY(controls->width() >= controls->minimumSizeHint().width());
            QVERIFY(controls->counter()->width() >= controls->counter()->fontMetrics().horizontalAdvance(
                                                         controls->counter()->text()));
        }
        // The calibration table shows all its columns without scrolling.
        QTableWidget* cal = m_window->metadataPanel()->calibrationTable();
        if (cal->isVisible())
            QVERIFY2(!cal->horizontalScrollBar()->isVisible(), "calibration table needs a horizontal scroll bar");
        // The image keeps a useful size next to the information panel.
        QVERIFY(viewer->imageView()->width() >= 560);
        QVERIFY(viewer->imageView()->height() >= 450);
        td::screenshot(m_window.get(), QFileInfo(path).completeBaseName() + QStringLiteral("-1024x700.png"));
    }
}

QTEST_MAIN(TestViewerImage)
#include "test_viewer_image.moc"
