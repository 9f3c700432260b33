// The region and frame tools driven as a user drives them: brush and eraser strokes, the
// ellipse's axis and rotation handles, interpolation between key frames and the timeline
// marks under the cine slider. Real workspace (SQLite) in a temporary folder, the real
// ALOKA file and a synthetic DICOM cine written by the project's own generator, real widgets
// on the offscreen platform, QTest mouse and key events. Every check reads the workspace.

#include "core/annotation/ContourStore.h"
#include "core/annotation/Measurements.h"
#include "core/synth/CineGenerator.h"
#include "core/synth/writers/SynthDicomWriter.h"
#include "core/workspace/Workspace.h"
#include "tests/TestData.h"
#include "tests/ui/MainWindowTesting.h"
#include "ui/MainWindow.h"
#include "ui/annotation/AnnotationActions.h"
#include "ui/annotation/AnnotationController.h"
#include "ui/annotation/AnnotationSession.h"
#include "ui/annotation/ContourToolLayer.h"
#include "ui/viewer/CineControls.h"
#include "ui/viewer/ImageView.h"
#include "ui/viewer/StudyViewer.h"
#include "tests/ui/Screenshot.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QtMath>
#include <memory>

using ns::ui::ContourToolLayer;
using ns::ui::MainWindow;
namespace td = ns::testdata;
namespace an = ns::annotation;

namespace {
QString alokaPath() { return td::shared(QStringLiteral("gdcm-US-ALOKA-16.dcm")); }

QPointF centroid(const QPolygonF& p)
{
    double a = 0, cx = 0, cy = 0;
    for (int i = 0; i < p.size(); ++i) {
        const QPointF& u = p[i];
        const QPointF& v = p[(i + 1) % p.size()];
        const double k = u.x() * v.y() - v.x() * u.y();
        a += k;
        cx += (u.x() + v.x()) * k;
        cy += (u.y() + v.y()) * k;
    }
    return QPointF(cx, cy) / (3 * a);
}

bool near(double value, double expected, double relative) { return std::abs(value - expected) <= relative * std::abs(expected); }
} // namespace

class TestAnnotationBrushFrames : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void brushPaintsGrowsUndoRedo();
    void eraserSplitsBifidAndErasesAll();
    void ellipseHandlesResizeAndRotate();
    void bracketsSizeTheBrushNotTheCine();
    void interpolateKeyFramesMarksAndEdit();

