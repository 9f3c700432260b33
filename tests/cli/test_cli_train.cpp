// `nervescope-cli train`: usage and input errors with their exit codes, and a one-epoch run
// on a freshly generated dataset whose model loads back with a matching sha256.
#include "inference/ModelFile.h"
#include "tests/cli/CliRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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
    }
};

QTEST_GUILESS_MAIN(TestCliTrain)
#include "test_cli_train.moc"
