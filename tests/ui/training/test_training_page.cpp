// The Training page as a user drives it, on a real tiny CTS dataset made by the CLI and real
// LibTorch training on the worker thread: live curves per epoch while the GUI event loop keeps
// ticking; cancel mid-run with Esc and Resume (Ctrl+Return) continuing from the checkpoint;
// ROC, confusion matrix and per-case table at the end; Promote into a real workspace (read
// back with SQLite) making the model the default; the Review | Training switch of the window.

#include "core/workspace/Workspace.h"
#include "inference/DatasetManifest.h"
#include "inference/ModelCard.h"
#include "tests/TestData.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/training/ModelChoices.h"
#include "ui/training/TrainingCurves.h"
#include "ui/training/TrainingFeature.h"
#include "ui/training/TrainingForm.h"
#include "ui/training/TrainingPage.h"
#include "ui/training/TrainingResultsView.h"
#include "tests/ui/Screenshot.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <qcustomplot.h>

namespace td = ns::testdata;
using ns::ui::TrainingPage;

namespace {
using ns::testdata::screenshot;

QList<double> keys(QCPGraph* g)
{
    QList<double> out;
    for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
        out << it->key;
    return out;
}
} // namespace

class TestTrainingPage : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_data;
    std::unique_ptr<TrainingPage> m_page;
    std::unique_ptr<ns::workspace::Workspace> m_ws;

    // A tiny CTS classifier run: 64x64 SqueezeNet, one LibTorch thread, from scratch.
    void configure(const QString& out, int epochs)
    {
        ns::ui::TrainingForm* f = m_page->form();
        f->setTask(ns::training::TrainingTask::CtsBinary);
        f->baseBox()->setCurrentIndex(f->baseBox()->count() - 1); // random weights
        f->setDataFolder(m_data);
        f->setOutputFolder(out);
        f->nameEdit()->setText(QStringLiteral("tiny-cts"));
        f->inputBox()->setValue(64);
        f->batchBox()->setValue(4);
        f->epochsBox()->setValue(epochs);
        f->patienceBox()->setValue(100);
        f->threadsBox()->setValue(1);
        emit f->changed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_data = m_tmp.filePath(QStringLiteral("data"));
        QProcess p;
        p.start(td::cliPath(), {QStringLiteral("dataset"), QStringLiteral("synth"), QStringLiteral("--task"), QStringLiteral("cts-binary"),
                                QStringLiteral("--patients"), QStringLiteral("10"), QStringLiteral("--frames-per-wrist"),
                                QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("4"), QStringLiteral("--out"), m_data});
        QVERIFY(p.waitForFinished(300000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        ns::ui::theme::apply(*qApp); // the look of the application, for the screenshots
        m_page = std::make_unique<TrainingPage>();
        m_page->resize(1400, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_ws.reset();
    }

    void showsTheSplitByPatient()
    {
        configure(m_tmp.filePath(QStringLiteral("out-live")), 2);
        const QString summary = m_page->form()->dataSummary()->text();
        QVERIFY2(summary.contains(QStringLiteral("<td>train</td>")) && summary.contains(QStringLiteral("<td>val</td>")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("cts-binary")), qPrintable(summary));
        QVERIFY(m_page->startButton()->isEnabled());
        QVERIFY(!m_page->resumeButton()->isEnabled());
    }

    // The severity CNNs from scratch start at the recipe's dropout 0.2 (S3's 0.6 leaves them
    // at chance here); other classifiers keep their own; U-Nets and fine-tuning have none.
    void dropoutFollowsTheTaskAndTheBase()
    {
        ns::ui::TrainingForm* f = m_page->form();
        QDoubleSpinBox* dropout = f->dropoutBox();
        f->setTask(ns::training::TrainingTask::CtsSeverity);
        // Each severity network says what sets it apart.
        QComboBox* arch = f->architectureBox();
        QCOMPARE(arch->count(), 3);
        QVERIFY(arch->itemData(0, Qt::ToolTipRole).toString().contains(QStringLiteral("shipped severity model")));
        QVERIFY(arch->itemData(2, Qt::ToolTipRole).toString().contains(QStringLiteral("not S3's")));
        f->baseBox()->setCurrentIndex(f->baseBox()->count() - 1); // random weights
        QVERIFY(dropout->isEnabled());
        QCOMPARE(dropout->value(), 0.2);
        QCOMPARE(f->config().dropout, 0.2);
        QVERIFY(f->config().recipe.contains(QStringLiteral("dropout 0.2")));
        dropout->setValue(0.35);
        QCOMPARE(f->config().dropout, 0.35);
        dropout->setValue(dropout->minimum());
        QCOMPARE(dropout->text(), QStringLiteral("network's own"));
        QCOMPARE(f->config().dropout, -1.0);
        // From the shipped severity model: its dropout, not to be changed.
        f->baseBox()->setCurrentIndex(0);
        QVERIFY(!dropout->isEnabled());
        QCOMPARE(dropout->value(), 0.2);
        QCOMPARE(f->config().dropout, -1.0); // the trainer takes the base's own
        f->setTask(ns::training::TrainingTask::Segmentation);
        QVERIFY(!dropout->isEnabled());
        QCOMPARE(f->config().dropout, -1.0);
        f->setTask(ns::training::TrainingTask::CtsBinary);
        f->baseBox()->setCurrentIndex(f->baseBox()->count() - 1);
        QVERIFY(dropout->isEnabled());
        QCOMPARE(dropout->text(), QStringLiteral("network's own"));
        QCOMPARE(f->config().dropout, -1.0);
    }

    // Curves gain a point per epoch while a QTimer keeps ticking: the GUI never waits.
    void trainsOnAWorkerThreadWithLiveCurves()
    {
        configure(m_tmp.filePath(QStringLiteral("out-live")), 2);
        int ticks = 0;
        qint64 longestGap = 0;
        QElapsedTimer gap;
        gap.start();
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] {
            ++ticks;
            longestGap = std::max(longestGap, gap.restart());
        });
        timer.start(20);
        QList<int> curvePoints; // metric-graph size each time an epoch arrived
        QObject scope;          // the connection ends with this test
        connect(m_page->runner(), &ns::ui::TrainingRunner::epochFinished, &scope,
                [&] {
                    curvePoints << m_page->curves()->metricGraph()->dataCount();
                    if (curvePoints.size() == 1)
                        screenshot(m_page.get(), QStringLiteral("training-running.png"));
                },
                Qt::QueuedConnection);
        // S3's recipe as the shipped severity CNN: a cosine schedule, whose rate each epoch
        // line reports (5e-4, then half of it at the second of two epochs).
        ns::ui::TrainingForm* form = m_page->form();
        form->scheduleBox()->setCurrentIndex(form->scheduleBox()->findData(true));
        QVERIFY(form->config().cosineSchedule);
        QVERIFY(form->config().recipe.contains(QStringLiteral("cosine")));
        QStringList rates;
        connect(m_page->runner(), &ns::ui::TrainingRunner::message, &scope, [&](const QString& line) {
            if (const int at = line.indexOf(QStringLiteral("learning rate ")); at >= 0)
                rates << line.mid(at + 14);
        });
        QElapsedTimer wall;
        wall.start();
        QTest::mouseClick(m_page->startButton(), Qt::LeftButton);
        QVERIFY(m_page->isRunning());
        QVERIFY(!m_page->startButton()->isEnabled());
        QVERIFY(m_page->cancelButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRunning(), 300000);
        timer.stop();
        QVERIFY2(m_page->lastOutcome() && m_page->lastOutcome()->result.ok, qPrintable(m_page->statusLabel()->text()));
        QCOMPARE(curvePoints, (QList<int>{1, 2}));
        QCOMPARE(rates, (QStringList{QStringLiteral("0.0005"), QStringLiteral("0.00025")}));
        form->scheduleBox()->setCurrentIndex(form->scheduleBox()->findData(false)); // the other tests run constant
        QCOMPARE(m_page->curves()->trainLossGraph()->dataCount(), 2);
        QCOMPARE(m_page->curves()->valLossGraph()->dataCount(), 2);
        QCOMPARE(keys(m_page->curves()->metricGraph()), (QList<double>{1, 2}));
        // The event loop ran all along: ticks at about the timer's rate, no long stall.
        QVERIFY2(ticks >= wall.elapsed() / 20 / 4, qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(wall.elapsed())));
        QVERIFY2(longestGap < 1500, qPrintable(QStringLiteral("longest gap %1 ms").arg(longestGap)));
        QCOMPARE(m_page->progressBar()->value(), 1000);

        // The end: ROC, confusion matrix and every validation frame, worst first.
        const ns::training::CaseEvaluation& v = m_page->lastOutcome()->result.validation;
        QVERIFY(!v.cases.isEmpty());
        ns::ui::TrainingResultsView* r = m_page->results();
        QCOMPARE(r->confusionTable()->rowCount(), 2);
        QCOMPARE(r->confusionTable()->columnCount(), 2);
        int sum = 0;
        for (int i = 0; i < 2; ++i)
            for (int j = 0; j < 2; ++j)
                sum += r->confusionTable()->item(i, j)->text().toInt();
        QCOMPARE(sum, int(v.cases.size()));
        QVERIFY(r->rocPlot()->isVisible());
        QVERIFY2(!v.roc.empty(), "the validation split needs both classes for a ROC curve");
        QCOMPARE(r->rocPlot()->plottableCount(), 3); // chance line, the new model, the shipped default
        QCOMPARE(r->casesTable()->rowCount(), int(v.cases.size()));
        const int scoreCol = r->scoreColumn();
        QCOMPARE(r->casesTable()->horizontalHeaderItem(scoreCol)->text(), QStringLiteral("Score"));
        for (int i = 1; i < r->casesTable()->rowCount(); ++i)
            QVERIFY(r->casesTable()->item(i - 1, scoreCol)->data(Qt::UserRole + 2).toDouble()
                    <= r->casesTable()->item(i, scoreCol)->data(Qt::UserRole + 2).toDouble());
        // The shipped default (cts-mobilenet) is judged on the very same validation frames,
        // with its own crop; two epochs of a tiny network do not beat it.
        const auto& comparison = m_page->lastOutcome()->comparison;
        QVERIFY2(comparison, qPrintable(m_page->lastOutcome()->comparisonNote));
        QCOMPARE(comparison->cases.size(), v.cases.size());
        QVERIFY2(comparison->auc >= 0.9, qPrintable(QString::number(comparison->auc)));
        QVERIFY(r->comparisonTable()->rowCount() > 0);
        // The worst case opens its frame.
        QSignalSpy open(m_page.get(), &TrainingPage::openImageRequested);
        QTest::mouseClick(r->openWorstButton(), Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        const QString worst = open.first().first().toString();
        QVERIFY(QFileInfo::exists(worst));
        double lowest = 2, worstScore = -1;
        for (const auto& c : v.cases) {
            lowest = std::min(lowest, c.score);
            if (c.imagePath == worst)
                worstScore = c.score;
        }
        QCOMPARE(worstScore, lowest);
        QCOMPARE(r->casesTable()->item(0, scoreCol)->data(Qt::UserRole + 2).toDouble(), lowest);
        QVERIFY(!m_page->promoteButton()->isEnabled()); // no workspace yet
        screenshot(m_page.get(), QStringLiteral("training-done.png"));
    }

    // Esc cancels during the run; Resume (Ctrl+Return) continues after the last whole epoch.
    void cancelThenResumeContinuesFromTheCheckpoint()
    {
        const QString out = m_tmp.filePath(QStringLiteral("out-resume"));
        configure(out, 6);
        QList<int> epochs;
        auto scope = std::make_unique<QObject>(); // the connections end with this test
        connect(m_page->runner(), &ns::ui::TrainingRunner::epochFinished, scope.get(),
                [&](const ns::training::EpochRecord& rec) {
                    epochs << rec.epoch;
                    if (epochs.size() == 1) // mid-run: the first epoch is done, the second is under way
                        QTest::keyClick(m_page.get(), Qt::Key_Escape);
                });
        QTest::keyClick(m_page.get(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(m_page->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRunning(), 300000);
        QVERIFY(m_page->lastOutcome() == std::nullopt);
        QVERIFY2(m_page->statusLabel()->text().contains(QStringLiteral("Cancelled")), qPrintable(m_page->statusLabel()->text()));
        const int done = ns::training::unfinishedEpochs(m_page->form()->config());
        QVERIFY2(done >= 1 && done < 6, qPrintable(QString::number(done)));
        QCOMPARE(epochs.size(), done);
        QVERIFY(m_page->resumeButton()->isEnabled());
        QVERIFY(!m_page->startButton()->isEnabled()); // would overwrite the unfinished run
        QVERIFY(!m_page->unfinishedLabel()->isHidden());
        QVERIFY(m_page->unfinishedLabel()->text().contains(QStringLiteral("%1 of 6 epochs").arg(done)));

        // Resume: the checkpoint's epochs are replayed into the curves, then training goes on
        // with epoch done+1 — never epoch 1 again.
        epochs.clear();
        scope = std::make_unique<QObject>();
        connect(m_page->runner(), &ns::ui::TrainingRunner::epochFinished, scope.get(),
                [&](const ns::training::EpochRecord& rec) { epochs << rec.epoch; });
        QTest::keyClick(m_page.get(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(m_page->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRunning(), 300000);
        QVERIFY2(m_page->lastOutcome() && m_page->lastOutcome()->result.ok, qPrintable(m_page->statusLabel()->text()));
        QCOMPARE(epochs, (QList<int>{1, 2, 3, 4, 5, 6}));
        const auto& log = m_page->lastOutcome()->result.state.log;
        QCOMPARE(log.size(), 6);
        for (int i = 0; i < log.size(); ++i)
            QCOMPARE(log[i].epoch, i + 1);
        QCOMPARE(keys(m_page->curves()->metricGraph()), (QList<double>{1, 2, 3, 4, 5, 6}));
        QCOMPARE(ns::training::unfinishedEpochs(m_page->form()->config()), -1); // checkpoint removed
        QVERIFY(!m_page->resumeButton()->isEnabled());
    }

    // Promote copies the model into the workspace, records it, and makes it the default.
    void promoteWritesTheWorkspaceAndTheModelsTable()
    {
        QVERIFY(m_page->lastOutcome());
        auto created = ns::workspace::Workspace::create(m_tmp.filePath(QStringLiteral("ws")));
        QVERIFY2(created, qPrintable(created.error));
        m_ws = std::move(created.workspace);
        m_page->setWorkspace(m_ws.get());
        QVERIFY(m_page->promoteButton()->isEnabled());
        QSignalSpy promoted(m_page.get(), &TrainingPage::modelPromoted);
        QTest::mouseClick(m_page->promoteButton(), Qt::LeftButton);
        QCOMPARE(promoted.count(), 1);
        const QString card = promoted.first().first().toString();
        QCOMPARE(QDir::cleanPath(card), QDir::cleanPath(m_tmp.filePath(QStringLiteral("ws/models/tiny-cts/1.0.0/tiny-cts.json"))));
        ns::inference::ModelCard c;
        QString error;
        QVERIFY2(ns::inference::readModelCard(card, &c, &error), qPrintable(error));
        QCOMPARE(ns::inference::sha256OfFile(QFileInfo(card).dir().filePath(c.weightsFile)), c.sha256);
        QVERIFY(!m_page->promoteButton()->isEnabled()); // once per run

        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(m_ws->databasePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT name, version, task, path FROM models")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("tiny-cts"));
            QCOMPARE(q.value(1).toString(), QStringLiteral("1.0.0"));
            QCOMPARE(q.value(2).toString(), QStringLiteral("cts-binary"));
            QCOMPARE(q.value(3).toString(), QStringLiteral("models/tiny-cts/1.0.0/tiny-cts.json"));
            QVERIFY(!q.next());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM training_runs WHERE status = 'promoted' AND result_model_id IS NOT NULL")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*), max(epoch) FROM metrics WHERE name = 'auc'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 6);
            QCOMPARE(q.value(1).toInt(), 6);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'promote-model'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));

        // The AI panel's order: the workspace's newest model of the task first.
        const auto choices = ns::ui::modelChoices(m_ws.get(), QStringLiteral("cts-binary"));
        QVERIFY(!choices.isEmpty());
        QCOMPARE(QDir::cleanPath(choices.first().entry.cardPath), QDir::cleanPath(card));
        QVERIFY(m_page->form()->baseBox()->itemText(0).contains(QStringLiteral("tiny-cts 1.0.0")));
        m_page->setWorkspace(nullptr);
        m_ws.reset();
    }

    // Review | Training in the main window: the page replaces the viewer and its docks, and
    // a frame asked for from the results opens in Review.
    void mainWindowSwitchesModes()
    {
        ns::ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ns::ui::TrainingFeature* t = window.training();
        auto* stack = qobject_cast<QStackedWidget*>(window.centralWidget());
        QVERIFY(stack);
        QWidget* before = stack->currentWidget();
        t->trainingAction()->trigger();
        QVERIFY(t->isTrainingMode());
        QVERIFY(t->page()->isVisible());
        for (QDockWidget* d : window.findChildren<QDockWidget*>())
            QVERIFY2(!d->isVisible(), qPrintable(d->windowTitle()));
        t->reviewAction()->trigger();
        QCOMPARE(stack->currentWidget(), before);

        t->trainingAction()->trigger();
        QSignalSpy opened(&window, &ns::ui::MainWindow::studyOpened);
        ns::inference::DatasetManifest manifest;
        QString error;
        QVERIFY2(ns::inference::readDatasetManifest(m_data, &manifest, &error), qPrintable(error));
        const QString image = manifest.items.first().imagePath;
        QVERIFY(!image.isEmpty());
        emit t->page()->openImageRequested(image);
        QVERIFY(!t->isTrainingMode());
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
        QCOMPARE(window.currentPath(), image);
    }
};

QTEST_MAIN(TestTrainingPage)
#include "test_training_page.moc"
