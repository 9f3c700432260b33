// The viewer driven as a user drives it: real files opened through openMedia(), real
// widgets, keyboard shortcuts, mouse wheel and drags, on the offscreen platform.

#include "core/media/MediaOpener.h"
#include "tests/TestData.h"
#include "ui/MainActions.h"
#include "ui/MainWindow.h"
#include "ui/RecentFiles.h"
#include "ui/viewer/CalibrationOverlay.h"
#include "ui/viewer/CineControls.h"
#include "ui/viewer/CinePlayer.h"
#include "ui/viewer/DamageScan.h"
#include "ui/viewer/FrameLoader.h"
#include "ui/viewer/ImageView.h"
#include "ui/viewer/MetadataPanel.h"
#include "ui/viewer/StudyViewer.h"
#include "ui/viewer/ViewerStatusBar.h"
#include "ui/viewer/WelcomeWidget.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolBar>
#include <QToolButton>
#include <QWheelEvent>
#include <atomic>
#include <memory>

using ns::ui::MainWindow;
namespace td = ns::testdata;

namespace {

QString videoPath() { return td::opencvSample(QStringLiteral("vtest.avi")); }
QString rle2FramePath() { return td::pydicom(QStringLiteral("SC_rgb_rle_2frame.dcm")); }
QString greyDicomPath() { return td::pydicom(QStringLiteral("CT_small.dcm")); }
QString alokaPath() { return td::shared(QStringLiteral("gdcm-US-ALOKA-16.dcm")); }

// Decodes real frames from another source, slowly, and counts how often it is asked to:
// lets the test see whether the viewer queues work or drops stale requests.
class SlowSource : public ns::media::FrameSource {
public:
    SlowSource(std::unique_ptr<ns::media::FrameSource> inner, int delayMs) : m_inner(std::move(inner)), m_delayMs(delayMs)
    {
        setFrameCount(m_inner->frameCount());
        setFrameSize(m_inner->frameSize());
        setFrameRate(m_inner->frameRate());
        mutableInfo() = m_inner->info();
        cache().setBudgetBytes(0); // every request is a decode
    }
    std::atomic_int decodes{0};

protected:
    QImage decodeFrame(int index, QString* error) override
    {
        ++decodes;
        QThread::msleep(m_delayMs);
        return m_inner->frame(index, error);
    }

private:
    std::unique_ptr<ns::media::FrameSource> m_inner;
    int m_delayMs;
};

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

class TestViewer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void welcomePageSaysWhatToDo();
    void videoOpensAndPlays();
    void spacePausesArrowsStepByExactlyOne();
    void videoScanFindsLengthAndDamage();
    void sliderJumpsToFrame();
    void imageFolderPlaysAtAssumedRate();
    void wheelZoomKeepsImagePointUnderCursor();
    void fitAndActualPixels();
    void leftDragPans();
    void dropOpensFile();
    void multiFrameRleDicomSteps();
    void windowLevelDragOnGreyscale();
    void colourImageIsNotWindowed();
    void calibratedUltrasoundShowsMillimetres();
    void badFileReportsErrorAndWindowKeepsWorking();
    void missingFileReportsError();
    void recentFilesRememberOpenedStudies();
    void slowDecodingNeverQueuesWork();
    void nothingClippedAtSmallWindow();

private:
    // A shown, active main window with `path` opened and its first frame on screen.
    bool openAndWait(const QString& path, int timeoutMs = 20000);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
};

