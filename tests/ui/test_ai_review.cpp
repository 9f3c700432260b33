// AI review as a clinician does it: open a (synthetic, calibrated) study, create a
// workspace, segment the frame with the shipped default model, accept, edit and reject
// predictions, segment the cine, grade the study; every check reads what the workspace
// stored. Real models, real LibTorch, real widgets on the offscreen platform.

#include "core/annotation/AnnotationEditor.h"
#include "core/annotation/ContourStore.h"
#include "core/annotation/GradeStore.h"
#include "core/workspace/ModelStore.h"
#include "core/workspace/Workspace.h"
#include "inference/ModelFile.h"
#include "tests/ScaledCalibration.h"
#include "tests/TestData.h"
#include "tests/UntrainedGrader.h"
#include "ui/MainWindow.h"
#include "ui/ai/AiController.h"
#include "ui/ai/AiFeature.h"
#include "ui/ai/AiPanel.h"
#include "ui/ai/ClinicianGrade.h"
#include "ui/ai/GradeView.h"
#include "ui/annotation/AnnotationController.h"
#include "ui/explain/ExplainPanel.h"
#include "ui/annotation/AnnotationSession.h"
#include "ui/annotation/ContourToolLayer.h"
#include "ui/viewer/ImageView.h"
#include "ui/viewer/StudyViewer.h"
#include "tests/ui/Screenshot.h"
#include "tests/ui/MainWindowTesting.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <memory>

using ns::ui::MainWindow;
namespace td = ns::testdata;
namespace an = ns::annotation;

namespace {
using ns::testdata::screenshot;
QString modelCard(const QString& name) { return QStringLiteral(NERVESCOPE_SOURCE_ROOT "/resources/models/") + name + QStringLiteral(".json"); }
} // namespace

class TestAiReview : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup() { m_window.reset(); }

    void segmentFrameAcceptStoresModelContour();
    void editTurnsPredictionIntoCorrectedContour();
    void rejectStoresNothing();
    void segmentCineFillsEveryFrame();
    void acceptAllFramesIsOneUndoStep();
    void gradeStudyShowsBarsAndStoresGrade();
    void gradeWithTheShippedSeverityCnn();
    void recordMyGradeAcceptsOrOverridesTheModel();
    void warnsWhenTheModelReadsAnotherView();
    void choosesTheGraderOfTheStudysView();
    void analysesStudiesOnOpenByDefault();
    void saysWhenNoNerveIsFound();
    void flagsAnOutlineNoNerveMeasures();
    void saysWhyAStudyWasNotGraded();
    void explainOffersTheWorkspacesModels();

private:
    bool openStudy();
    ns::ui::AnnotationSession* session() const { return m_window->annotation()->session(); }
    ns::ui::AiController* ai() const { return m_window->ai()->controller(); }
    ns::ui::AiPanel* panel() const { return m_window->ai()->panel(); }
    QList<an::Contour> stored(int frame) const { return an::loadContours(*session()->workspace(), session()->studyId(), frame); }
    bool segmentFrame();
    bool gradeWith(const QString& name);

    QTemporaryDir m_dir;
    QString m_study;
    QString m_longitudinal;
    QString m_empty;        // the nerve out of view
    QString m_uncalibrated; // a video: no pixel size
    double m_truthAreaPx = 0;
    std::unique_ptr<MainWindow> m_window;
};