private:
    bool openFile(const QString& path);
    bool useWorkspace();
    ns::ui::AnnotationSession* session() const { return m_window->annotation()->session(); }
    ns::ui::AnnotationActions* actions() const { return m_window->annotation()->actions(); }
    ns::ui::ImageView* view() const { return m_window->viewer()->imageView(); }
    ContourToolLayer* layer() const { return session()->toolLayer(); }
    QPoint at(QPointF p) const { return view()->mapFromImage(p).toPoint(); }
    QList<an::Contour> stored(int frame = 0) const { return an::loadContours(*session()->workspace(), session()->studyId(), frame); }
    void choose(Qt::Key key, ContourToolLayer::Tool expected, Qt::KeyboardModifiers mods = {});
    void stroke(const QList<QPointF>& imagePoints);
    void dragWidget(QPoint from, QPoint to, Qt::KeyboardModifiers mods = {});
    QString synthCine(int frames);
    void showFrame(int frame);
    void shot(const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestAnnotationBrushFrames::initTestCase()
{
    QVERIFY(m_dir.isValid());
    td::isolateSettings(m_dir.path(), QStringLiteral("test_annotation_brush_frames"));
    QSettings().setValue(QStringLiteral("annotation/rater"), QStringLiteral("tester"));
}

void TestAnnotationBrushFrames::init()
{
    m_window = std::make_unique<MainWindow>();
    QVERIFY(td::showMainWindow(*m_window));
}

void TestAnnotationBrushFrames::cleanup() { m_window.reset(); }

bool TestAnnotationBrushFrames::useWorkspace() { return td::useNewWorkspace(*m_window, m_dir.path()); }

bool TestAnnotationBrushFrames::openFile(const QString& path)
{
    if (!td::openAndWait(*m_window, path))
        return false;
    view()->oneToOne(); // one image pixel per widget pixel
    QTest::qWait(20);
    return true;
}

QString TestAnnotationBrushFrames::synthCine(int frames)
{
    const QString path = QDir(m_dir.path()).filePath(QStringLiteral("synth-%1.dcm").arg(frames));
    if (QFile::exists(path))
        return path;
    ns::synth::SynthRequest req;
    req.frames = frames;
    req.seed = 7;
    const ns::synth::SynthCine cine = ns::synth::generateCine(req);
    QString error;
    if (!ns::synth::writeSynthDicom(cine, path, ns::synth::DicomWriteOptions{}, &error))
        qWarning("synth: %s", qPrintable(error));
    return path;
}

void TestAnnotationBrushFrames::choose(Qt::Key key, ContourToolLayer::Tool expected, Qt::KeyboardModifiers mods)
{
    view()->setFocus();
    QTest::keyClick(view(), key, mods);
    QCOMPARE(layer()->tool(), expected);
}

void TestAnnotationBrushFrames::stroke(const QList<QPointF>& points)
{
    QTest::mousePress(view(), Qt::LeftButton, {}, at(points.first()));
    for (const QPointF& p : points.mid(1))
        QTest::mouseMove(view(), at(p));
    QTest::mouseRelease(view(), Qt::LeftButton, {}, at(points.last()));
}

void TestAnnotationBrushFrames::dragWidget(QPoint from, QPoint to, Qt::KeyboardModifiers mods)
{
    QTest::mousePress(view(), Qt::LeftButton, mods, from);
    QTest::mouseMove(view(), from + (to - from) / 2);
    QTest::mouseMove(view(), to);
    QTest::mouseRelease(view(), Qt::LeftButton, mods, to);
}

void TestAnnotationBrushFrames::showFrame(int frame)
{
    m_window->viewer()->showFrame(frame);
    QTRY_COMPARE(session()->frame(), frame);
}

void TestAnnotationBrushFrames::shot(const QString& name)
{
    if (!td::screenshotsWanted())
        return;
    QTest::qWait(60);
    td::screenshot(m_window.get(), name);
}

void TestAnnotationBrushFrames::brushPaintsGrowsUndoRedo()
{
    NS_REQUIRE_FILE(alokaPath());
    QVERIFY(useWorkspace());
    QVERIFY(openFile(alokaPath()));
    QVERIFY(session()->canEdit());
    choose(Qt::Key_B, ContourToolLayer::Tool::Brush);
    QCOMPARE(actions()->brush->shortcut(), QKeySequence(Qt::Key_B));
    layer()->brush().setRadius(10);

    // A dab on empty image: a new manual contour, a disc of radius 10.
    QTest::mouseClick(view(), Qt::LeftButton, {}, at({150, 150}));
    QList<an::Contour> c = stored();
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].source.kind, an::SourceKind::Manual);
    QVERIFY2(near(an::shoelaceArea(c[0].vertices), M_PI * 100, 0.04), qPrintable(QString::number(an::shoelaceArea(c[0].vertices))));
    const an::Measurements m = an::measure(c[0].vertices, &session()->calibration());
    QVERIFY(m.areaMm2.has_value()); // inside the calibrated left region
    const qint64 id = c[0].id;
    QUndoStack* stack = session()->undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Brush stroke"));
    QCOMPARE(layer()->selectedId(), id);

    // A stroke from inside it to the right grows the same contour: one undo step.
    stroke({{150, 150}, {160, 150}, {170, 150}, {180, 150}, {190, 150}});
    c = stored();
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].id, id);
    const double grown = an::shoelaceArea(c[0].vertices);
    QVERIFY2(near(grown, M_PI * 100 + 40 * 20, 0.04), qPrintable(QString::number(grown)));
    QCOMPARE(stack->count(), 2);
    QCOMPARE(stack->undoText(), QStringLiteral("Brush stroke"));

    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(near(an::shoelaceArea(stored()[0].vertices), M_PI * 100, 0.04));
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(an::shoelaceArea(stored()[0].vertices), grown);

    // The screenshot: zoomed in, mid-stroke, the live region and the brush circle.
    if (td::screenshotsWanted()) {
        view()->setZoom(2.5, at({170, 150}));
        QTest::mousePress(view(), Qt::LeftButton, {}, at({190, 150}));
        for (int i = 1; i <= 10; ++i)
            QTest::mouseMove(view(), at({190 + 2.0 * i, 150 + 1.5 * i}));
        shot(QStringLiteral("screenshot-tool-brush.png"));
        QTest::keyClick(view(), Qt::Key_Escape); // given up: nothing stored
        QTest::mouseRelease(view(), Qt::LeftButton, {}, at({210, 165}));
        QCOMPARE(an::shoelaceArea(stored()[0].vertices), grown);
    }
}