void TestViewer::initTestCase()
{
    // Keep the user's real settings (recent files) out of the test.
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("NerveScopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_viewer"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings().clear();
}

void TestViewer::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestViewer::cleanup()
{
    m_window.reset();
}

bool TestViewer::openAndWait(const QString& path, int timeoutMs)
{
    QSignalSpy shown(m_window.get(), &MainWindow::frameShown);
    QElapsedTimer clock;
    clock.start();
    m_window->openPath(path);
    if (!QTest::qWaitFor([&] { return !m_window->isOpening(); }, timeoutMs)) {
        qWarning("still opening %s", qPrintable(path));
        return false;
    }
    if (!m_window->hasStudy()) {
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(m_window->lastError()));
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

void TestViewer::welcomePageSaysWhatToDo()
{
    auto* welcome = m_window->welcome();
    QVERIFY(welcome->isVisible());
    QVERIFY(!m_window->viewer()->isVisible());
    QVERIFY(welcome->hintLabel()->text().contains(QStringLiteral("Ctrl+O")));
    QVERIFY(welcome->openButton()->isVisible());
    QVERIFY(!m_window->actions()->playPause->isEnabled()); // nothing to play yet
    QCOMPARE(m_window->windowTitle(), QStringLiteral("NerveScope"));
}

void TestViewer::videoOpensAndPlays()
{
    NS_REQUIRE_FILE(videoPath());
    QVERIFY(openAndWait(videoPath()));
    auto* viewer = m_window->viewer();
    QCOMPARE(viewer->frameCount(), 795);
    QCOMPARE(viewer->currentFrame(), 0);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("vtest.avi")));
    QCOMPARE(viewer->cineControls()->counter()->text(), QStringLiteral("1 / 795"));

    QTest::keyClick(m_window.get(), Qt::Key_Space);
    QVERIFY(viewer->isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(viewer->currentFrame() >= 5, 10000);
    QVERIFY(viewer->cineControls()->slider()->value() >= 5);
}

void TestViewer::spacePausesArrowsStepByExactlyOne()
{
    NS_REQUIRE_FILE(videoPath());
    QVERIFY(openAndWait(videoPath()));
    auto* viewer = m_window->viewer();
    QTest::keyClick(m_window.get(), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(viewer->currentFrame() >= 3, 10000);
    QTest::keyClick(m_window.get(), Qt::Key_Space);
    QVERIFY(!viewer->isPlaying());
    QTest::qWait(300); // a frame already being decoded may still land
    const int paused = viewer->currentFrame();
    QTest::qWait(600);
    QCOMPARE(viewer->currentFrame(), paused);

    QSignalSpy shown(m_window.get(), &MainWindow::frameShown);
    QTest::keyClick(m_window.get(), Qt::Key_Right);
    QTRY_COMPARE(viewer->currentFrame(), paused + 1);
    QTRY_VERIFY(!shown.isEmpty());
    QCOMPARE(shown.last().at(0).toInt(), paused + 1);
    QCOMPARE(viewer->cineControls()->counter()->text(), QStringLiteral("%1 / 795").arg(paused + 2));
    QTest::keyClick(m_window.get(), Qt::Key_Left);
    QTRY_COMPARE(viewer->currentFrame(), paused);
    QTest::keyClick(m_window.get(), Qt::Key_Left);
    QTRY_COMPARE(viewer->currentFrame(), paused - 1);
    QTest::qWait(200);
    QCOMPARE(viewer->currentFrame(), paused - 1); // one press, one frame

    QTest::keyClick(m_window.get(), Qt::Key_End);
    QTRY_COMPARE(viewer->currentFrame(), 794);
    QTest::keyClick(m_window.get(), Qt::Key_Right); // stepping stops at the end
    QTest::qWait(200);
    QCOMPARE(viewer->currentFrame(), 794);
    QTest::keyClick(m_window.get(), Qt::Key_Home);
    QTRY_COMPARE(viewer->currentFrame(), 0);
}

void TestViewer::videoScanFindsLengthAndDamage()
{
    // tree.avi lists 444 frames but holds 68 pictures: the background scan after opening
    // corrects the length everywhere the user sees it.
    const QString tree = td::opencvSample(QStringLiteral("tree.avi"));
    NS_REQUIRE_FILE(tree);
    NS_REQUIRE_FILE(videoPath());
    QVERIFY(openAndWait(tree));
    auto* viewer = m_window->viewer();
    QTRY_COMPARE_WITH_TIMEOUT(viewer->frameCount(), 68, 30000);
    QTRY_VERIFY(!m_window->damageScan()->isRunning());
    QCOMPARE(viewer->cineControls()->slider()->maximum(), 67);
    QVERIFY(viewer->cineControls()->counter()->text().endsWith(QStringLiteral(" / 68")));
    QVERIFY(!m_window->viewerStatusBar()->jobProgress()->isVisible());
    QTableWidget* attributes = m_window->metadataPanel()->attributesTable();
    bool listed = false;
    for (int r = 0; r < attributes->rowCount(); ++r)
        listed = listed || attributes->item(r, 1)->text().contains(QStringLiteral("444"));
    QVERIFY2(listed, "the panel says how many frames the file lists");

    // A truncated copy of vtest.avi: the scan finds the damaged tail and the panel says so...
    QTemporaryDir dir;
    const QString cut = dir.filePath(QStringLiteral("cut.avi"));
    {
        QFile in(videoPath());
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(in.read(in.size() * 6 / 10));
    }
    QVERIFY(openAndWait(cut));
    QLabel* damaged = m_window->metadataPanel()->damagedLabel();
    QTRY_VERIFY_WITH_TIMEOUT(damaged->isVisible(), 30000);
    QVERIFY2(damaged->text().contains(QStringLiteral("\u2013795")), qPrintable(damaged->text()));
    // ...and a damaged frame says so where the picture would be.
    QTest::keyClick(m_window.get(), Qt::Key_End);
    QTRY_COMPARE(viewer->currentFrame(), 794);
    QVERIFY2(viewer->imageView()->failure().contains(QStringLiteral("damaged")), qPrintable(viewer->imageView()->failure()));
    QCOMPARE(viewer->cineControls()->counter()->text(), QStringLiteral("795 / 795"));
    QVERIFY(viewer->currentStoredFrame().isNull());
    QTest::keyClick(m_window.get(), Qt::Key_Home);
    QTRY_COMPARE(viewer->currentFrame(), 0);
    QVERIFY(viewer->imageView()->failure().isEmpty());
    QVERIFY(!viewer->currentStoredFrame().isNull());
}

void TestViewer::sliderJumpsToFrame()
{
    NS_REQUIRE_FILE(videoPath());
    QVERIFY(openAndWait(videoPath()));
    auto* viewer = m_window->viewer();
    QSlider* slider = viewer->cineControls()->slider();
    QCOMPARE(slider->maximum(), 794);
    slider->setValue(400);
    QTRY_COMPARE(viewer->currentFrame(), 400);
    QCOMPARE(viewer->cineControls()->counter()->text(), QStringLiteral("401 / 795"));
    // The status bar and frame agree with the slider after a click on its groove (page step).
    QTest::mouseClick(slider, Qt::LeftButton, Qt::NoModifier, QPoint(slider->width() - 3, slider->height() / 2));
    QTRY_VERIFY(viewer->currentFrame() > 400);
    QCOMPARE(viewer->currentFrame(), slider->value());
}

void TestViewer::imageFolderPlaysAtAssumedRate()
{
    // A folder of PNG frames (real pixels: the first frames of vtest.avi) is one sequence
    // without a frame rate: it plays at the assumed 10 fps, and the strip says so.
    NS_REQUIRE_FILE(videoPath());
    QTemporaryDir dir;
    {
        ns::media::OpenResult video = ns::media::openMedia(videoPath());
        QVERIFY2(video, qPrintable(video.error));
        for (int i = 0; i < 12; ++i)
            QVERIFY(video.source->frame(i).save(dir.filePath(QStringLiteral("frame%1.png").arg(i, 3, 10, QLatin1Char('0')))));
    }
    QVERIFY(openAndWait(dir.path()));
    auto* viewer = m_window->viewer();
    QCOMPARE(viewer->frameCount(), 12);
    QCOMPARE(viewer->player()->effectiveFrameRate(), 10.0);
    QVERIFY2(viewer->cineControls()->rateLabel()->text().contains(QStringLiteral("assumed")),
             qPrintable(viewer->cineControls()->rateLabel()->text()));
    QElapsedTimer clock;
    clock.start();
    QTest::keyClick(m_window.get(), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(viewer->currentFrame() >= 5, 5000);
    // Five frames at 10 fps take about half a second: not faster, and not much slower.
    QVERIFY2(clock.elapsed() >= 450, qPrintable(QString::number(clock.elapsed())));
    QTest::keyClick(m_window.get(), Qt::Key_Space);
}

void TestViewer::wheelZoomKeepsImagePointUnderCursor()
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

void TestViewer::fitAndActualPixels()
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

void TestViewer::leftDragPans()
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

void TestViewer::dropOpensFile()
{
    NS_REQUIRE_FILE(rle2FramePath());
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(rle2FramePath())});
    const QPoint at(m_window->width() / 2, m_window->height() / 2);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy opened(m_window.get(), &MainWindow::studyOpened);
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QTRY_COMPARE(opened.size(), 1);
    QCOMPARE(m_window->currentPath(), rle2FramePath());
    QTRY_COMPARE(m_window->viewer()->currentFrame(), 0);

    // Text without a local file is refused.
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QDragEnterEvent refuse(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refuse.setAccepted(false);
    QApplication::sendEvent(m_window.get(), &refuse);
    QVERIFY(!refuse.isAccepted());
}

void TestViewer::multiFrameRleDicomSteps()
{
    NS_REQUIRE_FILE(rle2FramePath());
    QVERIFY(openAndWait(rle2FramePath()));
    auto* viewer = m_window->viewer();
    QCOMPARE(viewer->frameCount(), 2);
    QVERIFY(viewer->cineControls()->isVisible());
    QCOMPARE(viewer->cineControls()->counter()->text(), QStringLiteral("1 / 2"));
    const QImage first = viewer->currentStoredFrame();
    QTest::keyClick(m_window.get(), Qt::Key_Right);
    QTRY_COMPARE(viewer->currentFrame(), 1);
    QCOMPARE(viewer->cineControls()->counter()->text(), QStringLiteral("2 / 2"));
    QVERIFY(viewer->currentStoredFrame() != first); // the second frame is a different picture
    QTest::keyClick(m_window.get(), Qt::Key_Right);
    QTest::qWait(200);
    QCOMPARE(viewer->currentFrame(), 1);
    // Two frames loop when played.
    QVERIFY(viewer->player()->isLooping());
    QTest::keyClick(m_window.get(), Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(viewer->currentFrame(), 0, 5000);
    QTest::keyClick(m_window.get(), Qt::Key_Space);

    // L turns looping off (menu and strip agree): playback then stops on the last frame.
    QTest::keyClick(m_window.get(), Qt::Key_L);
    QVERIFY(!viewer->player()->isLooping());
    QVERIFY(!m_window->actions()->loop->isChecked());
    QVERIFY(!viewer->cineControls()->loopButton()->isChecked());
    QTest::keyClick(m_window.get(), Qt::Key_Home);
    QTRY_COMPARE(viewer->currentFrame(), 0);
    QTest::keyClick(m_window.get(), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(!viewer->isPlaying(), 5000);
    QCOMPARE(viewer->currentFrame(), 1);
    // The strip's Loop button turns it back on, and the menu follows.
    QTest::mouseClick(viewer->cineControls()->loopButton(), Qt::LeftButton);
    QVERIFY(viewer->player()->isLooping());
    QVERIFY(m_window->actions()->loop->isChecked());
}

void TestViewer::windowLevelDragOnGreyscale()
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

void TestViewer::colourImageIsNotWindowed()
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

void TestViewer::calibratedUltrasoundShowsMillimetres()
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

void TestViewer::badFileReportsErrorAndWindowKeepsWorking()
{
    NS_REQUIRE_FILE(videoPath());
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("not-a-study.dcm"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray junk(4096, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919 + 13) & 0xff);
        f.write(junk);
    }

    // With nothing open: the error is reported and the start page stays.
    QSignalSpy failed(m_window.get(), &MainWindow::openFailed);
    m_window->openPath(bad);
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(m_window->lastError().contains(QStringLiteral("not-a-study.dcm")));
    QVERIFY(m_window->errorBox() && m_window->errorBox()->isVisible());
    QVERIFY(m_window->errorBox()->text().contains(QStringLiteral("not-a-study.dcm")));
    QVERIFY(m_window->viewerStatusBar()->currentMessage().contains(QStringLiteral("not-a-study.dcm")));
    QVERIFY(m_window->welcome()->isVisible());
    m_window->errorBox()->close();

    // With a study open: the study stays and keeps working after the bad file.
    QVERIFY(openAndWait(videoPath()));
    QVERIFY(m_window->lastError().isEmpty());
    m_window->openPath(bad);
    QTRY_COMPARE(failed.size(), 2);
    QVERIFY(m_window->hasStudy());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("vtest.avi")));
    m_window->errorBox()->close();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const int frame = m_window->viewer()->currentFrame();
    QTest::keyClick(m_window.get(), Qt::Key_Right);
    QTRY_COMPARE(m_window->viewer()->currentFrame(), frame + 1);
}

void TestViewer::missingFileReportsError()
{
    QSignalSpy failed(m_window.get(), &MainWindow::openFailed);
    m_window->openPath(QStringLiteral("/nonexistent/study-that-is-not-there.dcm"));
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(m_window->lastError().contains(QStringLiteral("study-that-is-not-there.dcm")));
    QVERIFY(!m_window->hasStudy());
}

void TestViewer::recentFilesRememberOpenedStudies()
{
    NS_REQUIRE_FILE(videoPath());
    m_window->recentFiles()->clear();
    QVERIFY(openAndWait(videoPath()));
    QCOMPARE(m_window->recentFiles()->paths().value(0), videoPath());

    // A new window lists it on the start page; entries whose file vanished are dropped.
    QTemporaryDir dir;
    const QString gone = dir.filePath(QStringLiteral("gone.avi"));
    QFile::copy(videoPath(), gone);
    m_window->recentFiles()->add(gone);
    QFile::remove(gone);
    m_window.reset();
    init();
    QListWidget* list = m_window->welcome()->recentList();
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), videoPath());
    QSignalSpy opened(m_window.get(), &MainWindow::studyOpened);
    emit list->itemActivated(list->item(0));
    QTRY_COMPARE(opened.size(), 1);
}