void TestAiReview::initTestCase()
{
    QVERIFY(m_dir.isValid());
    td::isolateSettings(m_dir.path(), QStringLiteral("test_ai_review"));
    QSettings().setValue(QStringLiteral("annotation/rater"), QStringLiteral("reviewer"));
    NS_REQUIRE_FILE(modelCard(QStringLiteral("sa-unet-wrist")));
    // A freshly initialised whole-frame MobileNetV2 written as a real model file checks the
    // plumbing (job, bars, stored grade) without a crop; gradeWithTheShippedSeverityCnn
    // runs a shipped crop model.
    {
        QString error;
        QVERIFY2(!td::writeUntrainedGrader(m_dir.filePath(QStringLiteral("models")), QStringLiteral("test-cts-grader"),
                                           QStringLiteral("mobilenet_v2"), 64, &error).isEmpty(),
                 qPrintable(error));
        qputenv("NERVESCOPE_MODELS", QFile::encodeName(m_dir.filePath(QStringLiteral("models"))));
    }
    // A 3-frame calibrated wrist cine of a profile the default model saw in training.
    m_study = m_dir.filePath(QStringLiteral("wrist.dcm"));
    const QString truth = m_dir.filePath(QStringLiteral("truth.json"));
    QProcess cli;
    cli.start(td::cliPath(), {QStringLiteral("synth"), QStringLiteral("--frames"), QStringLiteral("3"), QStringLiteral("--seed"),
                              QStringLiteral("31"), QStringLiteral("--out"), m_study, QStringLiteral("--truth"), truth});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    QFile f(truth);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    m_truthAreaPx = doc.value(QStringLiteral("frames")).toArray().at(0).toObject().value(QStringLiteral("areaPx")).toDouble();
    QVERIFY2(m_truthAreaPx > 100, "the ground truth has the nerve's area in px");
    // A longitudinal scan: its series description names the view.
    m_longitudinal = m_dir.filePath(QStringLiteral("longitudinal.dcm"));
    cli.start(td::cliPath(), {QStringLiteral("synth"), QStringLiteral("--view"), QStringLiteral("longitudinal"), QStringLiteral("--frames"),
                              QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("32"), QStringLiteral("--out"), m_longitudinal});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    m_empty = m_dir.filePath(QStringLiteral("empty.dcm"));
    cli.start(td::cliPath(), {QStringLiteral("synth"), QStringLiteral("--empty"), QStringLiteral("--frames"), QStringLiteral("2"),
                              QStringLiteral("--seed"), QStringLiteral("33"), QStringLiteral("--out"), m_empty});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    m_uncalibrated = m_dir.filePath(QStringLiteral("wrist.mp4"));
    cli.start(td::cliPath(), {QStringLiteral("synth"), QStringLiteral("--frames"), QStringLiteral("3"), QStringLiteral("--seed"),
                              QStringLiteral("31"), QStringLiteral("--out"), m_uncalibrated});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
}

void TestAiReview::init()
{
    m_window = std::make_unique<MainWindow>();
    QVERIFY(td::showMainWindow(*m_window, QSize(1500, 950)));
    QVERIFY(td::useNewWorkspace(*m_window, m_dir.path()));
    QVERIFY(openStudy());
}

bool TestAiReview::openStudy()
{
    return td::openAndWait(*m_window, m_study);
}

// Picks the grader whose name starts with `name` and grades the study with F6.
bool TestAiReview::gradeWith(const QString& name)
{
    const int i = panel()->graderCombo()->findText(name, Qt::MatchStartsWith);
    if (i < 0)
        return false;
    panel()->graderCombo()->setCurrentIndex(i);
    QSignalSpy ready(ai(), &ns::ui::AiController::gradeReady);
    QTest::keyClick(m_window->viewer()->imageView(), Qt::Key_F6);
    return ready.wait(120000) || !ready.isEmpty();
}

bool TestAiReview::segmentFrame()
{
    QSignalSpy done(ai(), &ns::ui::AiController::finished);
    QTest::keyClick(m_window->viewer()->imageView(), Qt::Key_F5);
    return done.wait(60000) || !done.isEmpty();
}