void TestAnnotationBrushFrames::eraserSplitsBifidAndErasesAll()
{
    NS_REQUIRE_FILE(alokaPath());
    QVERIFY(useWorkspace());
    QVERIFY(openFile(alokaPath()));
    // A 60 x 20 rectangle drawn with the polygon tool.
    choose(Qt::Key_P, ContourToolLayer::Tool::Polygon);
    for (QPointF p : {QPointF(140, 140), QPointF(200, 140), QPointF(200, 160), QPointF(140, 160)})
        QTest::mouseClick(view(), Qt::LeftButton, {}, at(p));
    QTest::keyClick(view(), Qt::Key_Return);
    QCOMPARE(stored().size(), 1);
    const an::Contour original = stored()[0];
    QCOMPARE(an::shoelaceArea(original.vertices), 1200.0);

    // X picks the eraser (Shift+B too); a 10 px wide cut across the middle: two contours.
    choose(Qt::Key_X, ContourToolLayer::Tool::Eraser);
    choose(Qt::Key_H, ContourToolLayer::Tool::Navigate);
    choose(Qt::Key_B, ContourToolLayer::Tool::Eraser, Qt::ShiftModifier);
    layer()->brush().setRadius(5);
    QUndoStack* stack = session()->undoStack();
    const int before = stack->count();
    stroke({{170, 150}, {170, 140}, {170, 130}, {170, 140}, {170, 150}, {170, 160}, {170, 170}}); // pressed on it
    QList<an::Contour> c = stored();
    QCOMPARE(c.size(), 2);
    QCOMPARE(stack->count(), before + 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Eraser stroke"));
    QCOMPARE(c[0].id, original.id); // the larger piece keeps the contour's id
    for (const an::Contour& piece : c) {
        QCOMPARE(piece.label, original.label); // a bifid nerve: two contours, one label
        QCOMPARE(piece.rater, QStringLiteral("tester"));
        QVERIFY2(near(an::shoelaceArea(piece.vertices), 25 * 20, 0.05), qPrintable(QString::number(an::shoelaceArea(piece.vertices))));
    }
    QVERIFY((c[0].vertices.boundingRect().center().x() < 170) != (c[1].vertices.boundingRect().center().x() < 170));

    // Undo: one step back to the single rectangle (same id, same vertices); redo: two again.
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored()[0].vertices, original.vertices);
    actions()->redo->trigger();
    QCOMPARE(stored().size(), 2);

    // Erasing all of the right piece deletes it; the left one stays.
    const an::Contour right = stored()[0].vertices.boundingRect().center().x() > 170 ? stored()[0] : stored()[1];
    layer()->brush().setRadius(14);
    stroke({{180, 150}, {190, 150}, {200, 150}, {205, 150}});
    c = stored();
    QCOMPARE(c.size(), 1);
    QVERIFY(c[0].id != right.id);
    QVERIFY(c[0].vertices.boundingRect().right() < 170);
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored().size(), 2);
    actions()->redo->trigger();

    // All of it is in the file already.
    auto again = ns::workspace::Workspace::open(session()->workspace()->dir(), ns::workspace::Workspace::Mode::ReadOnly);
    QVERIFY(again);
    QCOMPARE(an::loadContours(*again.workspace, session()->studyId(), 0).size(), 1);
}