void TestViewer::slowDecodingNeverQueuesWork()
{
    NS_REQUIRE_FILE(videoPath());
    ns::media::OpenResult opened = ns::media::openMedia(videoPath());
    QVERIFY2(opened, qPrintable(opened.error));
    auto slow = std::make_shared<SlowSource>(std::move(opened.source), 60);
    QSignalSpy shown(m_window.get(), &MainWindow::frameShown);
    m_window->openSource(slow, videoPath());
    QTRY_VERIFY(!shown.isEmpty());
    auto* viewer = m_window->viewer();

    // Dragging the slider across 300 frames decodes a handful, not 300, and ends on the last.
    slow->decodes = 0;
    QSlider* slider = viewer->cineControls()->slider();
    for (int i = 1; i <= 300; ++i)
        slider->setValue(i);
    QTRY_COMPARE_WITH_TIMEOUT(viewer->currentFrame(), 300, 10000);
    QVERIFY2(slow->decodes <= 4, qPrintable(QStringLiteral("%1 decodes").arg(slow->decodes.load())));

    // Playing at 4x (40 fps) with 60 ms decodes: frames are skipped to stay on time...
    viewer->cineControls()->speedBox()->setCurrentIndex(4);
    QTest::keyClick(m_window.get(), Qt::Key_Space);
    QVERIFY(viewer->isPlaying());
    QTest::qWait(1500);
    QVERIFY2(viewer->currentFrame() >= 300 + 40,
             qPrintable(QStringLiteral("only reached %1 after 1.5 s at 40 fps").arg(viewer->currentFrame())));
    // ...and after pausing, only what was already started finishes: nothing was queued.
    QTest::keyClick(m_window.get(), Qt::Key_Space);
    QVERIFY(!viewer->isPlaying());
    QTest::qWait(100);
    const int decodesAtPause = slow->decodes;
    QTest::qWait(1000);
    const int late = slow->decodes - decodesAtPause;
    QVERIFY2(late <= 1 + ns::ui::FrameLoader::kMaxPrefetchInFlight,
             qPrintable(QStringLiteral("%1 decodes after pause").arg(late)));
}

void TestViewer::nothingClippedAtSmallWindow()
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
        const QString dir = qEnvironmentVariable("NS_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            m_window->grab().save(QDir(dir).filePath(QFileInfo(path).completeBaseName() + QStringLiteral("-1024x700.png")));
    }
}

QTEST_MAIN(TestViewer)
#include "test_viewer.moc"