void TestAiReview::segmentFrameAcceptStoresModelContour()
{
    QVERIFY(panel()->modelCombo()->currentText().startsWith(QLatin1String("sa-unet-wrist")));
    QVERIFY(panel()->segmentFrameAction()->isEnabled());
    QVERIFY(segmentFrame());
    const auto predictions = ai()->predictions(0);
    QCOMPARE(predictions.size(), 1);
    QCOMPARE(panel()->predictionList()->count(), 1);
    QVERIFY(panel()->deviceLabel()->text().contains(QLatin1String("CPU")) || panel()->deviceLabel()->text().contains(QLatin1String("GPU")));
    QVERIFY(stored(0).isEmpty()); // nothing is stored before a person decides
    screenshot(m_window.get(), QStringLiteral("ai-prediction.png"));

    QTest::keyClick(m_window->viewer()->imageView(), Qt::Key_Y); // Accept
    const auto contours = stored(0);
    QCOMPARE(contours.size(), 1);
    QCOMPARE(contours[0].source.kind, an::SourceKind::Model);
    QCOMPARE(contours[0].source.model, QStringLiteral("sa-unet-wrist"));
    QVERIFY(!contours[0].source.version.isEmpty());
    QCOMPARE(contours[0].rater, QStringLiteral("reviewer"));
    // The default model finds this phantom's nerve: area within 15% of the truth.
    const double area = an::measure(contours[0].vertices, nullptr).areaPx;
    QVERIFY2(std::abs(area - m_truthAreaPx) / m_truthAreaPx < 0.15, qPrintable(QStringLiteral("%1 vs %2").arg(area).arg(m_truthAreaPx)));
    QVERIFY(ai()->predictions(0).isEmpty());
    QCOMPARE(panel()->predictionList()->count(), 0);
    // Accepting is an edit like any other: undo removes it.
    session()->undo();
    QVERIFY(stored(0).isEmpty());
}

void TestAiReview::editTurnsPredictionIntoCorrectedContour()
{
    QVERIFY(segmentFrame());
    QCOMPARE(ai()->predictions(0).size(), 1);
    panel()->editAction()->trigger();
    auto contours = stored(0);
    QCOMPARE(contours.size(), 1);
    QCOMPARE(session()->toolLayer()->tool(), ns::ui::ContourToolLayer::Tool::Edit);
    // The person moves one vertex: the contour becomes "corrected", keeping the model's name.
    QPolygonF moved = contours[0].vertices;
    moved[0] += QPointF(3, 2);
    QVERIFY(session()->editor()->replaceVertices(contours[0].id, moved));
    contours = stored(0);
    QCOMPARE(contours[0].source.kind, an::SourceKind::Corrected);
    QCOMPARE(contours[0].source.model, QStringLiteral("sa-unet-wrist"));
}

void TestAiReview::rejectStoresNothing()
{
    QVERIFY(segmentFrame());
    QCOMPARE(ai()->predictions(0).size(), 1);
    QTest::keyClick(m_window->viewer()->imageView(), Qt::Key_N); // Reject
    QVERIFY(ai()->predictions(0).isEmpty());
    QVERIFY(stored(0).isEmpty());
}

void TestAiReview::segmentCineFillsEveryFrame()
{
    QSignalSpy done(ai(), &ns::ui::AiController::finished);
    panel()->segmentCineAction()->trigger();
    QVERIFY(panel()->cancelAction()->isEnabled() || !done.isEmpty()); // Cancel is offered while it runs
    QVERIFY(done.wait(120000) || !done.isEmpty());
    for (int f = 0; f < 3; ++f)
        QCOMPARE(ai()->predictions(f).size(), 1);
    QVERIFY(done.first().first().toString().contains(QLatin1String("3")));
    QVERIFY(!panel()->cancelAction()->isEnabled());
}