void TestAnnotationBrushFrames::ellipseHandlesResizeAndRotate()
{
    NS_REQUIRE_FILE(alokaPath());
    QVERIFY(useWorkspace());
    QVERIFY(openFile(alokaPath()));
    choose(Qt::Key_E, ContourToolLayer::Tool::Ellipse);
    dragWidget(at({150, 150}), at({230, 190})); // 80 x 40
    QCOMPARE(stored().size(), 1);
    const QPolygonF drawn = stored()[0].vertices;
    const double area0 = an::shoelaceArea(drawn);
    // Right after drawing, in the ellipse tool: four axis handles and a rotation handle.
    QList<QPointF> h = layer()->axisHandles();
    QCOMPARE(h.size(), 5);
    QVERIFY(layer()->scaleHandles().isEmpty()); // corner handles belong to the edit tool
    QUndoStack* stack = session()->undoStack();

    // The +major handle, 20 px to the right: the major axis grows by 20, the left end stays.
    dragWidget(h[0].toPoint(), h[0].toPoint() + QPoint(20, 0));
    QRectF box = stored()[0].vertices.boundingRect();
    QVERIFY2(qAbs(box.width() - (drawn.boundingRect().width() + 20)) < 1e-6, qPrintable(QString::number(box.width())));
    QCOMPARE(box.height(), drawn.boundingRect().height());
    QCOMPARE(box.left(), drawn.boundingRect().left());
    QVERIFY(near(an::shoelaceArea(stored()[0].vertices), area0 * box.width() / drawn.boundingRect().width(), 1e-9));
    QCOMPARE(stack->count(), 2); // draw, one resize drag
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored()[0].vertices, drawn);
    actions()->redo->trigger();
    const QPolygonF resized = stored()[0].vertices;

    // The rotation handle (above the top), dragged to the right of the centre: +90 degrees.
    h = layer()->axisHandles();
    const QPointF c = view()->mapFromImage(centroid(resized));
    const double reach = QLineF(c, h[4]).length();
    QVERIFY(h[4].y() < c.y() && qAbs(h[4].x() - c.x()) < 1);
    dragWidget(h[4].toPoint(), (c + QPointF(reach, 0)).toPoint());
    const QPolygonF rotated = stored()[0].vertices;
    box = rotated.boundingRect();
    QVERIFY2(qAbs(box.width() - resized.boundingRect().height()) < 1.5, qPrintable(QString::number(box.width())));
    QVERIFY2(qAbs(box.height() - resized.boundingRect().width()) < 1.5, qPrintable(QString::number(box.height())));
    QVERIFY(near(an::shoelaceArea(rotated), an::shoelaceArea(resized), 1e-9));
    QVERIFY(QLineF(centroid(rotated), centroid(resized)).length() < 1e-6);
    const auto fit = an::fitEllipse(rotated);
    QVERIFY(fit.has_value());
    QVERIFY2(qAbs(std::fmod(fit->angleDeg + 180, 180) - 90) < 2, qPrintable(QString::number(fit->angleDeg)));
    QCOMPARE(stack->count(), 3);
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored()[0].vertices, resized);
    actions()->redo->trigger();

    // Shift snaps to 15 degree steps: a drag of about 40 degrees turns by 45.
    h = layer()->axisHandles();
    const QPointF c2 = view()->mapFromImage(centroid(rotated));
    const QPointF from = h[4];
    const double a0 = std::atan2(from.y() - c2.y(), from.x() - c2.x()) + qDegreesToRadians(40.0);
    const double r2 = QLineF(c2, from).length();
    dragWidget(from.toPoint(), (c2 + QPointF(std::cos(a0), std::sin(a0)) * r2).toPoint(), Qt::ShiftModifier);
    const auto fit2 = an::fitEllipse(stored()[0].vertices);
    QVERIFY2(qAbs(std::fmod(fit2->angleDeg + 360, 180) - 135) < 0.5, qPrintable(QString::number(fit2->angleDeg)));

    // In the edit tool any selected contour has the axis handles as well as the corners;
    // on a diagonal shape a resize handle next to a corner handle gives way to it.
    choose(Qt::Key_V, ContourToolLayer::Tool::Edit);
    QCOMPARE(layer()->scaleHandles().size(), 4);
    QVERIFY(layer()->axisHandles().size() >= 3 && layer()->axisHandles().size() < 5);
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier); // upright again (major axis vertical)
    QCOMPARE(layer()->axisHandles().size(), 5);

    if (td::screenshotsWanted()) {
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier); // the 100 x 40 one
        choose(Qt::Key_E, ContourToolLayer::Tool::Ellipse);
        view()->setZoom(2.0, at({200, 170}));
        QTest::qWait(30);
        h = layer()->axisHandles();
        const QPointF cc = view()->mapFromImage(centroid(stored()[0].vertices));
        const double a1 = std::atan2(h[4].y() - cc.y(), h[4].x() - cc.x()) + qDegreesToRadians(30.0);
        dragWidget(h[4].toPoint(), (cc + QPointF(std::cos(a1), std::sin(a1)) * QLineF(cc, h[4]).length()).toPoint(), Qt::ShiftModifier);
        QTest::mouseMove(view(), layer()->axisHandles()[0].toPoint());
        shot(QStringLiteral("screenshot-tool-ellipse-handles.png"));
    }
}

