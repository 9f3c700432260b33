// `nervescope-cli train`: usage and input errors with their exit codes, and a one-epoch run
// on a freshly generated dataset whose model loads back with a matching sha256.
#include "inference/ModelFile.h"
#include "tests/cli/CliRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

namespace td = ns::testdata;
using td::CliRun;
using td::runCli;

class TestCliTrain : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_data;

private Q_SLOTS:
    void initTestCase()
    {
        m_data = m_tmp.filePath(QStringLiteral("data"));
        const CliRun r = runCli({QStringLiteral("dataset"), QStringLiteral("synth"), QStringLiteral("--task"),
                                 QStringLiteral("segmentation"), QStringLiteral("--patients"), QStringLiteral("5"),
                                 QStringLiteral("--frames-per-wrist"), QStringLiteral("2"), QStringLiteral("--seed"),
                                 QStringLiteral("3"), QStringLiteral("--out"), m_data});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void argumentErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString data = QStringLiteral("@data");
        const QStringList base{QStringLiteral("train"), QStringLiteral("--task"), QStringLiteral("segmentation"),
                               QStringLiteral("--arch"), QStringLiteral("sa-unet"), QStringLiteral("--data"), data,
                               QStringLiteral("--out"), QStringLiteral("@out")};
        QTest::newRow("no task") << QStringList{QStringLiteral("train"), QStringLiteral("--arch"), QStringLiteral("sa-unet")}
                                 << 2 << "--task is required";
        QTest::newRow("unknown task") << QStringList{QStringLiteral("train"), QStringLiteral("--task"), QStringLiteral("tumour"),
                                                     QStringLiteral("--arch"), QStringLiteral("sa-unet"), QStringLiteral("--data"),
                                                     data, QStringLiteral("--out"), QStringLiteral("@out")}
                                      << 2 << "unknown task";
        QTest::newRow("bad epochs") << base + QStringList{QStringLiteral("--epochs"), QStringLiteral("zero")} << 2 << "--epochs";
        QTest::newRow("bad input") << base + QStringList{QStringLiteral("--input"), QStringLiteral("256")} << 2 << "WIDTHxHEIGHT";
        QTest::newRow("bad lr") << base + QStringList{QStringLiteral("--lr"), QStringLiteral("-1")} << 2 << "--lr";
        QTest::newRow("unknown option") << base + QStringList{QStringLiteral("--bogus")} << 2 << "bogus";
        QTest::newRow("bad version") << base + QStringList{QStringLiteral("--version"), QStringLiteral("new")} << 2 << "--version";
        QTest::newRow("bad lr schedule") << base + QStringList{QStringLiteral("--lr-schedule"), QStringLiteral("step")} << 2
                                         << "--lr-schedule";
        QTest::newRow("bad dropout") << base + QStringList{QStringLiteral("--dropout"), QStringLiteral("1")} << 2 << "--dropout";
        QTest::newRow("dropout on a U-Net") << base + QStringList{QStringLiteral("--dropout"), QStringLiteral("0.2")} << 1
                                            << "--dropout applies to classifiers";
        QTest::newRow("unknown arch") << QStringList{QStringLiteral("train"), QStringLiteral("--task"), QStringLiteral("segmentation"),
                                                     QStringLiteral("--arch"), QStringLiteral("deeplab"), QStringLiteral("--data"),
                                                     data, QStringLiteral("--out"), QStringLiteral("@out")}
                                      << 1 << "unknown architecture \"deeplab\"";
        QTest::newRow("missing data") << QStringList{QStringLiteral("train"), QStringLiteral("--task"), QStringLiteral("segmentation"),
                                                     QStringLiteral("--arch"), QStringLiteral("sa-unet"), QStringLiteral("--data"),
                                                     QStringLiteral("/nonexistent/ns-data"), QStringLiteral("--out"), QStringLiteral("@out")}
                                      << 1 << "does not exist";
        QTest::newRow("empty split") << base + QStringList{QStringLiteral("--view"), QStringLiteral("longitudinal")} << 1
                                     << "has no longitudinal-view frames";
    }
    void argumentErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir out;
        for (QString& a : args) {
            if (a == QLatin1String("@data"))
                a = m_data;
            else if (a == QLatin1String("@out"))
                a = out.path();
        }
        const CliRun r = runCli(args);
        QCOMPARE(r.exitCode, exitCode);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY2(err.startsWith(QStringLiteral("nervescope-cli train: ")), qPrintable(err));
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("sa-unet-wrist.json"))));
    }

    void oneEpochMakesALoadableModel()
    {
        QTemporaryDir out;
        const QStringList args{QStringLiteral("train"), QStringLiteral("--task"), QStringLiteral("segmentation"),
                               QStringLiteral("--arch"), QStringLiteral("sa-unet"), QStringLiteral("--data"), m_data,
                               QStringLiteral("--out"), out.path(), QStringLiteral("--name"), QStringLiteral("tiny"),
                               QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--input"),
                               QStringLiteral("64x64"), QStringLiteral("--batch"), QStringLiteral("4"),
                               QStringLiteral("--threads"), QStringLiteral("1")};
        const CliRun r = runCli(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("epoch 1/1"), r.err.constData()); // per-epoch lines on stderr
        QVERIFY(r.out.contains("tiny.json"));
        const QString card = QDir(out.path()).filePath(QStringLiteral("tiny.json"));
        QString error;
        const auto model = ns::inference::loadModel(card, &error);
        QVERIFY2(model, qPrintable(error));
        QFile weights(QDir(out.path()).filePath(QStringLiteral("tiny.pt")));
        QVERIFY(weights.open(QIODevice::ReadOnly));
        QCOMPARE(model->card.sha256, QString::fromLatin1(QCryptographicHash::hash(weights.readAll(), QCryptographicHash::Sha256).toHex()));
        QVERIFY(model->card.recipe.startsWith(QStringLiteral("nervescope-cli train --task segmentation --arch sa-unet")));
        QVERIFY(model->card.recipe.contains(QStringLiteral("--input 64x64")));
        QCOMPARE(model->card.inputWidth, 64);
        QVERIFY(QFile::exists(QDir(out.path()).filePath(QStringLiteral("tiny.training.csv"))));
        QVERIFY(!QDir(QDir(out.path()).filePath(QStringLiteral("tiny.checkpoint"))).exists());
        QCOMPARE(model->card.version, QStringLiteral("1.0.0"));
        QVERIFY(model->card.dropout < 0); // a U-Net has none to record
    }

    // A severity CNN with its own dropout, version and a cosine schedule: the options reach
    // the card, the card rebuilds the same network (the weights load), and the rate falls
    // by half a cosine over the epochs.
    void severityCnnRecordsItsTrainingOptions()
    {
        QTemporaryDir out;
        const QString data = m_tmp.filePath(QStringLiteral("severity"));
        CliRun r = runCli({QStringLiteral("dataset"), QStringLiteral("synth"), QStringLiteral("--task"), QStringLiteral("cts-severity"),
                           QStringLiteral("--patients"), QStringLiteral("5"), QStringLiteral("--frames-per-wrist"), QStringLiteral("1"),
                           QStringLiteral("--seed"), QStringLiteral("4"), QStringLiteral("--out"), data});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runCli({QStringLiteral("train"), QStringLiteral("--task"), QStringLiteral("cts-severity"), QStringLiteral("--arch"),
                    QStringLiteral("severity-transverse"), QStringLiteral("--data"), data, QStringLiteral("--out"), out.path(),
                    QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--input"), QStringLiteral("64x64"),
                    QStringLiteral("--dropout"), QStringLiteral("0.2"), QStringLiteral("--version"), QStringLiteral("2.1.0"),
                    QStringLiteral("--lr"), QStringLiteral("0.001"), QStringLiteral("--lr-schedule"), QStringLiteral("cosine"),
                    QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList lines = QString::fromUtf8(r.err).split(QLatin1Char('\n'));
        const auto epochLine = [&](const QString& head) {
            for (const QString& l : lines)
                if (l.contains(head))
                    return l;
            return QString();
        };
        QVERIFY2(epochLine(QStringLiteral("epoch 1/2:")).endsWith(QStringLiteral("learning rate 0.001")), r.err.constData());
        QVERIFY2(epochLine(QStringLiteral("epoch 2/2:")).endsWith(QStringLiteral("learning rate 0.0005")), r.err.constData());
        QString error;
        const auto model = ns::inference::loadModel(QDir(out.path()).filePath(QStringLiteral("severity-transverse.json")), &error);
        QVERIFY2(model, qPrintable(error));
        QCOMPARE(model->card.dropout, 0.2);
        QCOMPARE(model->card.version, QStringLiteral("2.1.0"));
        QCOMPARE(model->card.nerveCropMm, 15.0);
        QVERIFY(model->card.recipe.contains(QStringLiteral("--dropout 0.2")));
        QVERIFY(model->card.recipe.contains(QStringLiteral("--lr-schedule cosine")));
    }

    // Ctrl+C (SIGINT) stops at the next batch, says so, and keeps the last epoch's
    // checkpoint for --resume.
    void ctrlCStopsAndKeepsTheCheckpoint()
    {
        QTemporaryDir out;
        QProcess p;
        p.start(ns::testdata::cliPath(), {QStringLiteral("train"), QStringLiteral("--task"), QStringLiteral("segmentation"), QStringLiteral("--arch"),
                                          QStringLiteral("sa-unet"), QStringLiteral("--data"), m_data, QStringLiteral("--out"), out.path(),
                                          QStringLiteral("--name"), QStringLiteral("stopped"), QStringLiteral("--epochs"), QStringLiteral("50"),
                                          QStringLiteral("--input"), QStringLiteral("64x64"), QStringLiteral("--batch"), QStringLiteral("4"),
                                          QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY(p.waitForStarted());
        QByteArray err;
        QVERIFY(QTest::qWaitFor([&] { err += p.readAllStandardError(); return err.contains("epoch 1/50") || p.state() == QProcess::NotRunning; }, 120000));
        QVERIFY2(err.contains("epoch 1/50"), err.constData());
        QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
        QVERIFY(p.waitForFinished(120000));
        err += p.readAllStandardError();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit); // handled, not killed by the signal
        QVERIFY(p.exitCode() != 0);
        QVERIFY2(err.contains("cancelled"), err.constData());
        QVERIFY(QDir(QDir(out.path()).filePath(QStringLiteral("stopped.checkpoint"))).exists());
        QVERIFY(!QFile::exists(QDir(out.path()).filePath(QStringLiteral("stopped.json"))));
    }

    // --base: one epoch from a trained model; the card names the base by version and
    // sha256, and --arch/--input default to the base's.
    void fineTunesFromABase()
    {
        QTemporaryDir out;
        const QString base = trainTiny(out.path(), QStringLiteral("base"), {});
        QVERIFY(!base.isEmpty());
        QString error;
        const auto baseModel = ns::inference::loadModel(base, &error);
        QVERIFY2(baseModel, qPrintable(error));

        const CliRun r = runCli({QStringLiteral("train"), QStringLiteral("--task"), QStringLiteral("segmentation"),
                                 QStringLiteral("--base"), base, QStringLiteral("--data"), m_data, QStringLiteral("--out"),
                                 out.path(), QStringLiteral("--name"), QStringLiteral("tuned"), QStringLiteral("--epochs"),
                                 QStringLiteral("1"), QStringLiteral("--batch"), QStringLiteral("4"),
                                 QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("starting from fine-tuned from base 1.0.0"), r.err.constData());
        const auto tuned = ns::inference::loadModel(QDir(out.path()).filePath(QStringLiteral("tuned.json")), &error);
        QVERIFY2(tuned, qPrintable(error));
        QCOMPARE(tuned->card.architecture, QStringLiteral("sa-unet")); // from the base
        QCOMPARE(tuned->card.inputWidth, 64);                          // from the base
        const QString from = QStringLiteral("fine-tuned from base 1.0.0 (sha256 %1)").arg(baseModel->card.sha256);
        QVERIFY2(tuned->card.recipe.contains(from), qPrintable(tuned->card.recipe));
        QVERIFY(tuned->card.trainingData.startsWith(from));
        QCOMPARE(tuned->card.metrics.value(QStringLiteral("baseModel")).toString(), QStringLiteral("base 1.0.0"));
        QVERIFY(tuned->card.sha256 != baseModel->card.sha256); // it did train
    }

    void refusesABaseThatDoesNotFit_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("other task") << QStringList{QStringLiteral("--task"), QStringLiteral("cts-binary"), QStringLiteral("--arch"),
                                                   QStringLiteral("squeezenet1_1")}
                                    << "base model base 1.0.0 is a segmentation model, not cts-binary";
        QTest::newRow("other arch") << QStringList{QStringLiteral("--task"), QStringLiteral("segmentation"), QStringLiteral("--arch"),
                                                   QStringLiteral("unet")}
                                    << "base model base 1.0.0 is a sa-unet, not a unet";
        QTest::newRow("other input") << QStringList{QStringLiteral("--task"), QStringLiteral("segmentation"), QStringLiteral("--input"),
                                                    QStringLiteral("96x96")}
                                     << "takes 64x64 input, not 96x96";
        QTest::newRow("unknown") << QStringList{QStringLiteral("--task"), QStringLiteral("segmentation"), QStringLiteral("--base"),
                                                QStringLiteral("no-such-model")}
                                 << "no model named \"no-such-model\"";
    }
    void refusesABaseThatDoesNotFit()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        if (m_base.isEmpty())
            m_base = trainTiny(m_tmp.filePath(QStringLiteral("base")), QStringLiteral("base"), {});
        QVERIFY(!m_base.isEmpty());
        QTemporaryDir out;
        QStringList args{QStringLiteral("train"), QStringLiteral("--data"), m_data, QStringLiteral("--out"), out.path(),
                         QStringLiteral("--epochs"), QStringLiteral("1")};
        if (!extra.contains(QStringLiteral("--base")))
            args << QStringLiteral("--base") << m_base;
        const CliRun r = runCli(args + extra);
        QCOMPARE(r.exitCode, 1);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY(QDir(out.path()).isEmpty()); // refused before anything was written
    }

private:
    QString m_base;

    // Trains a 64x64 SA-UNet for one epoch into `dir`; its card path, or empty.
    QString trainTiny(const QString& dir, const QString& name, const QStringList& extra)
    {
        const CliRun r = runCli(QStringList{QStringLiteral("train"), QStringLiteral("--task"), QStringLiteral("segmentation"),
                                            QStringLiteral("--arch"), QStringLiteral("sa-unet"), QStringLiteral("--data"), m_data,
                                            QStringLiteral("--out"), dir, QStringLiteral("--name"), name,
                                            QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--input"),
                                            QStringLiteral("64x64"), QStringLiteral("--batch"), QStringLiteral("4"),
                                            QStringLiteral("--threads"), QStringLiteral("1")}
                                + extra);
        if (r.exitCode != 0) {
            qWarning("%s", r.err.constData());
            return {};
        }
        return QDir(dir).filePath(name + QStringLiteral(".json"));
    }
};

QTEST_GUILESS_MAIN(TestCliTrain)
#include "test_cli_train.moc"