void TestAiReview::acceptAllFramesIsOneUndoStep()
{
    QVERIFY(!panel()->acceptEveryFrameAction()->isEnabled()); // nothing pending yet
    QSignalSpy done(ai(), &ns::ui::AiController::finished);
    panel()->segmentCineAction()->trigger();
    QVERIFY(done.wait(120000) || !done.isEmpty());
    QCOMPARE(ai()->pendingFrames(), 3);
    QVERIFY(panel()->acceptEveryFrameAction()->isEnabled());
    screenshot(panel(), QStringLiteral("ai-accept-all-frames.png"));
    QTest::keyClick(m_window->viewer()->imageView(), Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);
    for (int f = 0; f < 3; ++f) {
        const auto contours = stored(f);
        QCOMPARE(contours.size(), 1);
        QCOMPARE(contours[0].source.kind, an::SourceKind::Model);
        QCOMPARE(contours[0].source.model, QStringLiteral("sa-unet-wrist"));
    }
    QCOMPARE(ai()->pendingFrames(), 0);
    QVERIFY(!panel()->acceptEveryFrameAction()->isEnabled());
    QCOMPARE(panel()->predictionList()->count(), 0);
    session()->undo(); // one step takes all three back
    for (int f = 0; f < 3; ++f)
        QVERIFY(stored(f).isEmpty());
}

void TestAiReview::gradeStudyShowsBarsAndStoresGrade()
{
    QVERIFY(gradeWith(QStringLiteral("test-cts-grader")));
    QCOMPARE(panel()->gradeView()->bars().size(), 2);
    QVERIFY(panel()->gradeView()->summary().contains(QLatin1String("test-cts-grader")));
    const auto grades = an::loadGrades(*session()->workspace(), session()->studyId());
    QCOMPARE(grades.size(), 1);
    QCOMPARE(grades[0].source.kind, an::SourceKind::Model);
    QCOMPARE(grades[0].source.model, QStringLiteral("test-cts-grader"));
    screenshot(m_window.get(), QStringLiteral("ai-grade.png"));
    QVERIFY(grades[0].cts.has_value());
    // The stored grade is the wrist aggregate the bars show (the larger bar).
    const auto bars = panel()->gradeView()->bars();
    QCOMPARE(*grades[0].cts, bars[1]->value() > bars[0]->value());
}

// The shipped 4-level severity CNN on the calibrated phantom: four bars, and the stored
// grade is a severity (not a CTS yes/no) equal to the largest bar.
void TestAiReview::gradeWithTheShippedSeverityCnn()
{
    NS_REQUIRE_FILE(modelCard(QStringLiteral("severity-transverse")));
    QVERIFY(gradeWith(QStringLiteral("severity-transverse")));
    const auto bars = panel()->gradeView()->bars();
    QCOMPARE(bars.size(), 4);
    QVERIFY(panel()->gradeView()->summary().contains(QLatin1String("severity-transverse")));
    // The synthetic file's Laterality (R) names the wrist the grade is for.
    QVERIFY2(panel()->gradeView()->summary().startsWith(QLatin1String("Right wrist: <b>")), qPrintable(panel()->gradeView()->summary()));
    QVERIFY2(panel()->gradeView()->isVisible(), "F6 brings the AI panel to the front, where the bars are");
    QVERIFY2(QTest::qWaitFor([&] { return bars[3]->isVisible() && bars[3]->height() >= 10; }, 3000), "the bars can be read");
    screenshot(m_window.get(), QStringLiteral("ai-grade-severity.png"));
    // The whole panel fits the dock at this 1500 px window: nothing cut at the right, no
    // sideways scrolling (long model names and device lines used to widen it).
    auto* dockScroll = qobject_cast<QScrollArea*>(panel()->parentWidget() ? panel()->parentWidget()->parentWidget() : nullptr);
    QVERIFY(dockScroll);
    QCOMPARE(dockScroll->horizontalScrollBar()->maximum(), 0);
    const auto grades = an::loadGrades(*session()->workspace(), session()->studyId());
    QCOMPARE(grades.size(), 1);
    QCOMPARE(grades[0].source.model, QStringLiteral("severity-transverse"));
    QVERIFY(!grades[0].cts.has_value());
    QVERIFY(grades[0].severity.has_value());
    int largest = 0;
    for (int k = 1; k < bars.size(); ++k)
        if (bars[k]->value() > bars[largest]->value())
            largest = k;
    QCOMPARE(*grades[0].severity, largest);
}