void TestAnnotationBrushFrames::bracketsSizeTheBrushNotTheCine()
{
    QVERIFY(useWorkspace());
    QVERIFY(openFile(synthCine(10)));
    QVERIFY(session()->canEdit());
    ns::ui::CineControls* cine = m_window->viewer()->cineControls();
    const double speed = cine->speed();
    choose(Qt::Key_B, ContourToolLayer::Tool::Brush);
    const double r0 = layer()->brush().radius();
    QTest::keyClick(view(), Qt::Key_BracketRight);
    QVERIFY(layer()->brush().radius() > r0);
    QCOMPARE(cine->speed(), speed); // the brush took the key
    // Remembered for the next session.
    QCOMPARE(QSettings().value(QStringLiteral("annotation/brushRadius")).toDouble(), layer()->brush().radius());
    QTest::keyClick(view(), Qt::Key_BracketLeft);
    QTest::keyClick(view(), Qt::Key_BracketLeft);
    QVERIFY(layer()->brush().radius() < r0);
    QCOMPARE(cine->speed(), speed);
    // Without a brush in hand, ] is "Faster" again.
    choose(Qt::Key_H, ContourToolLayer::Tool::Navigate);
    QTest::keyClick(view(), Qt::Key_BracketRight);
    QVERIFY(cine->speed() > speed);
}

