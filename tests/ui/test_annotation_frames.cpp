// Contours on the frames of a cine, drawn as a user draws them: each frame keeps its own,
// "copy to the next frame" copies and undoes as one step, and the area plot follows the
// contours and jumps to a frame. The real two-frame RLE file from pydicom's test data, a real
// workspace, real widgets on the offscreen platform. The single-frame tools:
// test_annotation_tools.

#include "core/annotation/ContourStore.h"
#include "core/annotation/Measurements.h"
#include "tests/ui/ContourToolFixture.h"
#include "ui/annotation/AnnotationActions.h"
#include "ui/annotation/AreaPlot.h"
#include "ui/annotation/MeasurementsTable.h"

#include <QAction>
#include <QDockWidget>
#include <QSignalSpy>
#include <QTableWidget>
#include <QUndoStack>
#include <qcustomplot.h>

using ns::ui::ContourToolLayer;
using ns::ui::MainWindow;
namespace td = ns::testdata;
namespace an = ns::annotation;

class TestAnnotationFrames : public td::ContourToolFixture {
    Q_OBJECT
private slots:
    void initTestCase() { setUpTestCase(QStringLiteral("test_annotation_frames")); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void contoursBelongToTheirFrame();
    void copyContourToNextFrameAndUndo();
    void areaPlotFollowsContoursAndJumpsToFrame();

private:
    bool openTwoFrames();
};

void TestAnnotationFrames::contoursBelongToTheirFrame()
{
    const QString twoFrames = td::pydicom(QStringLiteral("SC_rgb_rle_2frame.dcm"));
    NS_REQUIRE_FILE(twoFrames);
    QVERIFY(useWorkspace());
    QSignalSpy shown(m_window.get(), &MainWindow::frameShown);
    m_window->openPath(twoFrames);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->hasStudy() && !shown.isEmpty(), 20000);
    QVERIFY(session()->canEdit());
    choose(Qt::Key_E, ContourToolLayer::Tool::Ellipse);
    drawEllipse({20, 20}, {40, 35});
    const qint64 study = session()->studyId();
    QCOMPARE(an::loadContours(*session()->workspace(), study, 0).size(), 1);

    // The next frame (Right arrow) shows none of frame 0's contours; one drawn there is its own.
    shown.clear();
    QTest::keyClick(view(), Qt::Key_Right);
    QTRY_VERIFY(!shown.isEmpty() && m_window->viewer()->currentFrame() == 1);
    QCOMPARE(session()->frame(), 1);
    QVERIFY(session()->toolLayer()->contours().isEmpty());
    drawEllipse({20, 20}, {40, 35});
    drawEllipse({20, 20}, {40, 35});
    QCOMPARE(an::loadContours(*session()->workspace(), study, 1).size(), 2);
    QCOMPARE(an::loadContours(*session()->workspace(), study, 0).size(), 1);

    shown.clear();
    QTest::keyClick(view(), Qt::Key_Left);
    QTRY_VERIFY(!shown.isEmpty() && m_window->viewer()->currentFrame() == 0);
    QCOMPARE(session()->toolLayer()->contours().size(), 1);
    QCOMPARE(m_window->annotation()->measurementsTable()->table()->rowCount(), 1);
}

bool TestAnnotationFrames::openTwoFrames()
{
    return td::openAndWait(*m_window, td::pydicom(QStringLiteral("SC_rgb_rle_2frame.dcm")));
}

