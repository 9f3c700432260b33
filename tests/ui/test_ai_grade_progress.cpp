// Grading a cine longer than one batch: the grade box shows the grade over the frames read
// so far and refines it, the finished grade is stored once, and a cancelled grading stores
// nothing and says so. The shipped severity CNN on a 20-frame synthetic wrist cine; real
// LibTorch, real widgets on the offscreen platform.

#include "core/annotation/AnnotationEditor.h"
#include "core/annotation/ContourStore.h"
#include "core/annotation/GradeStore.h"
#include "tests/TestData.h"
#include "tests/ui/MainWindowTesting.h"
#include "tests/ui/Screenshot.h"
#include "ui/MainWindow.h"
#include "ui/ai/AiController.h"
#include "ui/ai/AiFeature.h"
#include "ui/ai/AiPanel.h"
#include "ui/ai/GradeView.h"
#include "ui/annotation/AnnotationController.h"
#include "ui/annotation/AnnotationSession.h"
#include "ui/viewer/ImageView.h"
#include "ui/viewer/StudyViewer.h"
#include "inference/ModelRegistry.h"

#include <QComboBox>
#include <QListWidget>
#include <QProcess>
#include <QProgressBar>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using ns::ui::MainWindow;
using ns::ui::StudyGradeResult;
namespace td = ns::testdata;
namespace an = ns::annotation;

class TestAiGradeProgress : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void showsTheGradeWhileTheCineIsRead();
    void cancelledGradingStoresNothing();
    void offersTheGradersOutlinesForReview();

