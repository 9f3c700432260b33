// nervescope-cli explain on a synthetic DICOM cine with a real (untrained) SqueezeNet model
// file: heatmap PNG and float TIFF at frame size for each method, the JSON summary, and a
// one-line reason with exit code 2 for every bad option.

#include "inference/ModelFile.h"
#include "tests/UntrainedGrader.h"
#include "tests/cli/CliRunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/imgcodecs.hpp>

using namespace ns::testdata;

class TestCliExplain : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_card = ns::testdata::writeUntrainedGrader(m_dir.path(), QStringLiteral("cli-explain-squeezenet"), QStringLiteral("squeezenet1_1"), 64, &error);
        QVERIFY2(!m_card.isEmpty(), qPrintable(error));
        m_study = m_dir.filePath(QStringLiteral("wrist.dcm"));
        const CliRun synth = runCli({QStringLiteral("synth"), QStringLiteral("--frames"), QStringLiteral("2"), QStringLiteral("--seed"),
                                     QStringLiteral("5"), QStringLiteral("--out"), m_study});
        QVERIFY2(synth.exitCode == 0, synth.err.constData());
    }

    void eachMethodWritesPngAndTiff_data()
    {
        QTest::addColumn<QString>("method");
        QTest::newRow("occlusion") << QStringLiteral("occlusion");
        QTest::newRow("lime") << QStringLiteral("lime");
        QTest::newRow("gradcam") << QStringLiteral("gradcam");
    }

    void eachMethodWritesPngAndTiff()
    {
        QFETCH(QString, method);
        const QString png = m_dir.filePath(method + QStringLiteral(".png"));
        const QString tiff = m_dir.filePath(method + QStringLiteral(".tiff"));
        const CliRun r = runCli({QStringLiteral("explain"), m_study, QStringLiteral("--model"), m_card, QStringLiteral("--method"), method,
                                 QStringLiteral("--frame"), QStringLiteral("2"), QStringLiteral("--target"), QStringLiteral("cts"),
                                 QStringLiteral("--samples"), QStringLiteral("40"), QStringLiteral("--out"), png, QStringLiteral("--raw"), tiff,
                                 QStringLiteral("--json"), QStringLiteral("--device"), QStringLiteral("cpu")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(j.value(QStringLiteral("method")).toString(), method);
        QCOMPARE(j.value(QStringLiteral("target")).toString(), QStringLiteral("cts"));
        QCOMPARE(j.value(QStringLiteral("frame")).toInt(), 2);
        QCOMPARE(j.value(QStringLiteral("scoreScale")).toString(), QStringLiteral("logodds"));
        QVERIFY(std::isfinite(j.value(QStringLiteral("score")).toDouble()));
        const QImage img(png);
        QVERIFY(!img.isNull());
        const cv::Mat raw = cv::imread(tiff.toStdString(), cv::IMREAD_UNCHANGED);
        QCOMPARE(raw.type(), CV_32FC1);
        QCOMPARE(raw.cols, img.width());
        QCOMPARE(raw.rows, img.height());
        QCOMPARE(raw.cols, j.value(QStringLiteral("width")).toInt());
        double hi = 0;
        cv::minMaxLoc(raw, nullptr, &hi);
        QVERIFY(std::abs(hi - j.value(QStringLiteral("max")).toDouble()) < 1e-5 * std::max(1.0, std::abs(hi)));
    }

    void badOptionsExitWithAReason_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("method") << QStringList{QStringLiteral("--method"), QStringLiteral("saliency")} << 2 << QStringLiteral("--method");
        QTest::newRow("target") << QStringList{QStringLiteral("--target"), QStringLiteral("severe")} << 2 << QStringLiteral("--target severe");
        QTest::newRow("frame") << QStringList{QStringLiteral("--frame"), QStringLiteral("9")} << 2 << QStringLiteral("--frame");
        QTest::newRow("fill") << QStringList{QStringLiteral("--fill"), QStringLiteral("noise")} << 2 << QStringLiteral("--fill");
        QTest::newRow("patch") << QStringList{QStringLiteral("--patch"), QStringLiteral("0")} << 2 << QStringLiteral("--patch");
        QTest::newRow("score") << QStringList{QStringLiteral("--score"), QStringLiteral("odds")} << 2 << QStringLiteral("--score");
        QTest::newRow("precision") << QStringList{QStringLiteral("--precision"), QStringLiteral("half")} << 2 << QStringLiteral("--precision");
    }

    // --precision reaches the engine, and the JSON says which arithmetic ran.
    void precisionIsReported_data()
    {
        QTest::addColumn<QString>("precision");
        QTest::addColumn<bool>("bfloat16");
        QTest::newRow("float32") << QStringLiteral("float32") << false;
        QTest::newRow("bfloat16") << QStringLiteral("bfloat16") << true;
    }

    void precisionIsReported()
    {
        QFETCH(QString, precision);
        QFETCH(bool, bfloat16);
        const CliRun r = runCli({QStringLiteral("explain"), m_study, QStringLiteral("--model"), m_card, QStringLiteral("--method"),
                                 QStringLiteral("occlusion"), QStringLiteral("--stride"), QStringLiteral("32"), QStringLiteral("--precision"), precision,
                                 QStringLiteral("--raw"), m_dir.filePath(precision + QStringLiteral(".tiff")), QStringLiteral("--json"),
                                 QStringLiteral("--device"), QStringLiteral("cpu")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString device = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("device")).toString();
        QCOMPARE(device.contains(QLatin1String("bfloat16")), bfloat16);
    }

    void badOptionsExitWithAReason()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, code);
        QFETCH(QString, says);
        const CliRun r = runCli(QStringList{QStringLiteral("explain"), m_study, QStringLiteral("--model"), m_card, QStringLiteral("--out"),
                                            m_dir.filePath(QStringLiteral("x.png"))} + extra);
        QCOMPARE(r.exitCode, code);
        QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.png"))));
    }

    void missingModelOrOutput()
    {
        CliRun r = runCli({QStringLiteral("explain"), m_study, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("y.png"))});
        QCOMPARE(r.exitCode, 2);
        r = runCli({QStringLiteral("explain"), m_study, QStringLiteral("--model"), m_card});
        QCOMPARE(r.exitCode, 2);
        r = runCli({QStringLiteral("explain"), m_study, QStringLiteral("--model"), QStringLiteral("no-such-model"), QStringLiteral("--out"),
                    m_dir.filePath(QStringLiteral("y.png"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("no-such-model"));
    }

private:
    QTemporaryDir m_dir;
    QString m_card;
    QString m_study;
};

QTEST_GUILESS_MAIN(TestCliExplain)
#include "test_cli_explain.moc"
