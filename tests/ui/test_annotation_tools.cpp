// The contour tools driven as a user drives them: a real workspace in a temporary folder,
// the real ALOKA ultrasound file, real widgets on the offscreen platform, QTest mouse and
// key events on the image view. Every check reads what the workspace stored. Contours on
// several frames (copy to the next frame, the area plot): test_annotation_frames.

#include "core/annotation/ContourStore.h"
#include "core/annotation/Measurements.h"
#include "core/workspace/Workspace.h"
#include "tests/ui/ContourToolFixture.h"
#include "tests/ui/Screenshot.h"
#include "ui/annotation/AnnotationActions.h"
#include "ui/annotation/MeasurementsTable.h"

#include <QAction>
#include <QDockWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QtMath>

using ns::ui::ContourToolLayer;
using ns::ui::MainWindow;
namespace td = ns::testdata;
namespace an = ns::annotation;

namespace {
QString alokaPath() { return td::shared(QStringLiteral("gdcm-US-ALOKA-16.dcm")); }
constexpr double kMmPerPx = 0.382653; // ALOKA left B-mode region
} // namespace

class TestAnnotationTools : public td::ContourToolFixture {
    Q_OBJECT
private slots:
    void initTestCase() { setUpTestCase(QStringLiteral("test_annotation_tools")); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void toolsDisabledWithoutWorkspace();
    void polygonSquareStoredWithArea();
    void polygonClosesByDoubleClickAndEnterEscCancels();
    void freehandIsSimplifiedAndStored();
    void ellipseIsPolygonWithEllipseArea();
    void editDragInsertDeleteMoveUndoRedo();
    void contourAcrossRegionsHasNoMm2();
    void drawingStaysOnTheImage();

private:
    bool openAloka();
    QList<an::Contour> stored() const
    {
        return an::loadContours(*session()->workspace(), session()->studyId(), 0);
    }
    void clickPolygon(const QList<QPoint>& points);
};

bool TestAnnotationTools::openAloka()
{
    if (!td::openAndWait(*m_window, alokaPath()))
        return false;
    view()->oneToOne(); // one image pixel per widget pixel: 10 image px are 10 mouse px
    QTest::qWait(20);
    return true;
}

void TestAnnotationTools::clickPolygon(const QList<QPoint>& points)
{
    for (const QPoint& p : points) {
        QTest::mouseMove(view(), p);
        QTest::mouseClick(view(), Qt::LeftButton, {}, p);
    }
}

void TestAnnotationTools::toolsDisabledWithoutWorkspace()
{
    NS_REQUIRE_FILE(alokaPath());
    QVERIFY(openAloka());
    auto* actions = m_window->annotation()->actions();
    QVERIFY(!actions->polygon->isEnabled());
    QVERIFY(!actions->ellipse->isEnabled());
    QVERIFY(actions->polygon->toolTip().contains(QStringLiteral("workspace")));
    QVERIFY(!session()->canEdit());
    // A click with the (unavailable) polygon key draws nothing and the view still pans.
    QTest::keyClick(view(), Qt::Key_P);
    QCOMPARE(session()->toolLayer()->tool(), ContourToolLayer::Tool::Navigate);

    // Opening a workspace while the study is on screen imports it and enables the tools.
    QVERIFY(useWorkspace());
    QVERIFY(session()->canEdit());
    QVERIFY(session()->studyId() > 0);
    QVERIFY(actions->polygon->isEnabled());
    QVERIFY(!actions->polygon->toolTip().contains(QStringLiteral("needs a workspace")));
}

void TestAnnotationTools::polygonSquareStoredWithArea()
{
    NS_REQUIRE_FILE(alokaPath());
    QVERIFY(useWorkspace());
    QVERIFY(openAloka());
    QVERIFY(session()->canEdit());
    choose(Qt::Key_P, ContourToolLayer::Tool::Polygon);

    const QPoint a = at({100, 100});
    const QList<QPoint> square{a, a + QPoint(10, 0), a + QPoint(10, 10), a + QPoint(0, 10)};
    clickPolygon(square);
    QVERIFY(stored().isEmpty()); // not closed yet
    QTest::mouseClick(view(), Qt::LeftButton, {}, a + QPoint(1, 1)); // on the first vertex: closes

    const QList<an::Contour> contours = stored();
    QCOMPARE(contours.size(), 1);
    QCOMPARE(contours[0].vertices.size(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(contours[0].vertices[i], imageOf(square[i]));
    QCOMPARE(contours[0].rater, QStringLiteral("tester"));
    const an::Measurements m = an::measure(contours[0].vertices, &m_window->viewer()->source()->calibration());
    QCOMPARE(m.areaPx, 100.0);
    QVERIFY(m.areaMm2.has_value());
    QVERIFY2(qAbs(*m.areaMm2 - 14.642) < 0.005, qPrintable(QString::number(*m.areaMm2)));
    QVERIFY(qAbs(*m.areaMm2 - 100 * kMmPerPx * kMmPerPx) < 1e-3); // the spacing as printed, 6 digits
    // Shown next to the contour and in the table.
    QVERIFY(session()->measurementLabel(contours[0].vertices).contains(QStringLiteral("14.64 mm²")));
    auto* table = m_window->annotation()->measurementsTable()->table();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("100"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("14.64"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("tester"));

    if (td::screenshotsWanted()) {
        // For the eye: an ellipse, a freehand contour, a contour across the two B-mode
        // regions (no mm²) and a polygon being drawn; the ellipse selected in Edit.
        choose(Qt::Key_E, ContourToolLayer::Tool::Ellipse);
        QTest::mousePress(view(), Qt::LeftButton, {}, at({150, 150}));
        QTest::mouseMove(view(), at({190, 180}));
        QTest::mouseMove(view(), at({230, 205}));
        QTest::mouseRelease(view(), Qt::LeftButton, {}, at({230, 205}));
        choose(Qt::Key_D, ContourToolLayer::Tool::Freehand);
        const QPointF c(200, 290);
        QTest::mousePress(view(), Qt::LeftButton, {}, at(c + QPointF(34, 0)));
        for (int i = 1; i <= 90; ++i) {
            const double t = 2 * M_PI * i / 90;
            QTest::mouseMove(view(), at(c + QPointF((34 + 3 * std::sin(5 * t)) * std::cos(t), 22 * std::sin(t))));
        }
        QTest::mouseRelease(view(), Qt::LeftButton, {}, at(c + QPointF(34, 0)));
        choose(Qt::Key_P, ContourToolLayer::Tool::Polygon);
        clickPolygon({at({315, 330}), at({365, 325}), at({370, 360}), at({318, 365})});
        QTest::keyClick(view(), Qt::Key_Return);
        clickPolygon({at({420, 200}), at({470, 190}), at({490, 230})});
        QTest::mouseMove(view(), at({450, 250}));
        QTest::keyClick(view(), Qt::Key_V);
        QTest::mouseClick(view(), Qt::LeftButton, {}, at({190, 178}));
        QTest::keyClick(view(), Qt::Key_P); // back to drawing, the ellipse stays selected
        clickPolygon({at({420, 200}), at({470, 190}), at({490, 230})});
        QTest::mouseMove(view(), at({450, 250}));
        view()->fitToWindow();
        m_window->annotation()->measurementsDock()->show();
        QTest::qWait(100);
        td::screenshot(m_window.get(), QStringLiteral("annotation-tools.png"));
        // And the edit tool on the ellipse: vertex handles and scale handles.
        QTest::keyClick(view(), Qt::Key_V);
        QTest::mouseClick(view(), Qt::LeftButton, {}, at({190, 178}));
        QTest::qWait(50);
        td::screenshot(m_window.get(), QStringLiteral("annotation-tools-edit.png"));
    }
}

void TestAnnotationTools::polygonClosesByDoubleClickAndEnterEscCancels()
{
    NS_REQUIRE_FILE(alokaPath());
    QVERIFY(useWorkspace());
    QVERIFY(openAloka());
    choose(Qt::Key_P, ContourToolLayer::Tool::Polygon);

    // Esc gives up a polygon that is being drawn.
    clickPolygon({at({50, 50}), at({70, 50}), at({70, 70})});
    QTest::keyClick(view(), Qt::Key_Escape);
    QVERIFY(!session()->toolLayer()->isInteracting());
    QVERIFY(stored().isEmpty());

    // Double-click on the last vertex closes (the double-click adds no extra vertex).
    clickPolygon({at({50, 50}), at({70, 50})});
    QTest::mouseDClick(view(), Qt::LeftButton, {}, at({70, 70}));
    QTRY_COMPARE(stored().size(), 1);
    QCOMPARE(stored()[0].vertices.size(), 3);

    // Enter closes.
    clickPolygon({at({120, 50}), at({140, 50}), at({140, 70}), at({120, 70})});
    QTest::keyClick(view(), Qt::Key_Return);
    QCOMPARE(stored().size(), 2);
    QCOMPARE(stored()[1].vertices.size(), 4);
    QCOMPARE(an::shoelaceArea(stored()[1].vertices), 400.0);
}

void TestAnnotationTools::freehandIsSimplifiedAndStored()
{
    NS_REQUIRE_FILE(alokaPath());
    QVERIFY(useWorkspace());
    QVERIFY(openAloka());
    choose(Qt::Key_D, ContourToolLayer::Tool::Freehand);

    const QPointF c(200, 300);
    const double r = 30;
    const int steps = 120;
    QTest::mousePress(view(), Qt::LeftButton, {}, at(c + QPointF(r, 0)));
    for (int i = 1; i <= steps; ++i) {
        const double t = 2 * M_PI * i / steps;
        QTest::mouseMove(view(), at(c + QPointF(r * std::cos(t), r * std::sin(t))));
    }
    QTest::mouseRelease(view(), Qt::LeftButton, {}, at(c + QPointF(r, 0)));

    const QList<an::Contour> contours = stored();
    QCOMPARE(contours.size(), 1);
    const int n = int(contours[0].vertices.size());
    QVERIFY2(n >= 8 && n < steps / 2, qPrintable(QString::number(n))); // simplified, still round
    const double area = an::shoelaceArea(contours[0].vertices);
    QVERIFY2(qAbs(area - M_PI * r * r) / (M_PI * r * r) < 0.05, qPrintable(QString::number(area)));
}

void TestAnnotationTools::ellipseIsPolygonWithEllipseArea()
{
    NS_REQUIRE_FILE(alokaPath());
    QVERIFY(useWorkspace());
    QVERIFY(openAloka());
    choose(Qt::Key_E, ContourToolLayer::Tool::Ellipse);

    const QPoint p0 = at({150, 150}), p1 = at({230, 210});
    QTest::mousePress(view(), Qt::LeftButton, {}, p0);
    QTest::mouseMove(view(), at({190, 180}));
    QTest::mouseMove(view(), p1);
    QTest::mouseRelease(view(), Qt::LeftButton, {}, p1);

    const QList<an::Contour> contours = stored();
    QCOMPARE(contours.size(), 1);
    QCOMPARE(contours[0].vertices.size(), ContourToolLayer::kEllipseVertices);
    const QRectF box = QRectF(imageOf(p0), imageOf(p1)).normalized();
    QCOMPARE(contours[0].vertices.boundingRect().width(), box.width());
    const double expected = M_PI * box.width() / 2 * box.height() / 2;
    const double area = an::shoelaceArea(contours[0].vertices);
    QVERIFY2(qAbs(area - expected) / expected < 0.02, qPrintable(QString::number(area)));
    const an::Measurements m = an::measure(contours[0].vertices, &m_window->viewer()->source()->calibration());
    QVERIFY(m.areaMm2.has_value());
    QVERIFY(m.flatteningRatio.has_value());
    QVERIFY(qAbs(*m.flatteningRatio - box.width() / box.height()) < 0.05);
}

void TestAnnotationTools::editDragInsertDeleteMoveUndoRedo()
{
    NS_REQUIRE_FILE(alokaPath());
    QVERIFY(useWorkspace());
    QVERIFY(openAloka());
    choose(Qt::Key_P, ContourToolLayer::Tool::Polygon);
    const QPoint a = at({100, 100});
    const QList<QPoint> square{a, a + QPoint(20, 0), a + QPoint(20, 20), a + QPoint(0, 20)};
    clickPolygon(square);
    QTest::keyClick(view(), Qt::Key_Enter);
    QCOMPARE(stored().size(), 1);
    const qint64 id = stored()[0].id;
    const QPolygonF original = stored()[0].vertices;
    QUndoStack* stack = session()->undoStack();
    QCOMPARE(stack->count(), 1);

    choose(Qt::Key_V, ContourToolLayer::Tool::Edit);
    // Click inside: selected.
    QTest::mouseClick(view(), Qt::LeftButton, {}, a + QPoint(10, 10));
    QCOMPARE(session()->toolLayer()->selectedId(), id);

    // Drag vertex 2 by (+6, +4) in several moves: one undo step, stored when released.
    QTest::mousePress(view(), Qt::LeftButton, {}, square[2]);
    QTest::mouseMove(view(), square[2] + QPoint(2, 1));
    QTest::mouseMove(view(), square[2] + QPoint(4, 3));
    QTest::mouseMove(view(), square[2] + QPoint(6, 4));
    QTest::mouseRelease(view(), Qt::LeftButton, {}, square[2] + QPoint(6, 4));
    QCOMPARE(stack->count(), 2);
    QCOMPARE(stored()[0].vertices[2], imageOf(square[2] + QPoint(6, 4)));
    QCOMPARE(stored()[0].vertices[0], original[0]);
    const QPolygonF dragged = stored()[0].vertices;

    // Double-click the middle of the top edge: a vertex is inserted there.
    QTest::mouseDClick(view(), Qt::LeftButton, {}, a + QPoint(10, 0));
    QCOMPARE(stored()[0].vertices.size(), 5);
    QCOMPARE(stored()[0].vertices[1], imageOf(a + QPoint(10, 0)));
    QCOMPARE(session()->toolLayer()->selectedVertex(), 1);

    // Delete removes the selected (inserted) vertex.
    QTest::keyClick(view(), Qt::Key_Delete);
    QCOMPARE(stored()[0].vertices, dragged);

    // Drag inside moves the whole contour by (+15, +5).
    QTest::mousePress(view(), Qt::LeftButton, {}, a + QPoint(8, 8));
    QTest::mouseMove(view(), a + QPoint(15, 10));
    QTest::mouseMove(view(), a + QPoint(23, 13));
    QTest::mouseRelease(view(), Qt::LeftButton, {}, a + QPoint(23, 13));
    QCOMPARE(stored()[0].vertices, dragged.translated(15, 5));
    const int steps = stack->count();
    QCOMPARE(steps, 5); // add, drag, insert, delete vertex, move

    // Undo walks back through the store, redo forward again (Ctrl+Z / Ctrl+Shift+Z).
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored()[0].vertices, dragged);
    QCOMPARE(session()->toolLayer()->contours()[0].vertices, dragged); // the view follows
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier); // delete vertex
    QCOMPARE(stored()[0].vertices.size(), 5);
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier); // insert
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier); // drag
    QCOMPARE(stored()[0].vertices, original);
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stored()[0].vertices, dragged);
    m_window->annotation()->actions()->redo->trigger();
    m_window->annotation()->actions()->redo->trigger();
    m_window->annotation()->actions()->redo->trigger();
    QCOMPARE(stored()[0].vertices, dragged.translated(15, 5));

    // The bottom-right scale handle, dragged by (+10, +10), scales about the top-left corner.
    {
        const QPolygonF before = stored()[0].vertices;
        const QRectF box = before.boundingRect();
        const QList<QPointF> handles = session()->toolLayer()->scaleHandles();
        QCOMPARE(handles.size(), 4);
        const QPoint h = handles[2].toPoint();
        QTest::mousePress(view(), Qt::LeftButton, {}, h);
        QTest::mouseMove(view(), h + QPoint(5, 5));
        QTest::mouseMove(view(), h + QPoint(10, 10));
        QTest::mouseRelease(view(), Qt::LeftButton, {}, h + QPoint(10, 10));
        const QRectF scaled = stored()[0].vertices.boundingRect();
        QCOMPARE(scaled.topLeft(), box.topLeft());
        QCOMPARE(scaled.width(), box.width() + 10);
        QCOMPARE(scaled.height(), box.height() + 10);
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored()[0].vertices, before);
    }

    // Delete with no vertex selected removes the contour; undo brings back the same id.
    QTest::mouseClick(view(), Qt::LeftButton, {}, a + QPoint(25, 15));
    QCOMPARE(session()->toolLayer()->selectedId(), id);
    QCOMPARE(session()->toolLayer()->selectedVertex(), -1);
    QTest::keyClick(view(), Qt::Key_Delete);
    QVERIFY(stored().isEmpty());
    QVERIFY(session()->toolLayer()->contours().isEmpty());
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored()[0].id, id);

    // Everything is already in the file: a second, read-only opening sees it.
    auto again = ns::workspace::Workspace::open(session()->workspace()->dir(), ns::workspace::Workspace::Mode::ReadOnly);
    QVERIFY(again);
    const QList<an::Contour> fromDisk = an::loadContours(*again.workspace, session()->studyId(), 0);
    QCOMPARE(fromDisk.size(), 1);
    QCOMPARE(fromDisk[0].vertices, dragged.translated(15, 5));
}

