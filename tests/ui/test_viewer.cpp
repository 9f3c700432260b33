// The viewer driven as a user drives it: real files opened through openMedia(), real
// widgets, keyboard shortcuts, playback, drops, errors and recent files, on the offscreen
// platform. Zoom, pan, window/level, calibration and layout: test_viewer_image.cpp.

#include "core/media/MediaOpener.h"
#include "tests/TestData.h"
#include "tests/ui/MainWindowTesting.h"
#include "ui/MainActions.h"
#include "ui/MainWindow.h"
#include "ui/RecentFiles.h"
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
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolButton>
#include <atomic>
#include <memory>

using ns::ui::MainWindow;
namespace td = ns::testdata;

namespace {

QString videoPath() { return td::opencvSample(QStringLiteral("vtest.avi")); }
QString rle2FramePath() { return td::pydicom(QStringLiteral("SC_rgb_rle_2frame.dcm")); }

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
    void dropOpensFile();
    void multiFrameRleDicomSteps();
    void badFileReportsErrorAndWindowKeepsWorking();
    void missingFileReportsError();
    void recentFilesRememberOpenedStudies();
    void slowDecodingNeverQueuesWork();

private:
    bool openAndWait(const QString& path, int timeoutMs = 20000) { return td::openAndWait(*m_window, path, timeoutMs); }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
};

void TestViewer::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    td::isolateSettings(m_settingsDir.path(), QStringLiteral("test_viewer"));
}

void TestViewer::init()
{
    m_window = std::make_unique<MainWindow>();
    QVERIFY(td::showMainWindow(*m_window));
}

void TestViewer::cleanup()
{
    m_window.reset();
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

QTEST_MAIN(TestViewer)
#include "test_viewer.moc"