void TestAnnotationBrushFrames::interpolateKeyFramesMarksAndEdit()
{
    QVERIFY(useWorkspace());
    QVERIFY(openFile(synthCine(10)));
    QVERIFY(session()->canEdit());
    QAction* interpolate = actions()->interpolate;
    QCOMPARE(interpolate->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QVERIFY(interpolate->isEnabled());
    QVERIFY(!interpolate->toolTip().isEmpty());
    ns::ui::CineControls* cine = m_window->viewer()->cineControls();
    QVERIFY(cine->frameMarks().isEmpty());

    // Key frames 0 and 8: a 60 x 40 ellipse centred at (130, 120), a 100 x 60 one at (250, 190).
    choose(Qt::Key_E, ContourToolLayer::Tool::Ellipse);
    dragWidget(at({100, 100}), at({160, 140}));
    showFrame(8);
    dragWidget(at({200, 160}), at({300, 220}));
    QCOMPARE(cine->frameMarks().size(), 2);
    const QPolygonF key0 = stored(0)[0].vertices, key8 = stored(8)[0].vertices;

    // From frame 4 (between them), one action fills frames 1-7.
    showFrame(4);
    QUndoStack* stack = session()->undoStack();
    const int steps = stack->count();
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stack->count(), steps + 1);
    for (int f = 1; f <= 7; ++f) {
        const QList<an::Contour> c = stored(f);
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].source.kind, an::SourceKind::Interpolated);
        QCOMPARE(c[0].rater, QStringLiteral("tester"));
    }
    QCOMPARE(stored(9).size(), 0);
    // Midway: centre and semi-axes midway, (190, 155) and 40 x 25.
    const QPolygonF mid = stored(4)[0].vertices;
    const QPointF expectedCentre = (centroid(key0) + centroid(key8)) / 2;
    QVERIFY2(QLineF(centroid(mid), expectedCentre).length() < 0.2, qPrintable(QStringLiteral("%1,%2").arg(centroid(mid).x()).arg(centroid(mid).y())));
    const double expectedArea = M_PI * (key0.boundingRect().width() + key8.boundingRect().width()) / 4
                              * (key0.boundingRect().height() + key8.boundingRect().height()) / 4;
    QVERIFY2(near(an::shoelaceArea(mid), expectedArea, 0.03), qPrintable(QString::number(an::shoelaceArea(mid))));
    // Shown as interpolated (dashed) on screen.
    QCOMPARE(layer()->contours().size(), 1);
    QCOMPARE(layer()->contours()[0].kind, an::SourceKind::Interpolated);

    // The timeline: frames 0-8 marked, the two key frames as keys.
    QList<int> marked, keys;
    for (const ns::ui::FrameMark& m : cine->frameMarks()) {
        marked << m.frame;
        if (m.key)
            keys << m.frame;
    }
    QCOMPARE(marked, QList<int>({0, 1, 2, 3, 4, 5, 6, 7, 8}));
    QCOMPARE(keys, QList<int>({0, 8}));
    QVERIFY(cine->slider()->toolTip().contains(QStringLiteral("interpolated")));
    QVERIFY(cine->frameMarks()[4].text.contains(QStringLiteral("interpolated")));
    shot(QStringLiteral("screenshot-interpolation.png"));

    // One undo takes all seven away (and their marks); redo brings them back.
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
    for (int f = 1; f <= 7; ++f)
        QCOMPARE(stored(f).size(), 0);
    QCOMPARE(cine->frameMarks().size(), 2);
    actions()->redo->trigger();
    QCOMPARE(stored(4).size(), 1);
    QCOMPARE(cine->frameMarks().size(), 9);

    // A person moving the interpolated contour makes it theirs (corrected), and a key frame.
    choose(Qt::Key_V, ContourToolLayer::Tool::Edit);
    const QPoint inside = at(centroid(stored(4)[0].vertices));
    dragWidget(inside, inside + QPoint(6, 0));
    QCOMPARE(stored(4)[0].source.kind, an::SourceKind::Corrected);
    QCOMPARE(layer()->contours()[0].kind, an::SourceKind::Corrected);
    for (const ns::ui::FrameMark& m : cine->frameMarks())
        QCOMPARE(m.key, m.frame == 0 || m.frame == 4 || m.frame == 8);

    // Interpolating again from frame 2 refills 1-3 from the new key frame 4, replacing the old ones.
    const qint64 oldFrame2 = stored(2)[0].id;
    showFrame(2);
    interpolate->trigger();
    QCOMPARE(stored(2).size(), 1);
    QVERIFY(stored(2)[0].id != oldFrame2);
    QCOMPARE(stored(2)[0].source.kind, an::SourceKind::Interpolated);
    QVERIFY(QLineF(centroid(stored(2)[0].vertices), (centroid(key0) + centroid(stored(4)[0].vertices)) / 2).length() < 0.2);
    QCOMPARE(stored(6).size(), 1); // the other gap is untouched

    // After the last key frame there is nothing to interpolate: said so, nothing stored.
    showFrame(9);
    const int before = stack->count();
    interpolate->trigger();
    QCOMPARE(stack->count(), before);
    auto* notice = m_window->findChild<QMessageBox*>(QStringLiteral("interpolationNotice"));
    QVERIFY(notice);
    QVERIFY(notice->text().contains(QStringLiteral("key frames")));
    notice->close();
}

QTEST_MAIN(TestAnnotationBrushFrames)
#include "test_annotation_brush_frames.moc"