void TestAnnotationFrames::copyContourToNextFrameAndUndo()
{
    NS_REQUIRE_FILE(td::pydicom(QStringLiteral("SC_rgb_rle_2frame.dcm")));
    QVERIFY(useWorkspace());
    QVERIFY(openTwoFrames());
    QVERIFY(session()->canEdit());
    QAction* copy = m_window->annotation()->actions()->copyToNextFrame;
    QCOMPARE(copy->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QVERIFY(!copy->isEnabled()); // nothing drawn yet
    choose(Qt::Key_E, ContourToolLayer::Tool::Ellipse);
    drawEllipse({20, 20}, {40, 35});
    const qint64 study = session()->studyId();
    auto onFrame = [&](int frame) { return an::loadContours(*session()->workspace(), study, frame); };
    QCOMPARE(onFrame(0).size(), 1);
    QVERIFY(session()->toolLayer()->selectedId() == onFrame(0)[0].id);
    QVERIFY(copy->isEnabled());

    // The selected contour: copied (same vertices, label, rater, source) and frame 1 shown.
    copy->trigger();
    QTRY_COMPARE(m_window->viewer()->currentFrame(), 1);
    QTRY_COMPARE(session()->frame(), 1); // follows frameShown, emitted once the frame is painted
    const an::Contour original = onFrame(0)[0];
    QCOMPARE(onFrame(1).size(), 1);
    const an::Contour copied = onFrame(1)[0];
    QVERIFY(copied.id != original.id);
    QCOMPARE(copied.vertices, original.vertices);
    QCOMPARE(copied.label, original.label);
    QCOMPARE(copied.rater, QStringLiteral("tester"));
    QVERIFY(copied.source == original.source);
    QVERIFY(!copy->isEnabled()); // the last frame
    QCOMPARE(session()->toolLayer()->contours().size(), 1);

    // Undo removes the copy, not the original.
    m_window->annotation()->actions()->undo->trigger();
    QCOMPARE(onFrame(1).size(), 0);
    QCOMPARE(onFrame(0).size(), 1);
    QVERIFY(session()->toolLayer()->contours().isEmpty());

    // Nothing selected: every contour of the frame is copied, and one undo takes all back.
    m_window->viewer()->showFrame(0);
    QTRY_COMPARE(session()->frame(), 0);
    drawEllipse({50, 50}, {70, 65});
    QCOMPARE(onFrame(0).size(), 2);
    session()->toolLayer()->select(0);
    const int undoIndex = session()->undoStack()->index();
    copy->trigger();
    QTRY_COMPARE(m_window->viewer()->currentFrame(), 1);
    QCOMPARE(onFrame(1).size(), 2);
    QCOMPARE(session()->undoStack()->index(), undoIndex + 1);
    m_window->annotation()->actions()->undo->trigger();
    QCOMPARE(onFrame(1).size(), 0);
    QCOMPARE(onFrame(0).size(), 2);
}

void TestAnnotationFrames::areaPlotFollowsContoursAndJumpsToFrame()
{
    NS_REQUIRE_FILE(td::pydicom(QStringLiteral("SC_rgb_rle_2frame.dcm")));
    QVERIFY(useWorkspace());
    QVERIFY(openTwoFrames());
    QVERIFY(session()->canEdit());
    ns::ui::AreaPlot* plot = m_window->annotation()->areaPlot();
    m_window->annotation()->areaDock()->show();
    QCOMPARE(plot->graph()->dataCount(), 0);

    // Frame 0: one contour; frame 1: its copy plus a second one (a bifid nerve: summed).
    choose(Qt::Key_E, ContourToolLayer::Tool::Ellipse);
    drawEllipse({20, 20}, {40, 35});
    QCOMPARE(plot->graph()->dataCount(), 1);
    m_window->annotation()->actions()->copyToNextFrame->trigger();
    QTRY_COMPARE(m_window->viewer()->currentFrame(), 1);
    // The session moves on once frame 1 is painted (frameShown); drawn earlier, the second
    // ellipse went onto frame 0, still on screen (the flake under load).
    QTRY_COMPARE(session()->frame(), 1);
    drawEllipse({50, 50}, {70, 65});

    const qint64 study = session()->studyId();
    auto expected = [&](int frame) {
        double px = 0, mm2 = 0;
        bool calibrated = true;
        for (const an::Contour& c : an::loadContours(*session()->workspace(), study, frame)) {
            const an::Measurements m = an::measure(c.vertices, &session()->calibration());
            px += m.areaPx;
            mm2 += m.areaMm2.value_or(0);
            calibrated = calibrated && m.areaMm2.has_value();
        }
        return std::make_pair(px, calibrated ? mm2 : -1.0);
    };
    const bool mm2 = expected(0).second >= 0 && expected(1).second >= 0;
    QCOMPARE(plot->inMm2(), mm2);
    QVERIFY(plot->plot()->yAxis->label().contains(mm2 ? QStringLiteral("mm²") : QStringLiteral("px²")));
    auto y = [&](int frame) { return mm2 ? expected(frame).second : expected(frame).first; };
    QCOMPARE(plot->graph()->dataCount(), 2);
    QCOMPARE(plot->graph()->data()->at(0)->key, 0.0);
    QCOMPARE(plot->graph()->data()->at(1)->key, 1.0);
    QVERIFY(y(1) > y(0) && y(0) > 0);
    QVERIFY(qFuzzyCompare(plot->graph()->data()->at(0)->value, y(0)));
    QVERIFY(qFuzzyCompare(plot->graph()->data()->at(1)->value, y(1)));

    // Undo follows: frame 1 is back to the copy alone.
    session()->undo();
    QCOMPARE(plot->graph()->dataCount(), 2);
    QVERIFY(qFuzzyCompare(plot->graph()->data()->at(1)->value, y(0)));

    // A click on frame 0's point shows frame 0.
    QTest::qWait(50);
    plot->plot()->replot();
    const QPoint p(int(plot->graph()->keyAxis()->coordToPixel(0)), int(plot->graph()->valueAxis()->coordToPixel(y(0))));
    QVERIFY(plot->plot()->rect().contains(p));
    QTest::mouseClick(plot->plot(), Qt::LeftButton, {}, p);
    QTRY_COMPARE(m_window->viewer()->currentFrame(), 0);
    QTRY_COMPARE(session()->frame(), 0); // follows frameShown, emitted once the frame is painted
}

QTEST_MAIN(TestAnnotationFrames)
#include "test_annotation_frames.moc"