// The model's grade is a suggestion: Record My Grade (Ctrl+Shift+G) stores the chosen grade
// in the rater's name, preselected to the model's answer; another choice overrides it, and
// Ctrl+Z takes it back.
void TestAiReview::recordMyGradeAcceptsOrOverridesTheModel()
{
    NS_REQUIRE_FILE(modelCard(QStringLiteral("severity-transverse")));
    ns::ui::ClinicianGrade* mine = panel()->clinicianGrade();
    QVERIFY(mine->recordAction()->isEnabled());
    QVERIFY2(mine->recordedText().contains(QLatin1String("No grade recorded by a person yet")), qPrintable(mine->recordedText()));
    QVERIFY(gradeWith(QStringLiteral("severity-transverse")));
    const auto bars = panel()->gradeView()->bars();
    int largest = 0;
    for (int k = 1; k < bars.size(); ++k)
        if (bars[k]->value() > bars[largest]->value())
            largest = k;
    QCOMPARE(mine->choiceBox()->currentIndex(), largest);
    QVERIFY2(mine->recordedText().contains(QLatin1String("Model's grade")), qPrintable(mine->recordedText()));

    auto personGrades = [&] {
        QList<an::Grade> out;
        for (const an::Grade& g : an::loadGrades(*session()->workspace(), session()->studyId()))
            if (g.source.kind != an::SourceKind::Model)
                out << g;
        return out;
    };
    // Accept: one key stores the model's answer as the reviewer's grade.
    QTest::keyClick(m_window->viewer()->imageView(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QList<an::Grade> mineStored = personGrades();
    QCOMPARE(mineStored.size(), 1);
    QCOMPARE(mineStored[0].rater, QStringLiteral("reviewer"));
    QCOMPARE(mineStored[0].source.kind, an::SourceKind::Manual);
    QCOMPARE(*mineStored[0].severity, largest);
    QCOMPARE(*mineStored[0].cts, largest > 0);
    QVERIFY2(mine->recordedText().contains(QLatin1String("by reviewer")), qPrintable(mine->recordedText()));
    QVERIFY2(mine->recordedText().contains(QLatin1String("Recorded grade for the right wrist")), qPrintable(mine->recordedText()));
    screenshot(m_window.get(), QStringLiteral("ai-record-grade.png"));

    // Override: severe instead; the newest person's grade is what counts.
    mine->choiceBox()->setCurrentIndex(3);
    mine->recordAction()->trigger();
    mineStored = personGrades();
    QCOMPARE(mineStored.size(), 2);
    QCOMPARE(*mineStored.last().severity, 3);
    QVERIFY2(mine->recordedText().contains(QLatin1String("<b>severe CTS</b>")), qPrintable(mine->recordedText()));

    // Undo takes the override back, and the panel says so.
    QTest::keyClick(m_window->viewer()->imageView(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(personGrades().size(), 1);
    QVERIFY2(!mine->recordedText().contains(QLatin1String("<b>severe CTS</b>")) || largest == 3, qPrintable(mine->recordedText()));
}

// The study's series names it a wrist transverse scan: the longitudinal severity CNN gets a
// warning under the grader combo, the transverse one and the segmenter none.
void TestAiReview::warnsWhenTheModelReadsAnotherView()
{
    NS_REQUIRE_FILE(modelCard(QStringLiteral("severity-longitudinal")));
    QLabel* grading = panel()->gradingViewWarning();
    QVERIFY(!panel()->segmentationViewWarning()->isVisibleTo(panel()));
    QComboBox* graders = panel()->graderCombo();
    graders->setCurrentIndex(graders->findText(QStringLiteral("severity-longitudinal"), Qt::MatchStartsWith));
    QVERIFY(grading->isVisibleTo(panel()));
    QVERIFY2(grading->text().contains(QLatin1String("severity-longitudinal")) && grading->text().contains(QLatin1String("wrist transverse")),
             qPrintable(grading->text()));
    if (auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("aiReviewDock")))
        dock->raise();
    screenshot(m_window.get(), QStringLiteral("ai-view-warning.png"));
    graders->setCurrentIndex(graders->findText(QStringLiteral("severity-transverse"), Qt::MatchStartsWith));
    QVERIFY(!grading->isVisibleTo(panel()));
    QVERIFY(!panel()->segmentationViewWarning()->isVisibleTo(panel()));
    // The Explain section's model picker warns the same way.
    QComboBox* explained = panel()->explainPanel()->modelCombo();
    QLabel* explainWarning = panel()->explainPanel()->viewWarning();
    explained->setCurrentIndex(explained->findText(QStringLiteral("severity-longitudinal"), Qt::MatchStartsWith));
    QVERIFY(explainWarning->isVisibleTo(panel()));
    QVERIFY2(explainWarning->text().contains(QLatin1String("severity-longitudinal")), qPrintable(explainWarning->text()));
    if (auto* dockScroll = qobject_cast<QScrollArea*>(panel()->parentWidget() ? panel()->parentWidget()->parentWidget() : nullptr))
        dockScroll->ensureWidgetVisible(explainWarning);
    screenshot(m_window.get(), QStringLiteral("ai-explain-view-warning.png"));
    explained->setCurrentIndex(explained->findText(QStringLiteral("severity-transverse"), Qt::MatchStartsWith));
    QVERIFY(!explainWarning->isVisibleTo(panel()));
}

// The user's grader reads wrist transverse scans: a longitudinal study gets the longitudinal
// CNN chosen for it (no warning), and the next wrist study the user's choice again.
void TestAiReview::choosesTheGraderOfTheStudysView()
{
    NS_REQUIRE_FILE(modelCard(QStringLiteral("severity-longitudinal")));
    QComboBox* graders = panel()->graderCombo();
    graders->setCurrentIndex(graders->findText(QStringLiteral("severity-transverse"), Qt::MatchStartsWith));
    QVERIFY(td::openAndWait(*m_window, m_longitudinal));
    QVERIFY2(graders->currentText().startsWith(QLatin1String("severity-longitudinal")), qPrintable(graders->currentText()));
    QVERIFY(!panel()->gradingViewWarning()->isVisibleTo(panel()));
    // The segmenter reads wrist transverse scans only: it stays, and says so.
    QVERIFY(panel()->modelCombo()->currentText().startsWith(QLatin1String("sa-unet-wrist")));
    QVERIFY(panel()->segmentationViewWarning()->isVisibleTo(panel()));
    // Its crops are found by the cross-sectional segmenter, whose outlines of a long-axis
    // nerve are not offered for review.
    QVERIFY(gradeWith(QStringLiteral("severity-longitudinal")));
    QCOMPARE(ai()->pendingFrames(), 0);
    QVERIFY(!ai()->foundNoNerve(0));
    QVERIFY(openStudy());
    QVERIFY2(graders->currentText().startsWith(QLatin1String("severity-transverse")), qPrintable(graders->currentText()));
    QVERIFY(!panel()->segmentationViewWarning()->isVisibleTo(panel()));
}

// Unless turned off, opening a study outlines the nerve on the frame on screen and grades the
// study with the chosen models, the AI panel in front. Opening it again redoes neither what
// the workspace holds (the accepted contour, the grader's grade); turned off, nothing runs.
void TestAiReview::analysesStudiesOnOpenByDefault()
{
    NS_REQUIRE_FILE(modelCard(QStringLiteral("severity-transverse")));
    QSettings().remove(QStringLiteral("ai/analyseOnOpen"));
    m_window = std::make_unique<MainWindow>(); // reads the setting anew
    QVERIFY(td::showMainWindow(*m_window, QSize(1500, 950)));
    QAction* onOpen = m_window->ai()->analyseOnOpenAction();
    QVERIFY2(onOpen->isChecked(), "on by default");
    QVERIFY(td::useNewWorkspace(*m_window, m_dir.path()));
    QComboBox* graders = panel()->graderCombo();
    graders->setCurrentIndex(graders->findText(QStringLiteral("severity-transverse"), Qt::MatchStartsWith));
    QSignalSpy graded(ai(), &ns::ui::AiController::gradeReady);
    QVERIFY(openStudy());
    QVERIFY2(graded.wait(120000) || !graded.isEmpty(), "the study was graded");
    QVERIFY2(!ai()->predictions(0).isEmpty(), "the nerve is outlined on the first frame");
    QCOMPARE(panel()->gradeView()->bars().size(), 4);
    QVERIFY2(panel()->isVisible(), "the AI panel is in front");
    auto modelGrades = [&] {
        int n = 0;
        for (const an::Grade& g : an::loadGrades(*session()->workspace(), session()->studyId()))
            n += g.source.kind == an::SourceKind::Model && g.source.model == QLatin1String("severity-transverse");
        return n;
    };
    QCOMPARE(modelGrades(), 1);
    screenshot(m_window.get(), QStringLiteral("ai-analysed-on-open.png"));
    QVERIFY(ai()->acceptAll(0));
    QCOMPARE(stored(0).size(), 1);

    QVERIFY(openStudy());
    QCoreApplication::sendPostedEvents(); // the analysis would start from a queued call
    QVERIFY2(!ai()->isBusy(), "nothing to redo: the frame has its contour, the study this grader's grade");
    QCOMPARE(ai()->pendingFrames(), 0);
    QCOMPARE(modelGrades(), 1);

    onOpen->setChecked(false);
    QCOMPARE(QSettings().value(QStringLiteral("ai/analyseOnOpen")).toBool(), false);
    QVERIFY(td::useNewWorkspace(*m_window, m_dir.path()));
    QVERIFY(openStudy());
    QCoreApplication::sendPostedEvents();
    QVERIFY2(!ai()->isBusy(), "turned off");
    QCOMPARE(ai()->pendingFrames(), 0);
    QSettings().setValue(QStringLiteral("ai/analyseOnOpen"), false);
}

// The nerve out of view: the list says the model found none, and there is nothing to accept
// (Accept All Frames stayed enabled for frames without a prediction).
void TestAiReview::saysWhenNoNerveIsFound()
{
    QVERIFY(td::openAndWait(*m_window, m_empty));
    QVERIFY(segmentFrame());
    QVERIFY(ai()->predictions(0).isEmpty());
    QVERIFY(ai()->foundNoNerve(0));
    QCOMPARE(panel()->predictionList()->count(), 1);
    QVERIFY2(panel()->predictionList()->item(0)->text().contains(QLatin1String("No nerve found")),
             qPrintable(panel()->predictionList()->item(0)->text()));
    QVERIFY(!panel()->acceptAction()->isEnabled());
    QVERIFY(!panel()->acceptEveryFrameAction()->isEnabled());
    QCOMPARE(ai()->pendingFrames(), 0);
}

// A video has no pixel size: the prediction reads in px² on one line (why no mm² is in its
// tooltip), and the grader, whose crop is in mm, leaves its reason in the grade box.
// The phantom's file claiming pixels four times as wide and high: the model's outline then
// measures more than any median nerve, and its line in the list says so.
void TestAiReview::flagsAnOutlineNoNerveMeasures()
{
    const QString scaled = m_dir.filePath(QStringLiteral("scaled.dcm"));
    QVERIFY(td::writeWithScaledCalibration(m_study, scaled, 4));
    QVERIFY(segmentFrame()); // the true scale first: no flag
    QVERIFY(!panel()->predictionList()->item(0)->text().startsWith(QStringLiteral("⚠")));
    QVERIFY(td::openAndWait(*m_window, scaled));
    QVERIFY(segmentFrame());
    QVERIFY(!ai()->predictions(0).isEmpty());
    const QListWidgetItem* item = panel()->predictionList()->item(0);
    QVERIFY2(item->text().startsWith(QStringLiteral("⚠ AI 1")), qPrintable(item->text()));
    QVERIFY2(item->toolTip().contains(QLatin1String("larger than any median nerve")), qPrintable(item->toolTip()));
    screenshot(m_window.get(), QStringLiteral("ai-implausible-area.png"));
}

void TestAiReview::saysWhyAStudyWasNotGraded()
{
    NS_REQUIRE_FILE(modelCard(QStringLiteral("severity-transverse")));
    QVERIFY(td::openAndWait(*m_window, m_uncalibrated));
    QVERIFY(segmentFrame());
    QVERIFY(!ai()->predictions(0).isEmpty());
    const QListWidgetItem* item = panel()->predictionList()->item(0);
    QVERIFY2(item->text().contains(QStringLiteral("px²")) && !item->text().contains(QLatin1Char('\n')), qPrintable(item->text()));
    QVERIFY2(item->toolTip().contains(QStringLiteral("no mm²")), qPrintable(item->toolTip()));
    QComboBox* graders = panel()->graderCombo();
    graders->setCurrentIndex(graders->findText(QStringLiteral("severity-transverse"), Qt::MatchStartsWith));
    QSignalSpy failed(ai(), &ns::ui::AiController::gradeFailed);
    QTest::keyClick(m_window->viewer()->imageView(), Qt::Key_F6);
    QVERIFY(failed.wait(60000) || !failed.isEmpty());
    const QString summary = panel()->gradeView()->summary();
    QVERIFY2(summary.startsWith(QLatin1String("Not graded")) && summary.contains(QLatin1String("calibration")), qPrintable(summary));
    // All four lines of it in view (the layout used to keep the height of the empty box).
    const QLabel* said = panel()->gradeView()->summaryLabel();
    auto cut = [&]() -> QString { // the first widget from the label up to the panel that sticks out of its parent
        if (said->height() < said->heightForWidth(said->width()))
            return QStringLiteral("the label");
        for (const QWidget* w = said; w != panel(); w = w->parentWidget()) {
            if (!w->parentWidget()->rect().contains(w->geometry()))
                return QString::fromLatin1(w->metaObject()->className());
            for (const QWidget* sibling : w->parentWidget()->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
                if (sibling != w && sibling->isVisible() && sibling->geometry().intersects(w->geometry()))
                    return QStringLiteral("%1 under %2").arg(QString::fromLatin1(w->metaObject()->className()),
                                                             QString::fromLatin1(sibling->metaObject()->className()));
        }
        return {};
    };
    QCoreApplication::processEvents(); // the layout requests queued
    QCoreApplication::processEvents();
    QVERIFY2(cut().isEmpty(), qPrintable(cut()));
    screenshot(m_window.get(), QStringLiteral("ai-not-graded.png"));
}

// A model promoted into the workspace (fine-tuned there) can be explained, not only graded
// with: the Explain picker lists what the AI panel's pickers list.
void TestAiReview::explainOffersTheWorkspacesModels()
{
    ns::workspace::ModelStore store(*session()->workspace());
    const QString name = QStringLiteral("workspace-grader"), version = QStringLiteral("1.0.0");
    QString error;
    QFile card(td::writeUntrainedGrader(store.folderFor(name, version), name, QStringLiteral("squeezenet1_1"), 64, &error, version));
    QVERIFY2(card.open(QIODevice::ReadOnly), qPrintable(error));
    ns::workspace::StoredModel stored{0, name, version, QStringLiteral("cts-binary"), card.fileName(), {}};
    QVERIFY2(store.add(stored, card.readAll(), "{}", QStringLiteral("2026-11-24T00:00:00Z"), {}, &error) > 0, qPrintable(error));
    QComboBox* explained = panel()->explainPanel()->modelCombo();
    QCOMPARE(explained->findText(name, Qt::MatchStartsWith), -1);
    panel()->reloadModels(); // as promoting in the training tab does
    QVERIFY(panel()->graderCombo()->findText(name, Qt::MatchStartsWith) >= 0);
    QVERIFY(explained->findText(name, Qt::MatchStartsWith) >= 0);
}

QTEST_MAIN(TestAiReview)
#include "test_ai_review.moc"