void TestAnnotationTools::contourAcrossRegionsHasNoMm2()
{
    NS_REQUIRE_FILE(alokaPath());
    QVERIFY(useWorkspace());
    QVERIFY(openAloka());
    choose(Qt::Key_P, ContourToolLayer::Tool::Polygon);
    // From the left B-mode region (x <= 335) into the right one.
    clickPolygon({at({320, 200}), at({360, 200}), at({360, 230}), at({320, 230})});
    QTest::keyClick(view(), Qt::Key_Return);
    const QList<an::Contour> contours = stored();
    QCOMPARE(contours.size(), 1);
    const an::Measurements m = an::measure(contours[0].vertices, &m_window->viewer()->source()->calibration());
    QCOMPARE(m.areaPx, 1200.0);
    QVERIFY(!m.areaMm2.has_value());
    QVERIFY(!m.noPhysicalReason.isEmpty());
    const QString label = session()->measurementLabel(contours[0].vertices);
    QVERIFY2(label.contains(QStringLiteral("1200 px²")) && label.contains(QStringLiteral("no mm²")), qPrintable(label));
    auto* table = m_window->annotation()->measurementsTable()->table();
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("—"));
    QCOMPARE(table->item(0, 3)->toolTip(), m.noPhysicalReason);
}

void TestAnnotationTools::drawingStaysOnTheImage()
{
    NS_REQUIRE_FILE(alokaPath());
    QVERIFY(useWorkspace());
    QVERIFY(openAloka());
    choose(Qt::Key_E, ContourToolLayer::Tool::Ellipse);
    const QPoint beyond = at({700, 520}); // past the bottom-right corner of the 640 x 480 image
    QVERIFY(view()->rect().contains(beyond));
    QTest::mousePress(view(), Qt::LeftButton, {}, at({600, 440}));
    QTest::mouseMove(view(), beyond);
    QTest::mouseRelease(view(), Qt::LeftButton, {}, beyond);
    QCOMPARE(stored().size(), 1);
    const QRectF box = stored()[0].vertices.boundingRect();
    QVERIFY2(box.right() <= 639.5 && box.bottom() <= 479.5, qPrintable(QStringLiteral("%1 %2").arg(box.right()).arg(box.bottom())));
    QVERIFY(box.width() > 30);
}

QTEST_MAIN(TestAnnotationTools)
#include "test_annotation_tools.moc"
