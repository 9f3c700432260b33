// Training (inference/training/): a tiny run on a freshly generated synthetic dataset whose
// loss falls and whose model loads back; resume after a cancel gives bit-identical weights
// to an uninterrupted run; cancel stops within a batch; bad inputs fail with clear reasons;
// augmentation moves image and mask together; the validation AUC against hand values.
// LibTorch before Qt: Qt's keyword macros (slots, emit) must not reach torch's headers.
#include "inference/models/NetModule.h"

#include "core/synth/CineGenerator.h"
#include "core/synth/writers/SynthDatasetGenerator.h"
#include "inference/ModelFile.h"
#include "inference/training/Augment.h"
#include "inference/training/Trainer.h"
#include "inference/training/TrainingDataset.h"
#include "inference/training/ValidationMetrics.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest/QtTest>
#include <opencv2/imgproc.hpp>

using namespace ns::training;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The log without its seconds column: what must match between two runs.
QStringList lossColumns(const QString& csvPath)
{
    QStringList rows;
    for (const QByteArray& line : readAll(csvPath).split('\n'))
        if (!line.isEmpty())
            rows << QString::fromUtf8(line).section(QLatin1Char(','), 0, 3);
    return rows;
}

} // namespace

class TestTraining : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_data;

    TrainingConfig tinyConfig(const QString& out) const
    {
        TrainingConfig c;
        c.task = TrainingTask::Segmentation;
        c.architecture = QStringLiteral("sa-unet");
        c.dataDir = m_data;
        c.outDir = out;
        c.inputSize = QSize(32, 32);
        c.batch = 4;
        c.epochs = 3;
        c.patience = 100;
        c.learningRate = 3e-3;
        c.seed = 11;
        c.threads = 1; // bit-identical results need the same thread count; 1 also avoids OpenMP barrier stalls on a loaded CI machine
        c.recipe = QStringLiteral("test_training");
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_data = m_tmp.filePath(QStringLiteral("data"));
        ns::synth::DatasetRequest req;
        req.task = ns::synth::DatasetTask::Segmentation;
        req.patients = 6;
        req.framesPerWrist = 2;
        req.seed = 5;
        const auto r = ns::synth::generateDataset(req, m_data, [](const ns::synth::SynthRequest& s, const ns::jobs::Progress& p) {
            return ns::synth::generateCine(s, p);
        });
        QVERIFY2(r.ok, qPrintable(r.error));
    }

    void datasetHonoursSplitAndView()
    {
        TrainingDataset train, val;
        QString error;
        QVERIFY2(train.load(m_data, QStringLiteral("train"), TrainingTask::Segmentation, QStringLiteral("wrist"), cv::Size(64, 64),
                            ns::jobs::Progress::none(), &error), qPrintable(error));
        QVERIFY2(val.load(m_data, QStringLiteral("val"), TrainingTask::Segmentation, QStringLiteral("wrist"), cv::Size(64, 64),
                          ns::jobs::Progress::none(), &error), qPrintable(error));
        QSet<QString> trainPatients;
        for (const TrainingSample& s : train.samples()) {
            trainPatients.insert(s.patient);
            QCOMPARE(s.image.type(), CV_32FC1);
            QCOMPARE(s.image.size(), cv::Size(64, 64));
            QCOMPARE(s.mask.size(), cv::Size(64, 64));
            double lo = 0, hi = 0;
            cv::minMaxLoc(s.image, &lo, &hi);
            QVERIFY(lo >= 0 && hi <= 1 && hi > lo);
        }
        for (const TrainingSample& s : val.samples())
            QVERIFY2(!trainPatients.contains(s.patient), "a patient is in both train and val");
        QCOMPARE(train.size(), train.summary().framesPerSplit.value(QStringLiteral("train")));
        // The severity labels are the manifest's grade indices.
        TrainingDataset sev;
        QVERIFY(sev.load(m_data, QStringLiteral("train"), TrainingTask::CtsSeverity, QStringLiteral("wrist"), cv::Size(64, 64),
                         ns::jobs::Progress::none(), &error));
        for (const TrainingSample& s : sev.samples())
            QVERIFY(s.label >= 0 && s.label <= 3);
    }

    void augmentMovesImageAndMaskTogether()
    {
        cv::Mat mask = cv::Mat::zeros(64, 64, CV_32FC1);
        cv::ellipse(mask, cv::Point(30, 36), cv::Size(12, 7), 20, 0, 360, cv::Scalar(1), cv::FILLED);
        AugmentRanges ranges = augmentRangesFor(TrainingTask::Segmentation);
        int changed = 0;
        for (std::uint64_t s = 0; s < 8; ++s) {
            cv::Mat image = mask.clone(), m = mask.clone();
            SeededRandom random = SeededRandom::stream(3, 1, s);
            augment(ranges, random, &image, &m);
            cv::Mat thresholded;
            cv::threshold(image, thresholded, 0.5, 1.0, cv::THRESH_BINARY);
            QCOMPARE(cv::countNonZero(thresholded != m), 0);
            changed += cv::countNonZero(m != mask) > 0 ? 1 : 0;
            // The same stream gives the same transform.
            cv::Mat again = mask.clone();
            SeededRandom same = SeededRandom::stream(3, 1, s);
            augment(ranges, same, &again, nullptr);
            QCOMPARE(cv::norm(again, image, cv::NORM_INF), 0.0);
        }
        QVERIFY(changed >= 6);
    }

    void aucAgainstHandValues()
    {
        // 3 positives x 2 negatives = 6 pairs; pos 0.9 beats both, 0.4 beats one (0.3), and
        // 0.5 ties 0.5 (half): (2 + 1 + 1.5) / 6 = 0.75.
        QCOMPARE(rocAuc({0.9, 0.4, 0.5, 0.3, 0.5}, {1, 1, 1, 0, 0}), 0.75);
        QCOMPARE(rocAuc({0.1, 0.2}, {1, 1}), 0.5);
        QCOMPARE(diceFromCounts(0, 0, 0), 1.0);
        QCOMPARE(diceFromCounts(3, 4, 4), 0.75);
        QCOMPARE(accuracy({0, 1, 2, 3}, {0, 1, 1, 3}), 0.75);
    }

    void tinyRunLossFallsAndModelLoads()
    {
        TrainingConfig c = tinyConfig(m_tmp.filePath(QStringLiteral("falls")));
        c.epochs = 8;
        const TrainingResult r = trainModel(c, ns::jobs::Progress::none());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.state.log.size(), 8);
        const double first = r.state.log.first().trainLoss, last = r.state.log.last().trainLoss;
        QVERIFY2(last < 0.9 * first, qPrintable(QStringLiteral("train loss %1 -> %2").arg(first).arg(last)));
        QString error;
        const auto loaded = ns::inference::loadModel(r.cardPath, &error);
        QVERIFY2(loaded, qPrintable(error));
        const ns::inference::ModelCard& card = loaded->card;
        QCOMPARE(card.name, QStringLiteral("sa-unet-wrist"));
        QCOMPARE(card.task, QStringLiteral("segmentation"));
        QCOMPARE(card.classes, QStringList{QStringLiteral("nerve")});
        QCOMPARE(card.inputWidth, 32);
        QCOMPARE(card.activation, QStringLiteral("relu"));
        QCOMPARE(card.recipe, QStringLiteral("test_training"));
        QVERIFY(card.notice.contains(QStringLiteral("not clinically validated")));
        QVERIFY(card.trainingData.contains(QStringLiteral("6 patient(s)")));
        QCOMPARE(card.metrics.value(QStringLiteral("dsc")).toDouble(), r.state.bestMetric);
        QCOMPARE(card.metrics.value(QStringLiteral("epoch")).toInt(), r.state.bestEpoch);
        // Trained channels-last, written contiguous (the files of the shipped models).
        for (const auto& p : loaded->net->named_parameters())
            QVERIFY2(p.value().is_contiguous(), p.key().c_str());
        QVERIFY(!QDir(QDir(c.outDir).filePath(QStringLiteral("sa-unet-wrist.checkpoint"))).exists());
        QCOMPARE(lossColumns(r.logPath).size(), 9);
        QVERIFY(lossColumns(r.logPath).first().startsWith(QStringLiteral("epoch,train_loss,val_loss,val_dsc")));
    }

    void resumeAfterCancelMatchesUninterrupted()
    {
        const TrainingConfig straight = tinyConfig(m_tmp.filePath(QStringLiteral("straight")));
        const TrainingResult a = trainModel(straight, ns::jobs::Progress::none());
        QVERIFY2(a.ok, qPrintable(a.error));

        TrainingConfig interrupted = tinyConfig(m_tmp.filePath(QStringLiteral("interrupted")));
        ns::jobs::CancelToken token;
        int epochs = 0;
        const TrainingResult b1 = trainModel(interrupted, ns::jobs::Progress({}, token), [&](const QString& line) {
            if (line.startsWith(QStringLiteral("epoch")) && ++epochs == 2)
                token.cancel(); // as if Ctrl+C came during epoch 3
        });
        QVERIFY(!b1.ok);
        QVERIFY(b1.cancelled);
        QCOMPARE(b1.state.epochsDone, 2);
        QVERIFY(QFile::exists(QDir(interrupted.outDir).filePath(QStringLiteral("sa-unet-wrist.checkpoint/state.pt"))));

        // Without --resume the unfinished run is not overwritten.
        const TrainingResult refused = trainModel(interrupted, ns::jobs::Progress::none());
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("--resume")), qPrintable(refused.error));
        // Other options than the checkpoint's are refused too.
        TrainingConfig other = interrupted;
        other.resume = true;
        other.learningRate = 1e-3;
        const TrainingResult mismatch = trainModel(other, ns::jobs::Progress::none());
        QVERIFY(!mismatch.ok);
        QVERIFY2(mismatch.error.contains(QStringLiteral("learningRate")), qPrintable(mismatch.error));

        // Fewer epochs than already trained would make the card's recipe a lie.
        TrainingConfig shorter = interrupted;
        shorter.resume = true;
        shorter.epochs = 1;
        const TrainingResult tooShort = trainModel(shorter, ns::jobs::Progress::none());
        QVERIFY(!tooShort.ok);
        QVERIFY2(tooShort.error.contains(QStringLiteral("already trained 2 epochs")), qPrintable(tooShort.error));

        interrupted.resume = true;
        const TrainingResult b2 = trainModel(interrupted, ns::jobs::Progress::none());
        QVERIFY2(b2.ok, qPrintable(b2.error));
        QCOMPARE(b2.state.epochsDone, 3);
        QCOMPARE(lossColumns(b2.logPath), lossColumns(a.logPath));
        QCOMPARE(b2.card.sha256, a.card.sha256);
        QCOMPARE(readAll(QDir(interrupted.outDir).filePath(QStringLiteral("sa-unet-wrist.pt"))),
                 readAll(QDir(straight.outDir).filePath(QStringLiteral("sa-unet-wrist.pt"))));
    }

    void cancelStopsWithinABatch()
    {
        TrainingConfig c = tinyConfig(m_tmp.filePath(QStringLiteral("cancel")));
        c.batch = 2;
        ns::jobs::CancelToken token;
        int batchesAfterCancel = 0;
        const ns::jobs::Progress progress(
            [&](double, const QString& message) {
                if (!message.contains(QStringLiteral("batch")))
                    return;
                if (token.isCancelled())
                    ++batchesAfterCancel;
                token.cancel();
            },
            token);
        const TrainingResult r = trainModel(c, progress);
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok);
        QCOMPARE(batchesAfterCancel, 0);
        QCOMPARE(r.state.epochsDone, 0);
        QVERIFY2(r.error.contains(QStringLiteral("cancelled")), qPrintable(r.error));
    }

    void badInputsFailClearly_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing data") << "data" << "/nonexistent/nervescope-data" << "does not exist";
        QTest::newRow("no manifest") << "data" << "@tmp" << "manifest.json";
        QTest::newRow("unknown arch") << "arch" << "resnet50" << "unknown architecture";
        QTest::newRow("arch of another task") << "arch" << "squeezenet1_1" << "does not do segmentation";
        QTest::newRow("size not poolable") << "input" << "70" << "multiple of 16";
        QTest::newRow("empty split") << "view" << "longitudinal" << "has no longitudinal-view frames";
        QTest::newRow("activation on classifier") << "activation-classifier" << "noisy_relu" << "U-Nets only";
        QTest::newRow("output is a file") << "out" << "@file" << "cannot create the output folder";
    }
    void badInputsFailClearly()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QTemporaryDir tmp;
        TrainingConfig c = tinyConfig(tmp.filePath(QStringLiteral("out")));
        if (field == QLatin1String("data"))
            c.dataDir = value == QLatin1String("@tmp") ? tmp.path() : value;
        else if (field == QLatin1String("arch"))
            c.architecture = value;
        else if (field == QLatin1String("input"))
            c.inputSize = QSize(value.toInt(), 32);
        else if (field == QLatin1String("view"))
            c.view = value;
        else if (field == QLatin1String("activation-classifier")) {
            c.task = TrainingTask::CtsBinary;
            c.architecture = QStringLiteral("squeezenet1_1");
            c.activation = value;
        } else if (field == QLatin1String("out")) {
            QFile f(tmp.filePath(QStringLiteral("plain-file")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.close();
            c.outDir = tmp.filePath(QStringLiteral("plain-file/model"));
        }
        const TrainingResult r = trainModel(c, ns::jobs::Progress::none());
        QVERIFY(!r.ok);
        QVERIFY(!r.cancelled);
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
        QVERIFY(!r.error.contains(QLatin1Char('\n')));
    }

    void classifierTrainsOneEpoch()
    {
        TrainingConfig c = tinyConfig(m_tmp.filePath(QStringLiteral("severity")));
        c.task = TrainingTask::CtsSeverity;
        c.architecture = QStringLiteral("severity-transverse");
        c.epochs = 1;
        const TrainingResult r = trainModel(c, ns::jobs::Progress::none());
        QVERIFY2(r.ok, qPrintable(r.error));
        QString error;
        const auto loaded = ns::inference::loadModel(r.cardPath, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->card.classes.size(), 4);
        QVERIFY(loaded->card.activation.isEmpty());
        QVERIFY(loaded->card.metrics.contains(QStringLiteral("accuracy")));
    }
};

QTEST_GUILESS_MAIN(TestTraining)
#include "test_training.moc"
