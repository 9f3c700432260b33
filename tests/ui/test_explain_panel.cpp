// The Explain section as a user drives it: open a synthetic wrist frame, pick the model,
// press Explain (F7), see the heatmap over the frame with its colour bar, change opacity,
// hide it, export PNG and float TIFF, compare two methods side by side, and cancel a long
// LIME run mid-way (the previous heatmap stays, nothing blocks). The model is a real
// SqueezeNet saved as a model file (untrained: the screen, not the model, is under test).
// With NERVESCOPE_SCREENSHOTS set, the panel and the viewer are saved there as PNGs.

#include "core/media/MediaOpener.h"
#include "core/synth/CineGenerator.h"
#include "inference/ModelFile.h"
#include "tests/UntrainedGrader.h"
#include "ui/explain/ExplainPanel.h"
#include "ui/explain/HeatmapOverlay.h"
#include "ui/explain/SideBySideView.h"
#include "ui/viewer/ImageView.h"
#include "ui/viewer/StudyViewer.h"
#include "tests/TestData.h"
#include "tests/ui/Screenshot.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QProcess>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <opencv2/imgcodecs.hpp>

using namespace ns::ui;
namespace td = ns::testdata;

class TestExplainPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(!ns::testdata::writeUntrainedGrader(m_dir.filePath(QStringLiteral("models")), QStringLiteral("explain-test-squeezenet"),
                                                     QStringLiteral("squeezenet1_1"), 96, &error).isEmpty(),
                 qPrintable(error));
        qputenv("NERVESCOPE_MODELS", QFile::encodeName(m_dir.filePath(QStringLiteral("models"))));

        ns::synth::SynthRequest r;
        r.grade = ns::synth::Grade::Moderate;
        r.seed = 21;
        const auto cine = ns::synth::generateCine(r);
        m_frame = m_dir.filePath(QStringLiteral("wrist.png"));
        QVERIFY(cine.frames.front().image.save(m_frame));
    }

    void init()
    {
        m_viewer = std::make_unique<StudyViewer>();
        m_viewer->resize(700, 560);
        m_panel = std::make_unique<ExplainPanel>(m_viewer.get());
        m_panel->resize(360, 520);
        m_viewer->show();
        m_panel->show();
        auto opened = ns::media::openMedia(m_frame);
        QVERIFY2(opened, qPrintable(opened.error));
        QSignalSpy shown(m_viewer.get(), &StudyViewer::frameShown);
        m_viewer->setSource(std::shared_ptr<ns::media::FrameSource>(std::move(opened.source)));
        m_viewer->showFrame(0); // as MainWindow does after opening
        QVERIFY(shown.wait(10000) || !shown.isEmpty());
        m_panel->reloadModels();
    }

    void cleanup()
    {
        m_panel->controller()->cancel();
        m_panel->controller()->waitForIdle();
        QCoreApplication::processEvents();
        m_panel.reset();
        m_viewer.reset();
    }

    void explainShowsHeatmapOverTheFrame()
    {
        QVERIFY(m_panel->modelCombo()->currentText().startsWith(QLatin1String("explain-test-squeezenet")));
        QCOMPARE(m_panel->targetCombo()->count(), 3); // predicted, normal, cts
        m_panel->targetCombo()->setCurrentIndex(2);
        QVERIFY(m_panel->explainAction()->isEnabled());
        const QImage before = m_viewer->imageView()->grab().toImage();
        QVERIFY(explain());
        const auto& outcome = m_panel->lastOutcome();
        QCOMPARE(outcome.results.size(), 1);
        QCOMPARE(outcome.results.front().target, QStringLiteral("cts"));
        QCOMPARE(outcome.results.front().heatmap.cols, 565); // frame size, not model size
        QVERIFY(m_panel->overlay()->isShowing());
        QVERIFY(m_panel->statusLabel()->text().contains(QLatin1String("Occlusion")));
        QCOMPARE(m_panel->progressBar()->value(), 1000);
        const QImage with = m_viewer->imageView()->grab().toImage();
        QVERIFY(with != before);
        screenshot(QStringLiteral("explain-panel"));

        m_panel->opacitySlider()->setValue(20);
        QCOMPARE(m_panel->overlay()->opacity(), 0.2);
        m_panel->toggleAction()->trigger(); // hide
        QVERIFY(!m_panel->overlay()->isShowing());
        QCOMPARE(m_viewer->imageView()->grab().toImage(), before);
        m_panel->toggleAction()->trigger();
        QVERIFY(m_panel->overlay()->isShowing());

        const QString png = m_dir.filePath(QStringLiteral("overlay.png"));
        const QString tiff = m_dir.filePath(QStringLiteral("raw.tiff"));
        QVERIFY(m_panel->exportOverlay(png));
        QVERIFY(m_panel->exportRaw(tiff));
        QCOMPARE(QImage(png).size(), QSize(565, 442));
        const cv::Mat raw = cv::imread(tiff.toStdString(), cv::IMREAD_UNCHANGED);
        QCOMPARE(raw.type(), CV_32FC1);
        QCOMPARE(cv::norm(raw, outcome.results.front().heatmap, cv::NORM_INF), 0.0);
    }

    void compareShowsTwoMethodsSideBySide()
    {
        m_panel->methodCombo()->setCurrentIndex(0);  // occlusion
        m_panel->compareCombo()->setCurrentIndex(3); // Grad-CAM
        QVERIFY(explain());
        QCOMPARE(m_panel->lastOutcome().results.size(), 2);
        QVERIFY(m_panel->sideBySide() && m_panel->sideBySide()->isVisible());
        QCOMPARE(m_panel->sideBySide()->panes(), 2);
        td::screenshot(m_panel->sideBySide(), QStringLiteral("explain-side-by-side.png"));
    }

    // The shipped grader looks at a 15 mm square around the nerve that sa-unet-wrist finds:
    // on a calibrated study its heatmap covers that square and nothing else.
    void shippedGraderExplainsItsCropAroundTheNerve()
    {
        const QString dcm = m_dir.filePath(QStringLiteral("severe.dcm"));
        QProcess synth;
        synth.start(td::cliPath(), {QStringLiteral("synth"), QStringLiteral("--view"), QStringLiteral("wrist"), QStringLiteral("--grade"),
                                    QStringLiteral("severe"), QStringLiteral("--frames"), QStringLiteral("1"), QStringLiteral("--seed"),
                                    QStringLiteral("4242"), QStringLiteral("--out"), dcm});
        QVERIFY(synth.waitForFinished(120000) && synth.exitCode() == 0);
        auto opened = ns::media::openMedia(dcm);
        QVERIFY2(opened, qPrintable(opened.error));
        QSignalSpy shown(m_viewer.get(), &StudyViewer::frameShown);
        m_viewer->setSource(std::shared_ptr<ns::media::FrameSource>(std::move(opened.source)));
        m_viewer->showFrame(0);
        QVERIFY(shown.wait(10000) || !shown.isEmpty());
        m_panel->reloadModels();
        const int shipped = m_panel->modelCombo()->findText(QStringLiteral("cts-mobilenet"), Qt::MatchStartsWith);
        QVERIFY2(shipped >= 0, "the shipped cts-mobilenet must be listed");
        m_panel->modelCombo()->setCurrentIndex(shipped);
        m_panel->methodCombo()->setCurrentIndex(0); // occlusion
        m_panel->compareCombo()->setCurrentIndex(0);
        QTRY_VERIFY(m_panel->explainAction()->isEnabled());
        QVERIFY2(explain(240000), qPrintable(m_panel->statusLabel()->text() + QLatin1Char(' ') + m_panel->progressBar()->format()));
        const auto& results = m_panel->lastOutcome().results;
        QVERIFY2(!results.empty(), qPrintable(m_panel->statusLabel()->text()));
        for (const auto& r : results) {
            QVERIFY(!r.crop.isNull());
            QCOMPARE(r.score, ns::inference::explain::Score::LogOdds);
            QVERIFY2(r.baseScore > std::log(0.9 / 0.1), qPrintable(QString::number(r.baseScore))); // severe: CTS, P > 0.9
            // The crop's square, grown by 2 px for its rounding to whole pixels.
            const cv::Rect inside = cv::Rect(int(std::floor(r.crop.x())) - 2, int(std::floor(r.crop.y())) - 2, int(r.crop.width()) + 4,
                                             int(r.crop.height()) + 4)
                                    & cv::Rect(0, 0, r.heatmap.cols, r.heatmap.rows);
            QVERIFY(inside.area() < r.heatmap.cols * r.heatmap.rows / 2); // a crop, not the frame
            cv::Mat outside = r.heatmap.clone();
            outside(inside).setTo(0);
            QCOMPARE(cv::countNonZero(cv::abs(outside) > 1e-9f), 0);
            QVERIFY(cv::countNonZero(cv::abs(r.heatmap(inside)) > 0) > 0);
        }
        screenshot(QStringLiteral("explain-shipped"));
        td::screenshot(m_panel->sideBySide(), QStringLiteral("explain-shipped-side-by-side.png"));
    }

    void cancelStopsALongRunAndKeepsTheLastHeatmap()
    {
        QVERIFY(explain()); // a heatmap to keep
        const cv::Mat kept = m_panel->overlay()->heatmap().clone();
        m_panel->methodCombo()->setCurrentIndex(1); // LIME, 1,000 samples: seconds of work
        QSignalSpy progress(m_panel->controller(), &ExplainController::progress);
        QSignalSpy cancelled(m_panel->controller(), &ExplainController::cancelled);
        QSignalSpy ready(m_panel->controller(), &ExplainController::resultReady);
        m_panel->explainAction()->trigger();
        QVERIFY(m_panel->controller()->isBusy());
        QVERIFY(m_panel->cancelAction()->isEnabled());
        QVERIFY(!m_panel->explainAction()->isEnabled());
        // Wait until LIME is under way (a fraction above zero), then Cancel.
        QVERIFY(QTest::qWaitFor([&] {
            for (const auto& args : progress)
                if (args.at(0).toDouble() > 0.02)
                    return true;
            return false;
        }, 60000));
        QTest::keyClick(m_panel.get(), Qt::Key_F7, Qt::ShiftModifier);
        QVERIFY(cancelled.wait(30000) || !cancelled.isEmpty());
        QCOMPARE(ready.count(), 0);
        QVERIFY(!m_panel->controller()->isBusy());
        QVERIFY(m_panel->statusLabel()->text().contains(QLatin1String("cancelled")));
        QCOMPARE(cv::norm(m_panel->overlay()->heatmap(), kept, cv::NORM_INF), 0.0);
        QVERIFY(m_panel->explainAction()->isEnabled());
    }

private:
    bool explain(int timeoutMs = 120000)
    {
        QSignalSpy ready(m_panel->controller(), &ExplainController::resultReady);
        QSignalSpy failed(m_panel->controller(), &ExplainController::errorOccurred);
        m_panel->explainAction()->trigger();
        (void)QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, timeoutMs);
        return !ready.isEmpty();
    }

    void screenshot(const QString& name)
    {
        td::screenshot(m_viewer.get(), name + QStringLiteral("-viewer.png"));
        td::screenshot(m_panel.get(), name + QStringLiteral("-controls.png"));
    }

    QTemporaryDir m_dir;
    QString m_frame;
    std::unique_ptr<StudyViewer> m_viewer;
    std::unique_ptr<ExplainPanel> m_panel;
};

QTEST_MAIN(TestExplainPanel)
#include "test_explain_panel.moc"