private:
    ns::ui::AiController* ai() const { return m_window->ai()->controller(); }
    ns::ui::AiPanel* panel() const { return m_window->ai()->panel(); }
    QList<an::Grade> storedGrades() const
    {
        auto* session = m_window->annotation()->session();
        return an::loadGrades(*session->workspace(), session->studyId());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestAiGradeProgress::initTestCase()
{
    QVERIFY(m_dir.isValid());
    td::isolateSettings(m_dir.path(), QStringLiteral("test_ai_grade_progress"));
    QSettings().setValue(QStringLiteral("annotation/rater"), QStringLiteral("reviewer")); // no "who annotates?" dialog
    NS_REQUIRE_FILE(QStringLiteral(NERVESCOPE_SOURCE_ROOT "/resources/models/severity-transverse.json"));
    const QString study = m_dir.filePath(QStringLiteral("wrist.dcm"));
    QProcess cli;
    cli.start(td::cliPath(), {QStringLiteral("synth"), QStringLiteral("--frames"), QStringLiteral("20"), QStringLiteral("--seed"),
                              QStringLiteral("41"), QStringLiteral("--out"), study});
    QVERIFY(cli.waitForFinished(120000));
    QCOMPARE(cli.exitCode(), 0);

    m_window = std::make_unique<MainWindow>();
    QVERIFY(td::showMainWindow(*m_window, QSize(1500, 950)));
    QVERIFY(td::useNewWorkspace(*m_window, m_dir.path()));
    QVERIFY(td::openAndWait(*m_window, study));
    QComboBox* graders = panel()->graderCombo();
    graders->setCurrentIndex(graders->findText(QStringLiteral("severity-transverse"), Qt::MatchStartsWith));
    QVERIFY(graders->currentIndex() >= 0);
}

// Batches of 8 frames: 20 frames give two partial grades (8 and 16 frames) before the last.
void TestAiGradeProgress::showsTheGradeWhileTheCineIsRead()
{
    QSignalSpy partial(ai(), &ns::ui::AiController::gradeProgress);
    QSignalSpy ready(ai(), &ns::ui::AiController::gradeReady);
    QStringList shown; // what the grade box said at each partial grade
    const QMetaObject::Connection watch = connect(ai(), &ns::ui::AiController::gradeProgress, this,
                                                 [&] {
                                                     shown << panel()->gradeView()->summary();
                                                     if (shown.size() == 1)
                                                         ns::testdata::screenshot(m_window.get(), QStringLiteral("ai-grade-partial.png"));
                                                 },
                                                 Qt::QueuedConnection);
    auto unwatch = qScopeGuard([&] { disconnect(watch); }); // `shown` ends with this function
    QTest::keyClick(m_window->viewer()->imageView(), Qt::Key_F6);
    QVERIFY2(ai()->isBusy(), "F6 starts grading");
    QVERIFY(ready.wait(120000) || !ready.isEmpty());
    QTest::qWait(50); // the queued lambda of the last partial grade

    QCOMPARE(partial.size(), 2);
    const auto first = partial.at(0).at(0).value<StudyGradeResult>();
    const auto second = partial.at(1).at(0).value<StudyGradeResult>();
    QCOMPARE(int(first.frames.size()), 8);
    QCOMPARE(int(second.frames.size()), 16);
    QCOMPARE(first.framesInStudy, 20);
    QVERIFY(!first.complete() && !second.complete());
    QCOMPARE(shown.size(), 2);
    QVERIFY2(shown[0].contains(QLatin1String("Still reading frames: 8 of 20")), qPrintable(shown[0]));
    QVERIFY2(shown[0].contains(QLatin1String("<b>")), qPrintable(shown[0])); // a grade already

    const auto done = ready.at(0).at(0).value<StudyGradeResult>();
    QVERIFY(done.complete());
    QCOMPARE(int(done.frames.size()), 20);
    const QString summary = panel()->gradeView()->summary();
    QVERIFY2(!summary.contains(QLatin1String("Still reading")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("over 20 frame(s)")) || summary.contains(QLatin1String("frame(s) without a nerve")),
             qPrintable(summary));
    // The bars were updated in place (one set of four), the curve spans the study.
    QCOMPARE(panel()->gradeView()->bars().size(), 4);
    const QList<an::Grade> grades = storedGrades();
    QCOMPARE(grades.size(), 1); // partial grades are never stored
    QCOMPARE(*grades[0].severity, done.wrist.predicted);
    ns::testdata::screenshot(m_window.get(), QStringLiteral("ai-grade-progress.png"));
}

void TestAiGradeProgress::cancelledGradingStoresNothing()
{
    const int before = storedGrades().size();
    QSignalSpy failed(ai(), &ns::ui::AiController::gradeFailed);
    QSignalSpy ready(ai(), &ns::ui::AiController::gradeReady);
    connect(ai(), &ns::ui::AiController::gradeProgress, ai(), &ns::ui::AiController::cancel, Qt::SingleShotConnection);
    QTest::keyClick(m_window->viewer()->imageView(), Qt::Key_F6);
    QVERIFY(failed.wait(120000) || !failed.isEmpty());
    QVERIFY(ready.isEmpty());
    QTRY_VERIFY(!ai()->isBusy());
    const QString summary = panel()->gradeView()->summary();
    QVERIFY2(summary.startsWith(QLatin1String("Not graded: cancelled after")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("of 20 frame(s); no grade was stored")), qPrintable(summary));
    QCOMPARE(panel()->gradeView()->bars().size(), 0);
    QCOMPARE(storedGrades().size(), before);
}

// The severity CNN's locator outlines every frame to place its crop: those outlines become
// pending predictions (of the locator, not of the grader) on every frame nobody has outlined,
// so a graded cine needs no second pass to be reviewed.
void TestAiGradeProgress::offersTheGradersOutlinesForReview()
{
    ai()->clear();
    auto* session = m_window->annotation()->session();
    an::Contour mine;
    mine.studyId = session->studyId();
    mine.frame = 3;
    mine.vertices = QPolygonF({QPointF(100, 100), QPointF(140, 100), QPointF(140, 130), QPointF(100, 130)});
    QVERIFY(session->editor()->addContour(mine) > 0);
    const ns::inference::ModelCard locator = ns::inference::ModelRegistry().firstForTask(QStringLiteral("segmentation")).card;
    QCOMPARE(locator.name, QStringLiteral("sa-unet-wrist"));

    QSignalSpy ready(ai(), &ns::ui::AiController::gradeReady);
    QSignalSpy finished(ai(), &ns::ui::AiController::finished);
    QTest::keyClick(m_window->viewer()->imageView(), Qt::Key_F6);
    QVERIFY(ready.wait(120000) || !ready.isEmpty());
    QTRY_VERIFY(!ai()->isBusy());
    QTRY_COMPARE(finished.size(), 1);
    const QString said = finished.at(0).at(0).toString();
    QVERIFY2(said.contains(QStringLiteral("AI outlines await review on %1 frame(s)").arg(ai()->pendingFrames())), qPrintable(said));

    QVERIFY2(ai()->predictions(3).isEmpty() && !ai()->foundNoNerve(3), "a frame someone outlined keeps only that outline");
    const auto grades = ready.at(0).at(0).value<StudyGradeResult>().frames;
    int outlined = 0;
    for (int f = 0; f < 20; ++f) {
        if (f == 3)
            continue;
        const auto predictions = ai()->predictions(f);
        QCOMPARE(predictions.isEmpty(), !grades[size_t(f)].nerveFound); // a crop was placed where an outline is
        QCOMPARE(ai()->foundNoNerve(f), predictions.isEmpty());
        for (const auto& p : predictions) {
            QCOMPARE(p.source.model, locator.name);
            QCOMPARE(p.source.version, locator.version);
            QVERIFY(grades[size_t(f)].crop.contains(p.vertices.boundingRect().center()));
        }
        outlined += predictions.isEmpty() ? 0 : 1;
    }
    QVERIFY2(outlined >= 15, qPrintable(QString::number(outlined)));
    QVERIFY2(grades[0].nerveOutlines.isEmpty(), "the outlines travel as predictions, not in every partial grade");

    // The list names the model; Accept stores the outline as the locator's.
    m_window->viewer()->showFrame(5);
    QTRY_VERIFY(panel()->predictionList()->count() > 0);
    QVERIFY2(panel()->predictionList()->item(0)->toolTip().contains(QLatin1String("Outlined by sa-unet-wrist")),
             qPrintable(panel()->predictionList()->item(0)->toolTip()));
    QCOMPARE(ai()->pendingFrames(), outlined);
    int contours = 0;
    for (int f = 0; f < 20; ++f)
        contours += int(ai()->predictions(f).size());
    QCOMPARE(ai()->acceptEveryFrame(), contours);
    const QList<an::Contour> stored = an::loadContours(*session->workspace(), session->studyId(), 5);
    QVERIFY(!stored.isEmpty());
    QCOMPARE(stored[0].source.kind, an::SourceKind::Model);
    QCOMPARE(stored[0].source.model, locator.name);
    QCOMPARE(stored[0].source.version, locator.version);
}

QTEST_MAIN(TestAiGradeProgress)
#include "test_ai_grade_progress.moc"
