// Drives the real nervescope-cli executable on real files: exit codes, JSON, PNG output.
#include "tests/cli/CliRunner.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace td = ns::testdata;
using td::CliRun;
using td::runCli;

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void infoJsonReportsRegions()
    {
        const QString file = td::shared(QStringLiteral("gdcm-US-ALOKA-16.dcm"));
        NS_REQUIRE_FILE(file);
        const CliRun r = runCli({QStringLiteral("info"), file, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 480);
        QCOMPARE(o.value(QStringLiteral("columns")).toInt(), 640);
        QCOMPARE(o.value(QStringLiteral("frames")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("photometric")).toString(), QStringLiteral("PALETTE COLOR"));
        QCOMPARE(o.value(QStringLiteral("transferSyntaxUid")).toString(), QStringLiteral("1.2.840.10008.1.2"));
        const QJsonObject cal = o.value(QStringLiteral("calibration")).toObject();
        QCOMPARE(cal.value(QStringLiteral("kind")).toString(), QStringLiteral("ultrasound-regions"));
        const QJsonArray regions = cal.value(QStringLiteral("regions")).toArray();
        QCOMPARE(regions.size(), 3);
        const QJsonObject left = regions[0].toObject();
        QCOMPARE(left.value(QStringLiteral("x0")).toInt(), 32);
        QCOMPARE(left.value(QStringLiteral("x1")).toInt(), 335);
        QVERIFY(qAbs(left.value(QStringLiteral("mmPerPixelX")).toDouble() - 0.382653) < 1e-5);
        QCOMPARE(regions[2].toObject().value(QStringLiteral("calibrated")).toBool(), false);
    }
    void infoTextForMultiFrame()
    {
        const QString file = td::pydicom(QStringLiteral("SC_rgb_rle_2frame.dcm"));
        NS_REQUIRE_FILE(file);
        const CliRun r = runCli({QStringLiteral("info"), file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Frames:          2"));
        QVERIFY(r.out.contains("1.2.840.10008.1.2.5")); // RLE Lossless
    }
    void framesWritesDisplayedPngs()
    {
        const QString file = td::pydicom(QStringLiteral("SC_rgb_rle_2frame.dcm"));
        QTemporaryDir out;
        const CliRun r = runCli({QStringLiteral("frames"), file, QStringLiteral("--out"), out.path(),
                                 QStringLiteral("--first"), QStringLiteral("2"), QStringLiteral("--last"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 0);
        const QImage png(out.filePath(QStringLiteral("frame_0002.png")));
        QVERIFY(!png.isNull());
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("frame_0001.png"))));
        QCOMPARE(png.size(), QSize(100, 100));
        QVERIFY(!png.isGrayscale());
    }
    void framesFromVideo()
    {
        const QString file = td::opencvSample(QStringLiteral("vtest.avi"));
        NS_REQUIRE_FILE(file);
        QTemporaryDir out;
        const CliRun r = runCli({QStringLiteral("frames"), file, QStringLiteral("--out"), out.path(),
                                 QStringLiteral("--first"), QStringLiteral("10"), QStringLiteral("--last"), QStringLiteral("12")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 3);
    }
    void missingFileIsOneLineFailure()
    {
        const CliRun r = runCli({QStringLiteral("info"), QStringLiteral("/nonexistent/study.dcm")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.contains("/nonexistent/study.dcm"));
    }
    void corruptFileIsOneLineFailure()
    {
        QTemporaryDir dir;
        const QString bogus = dir.filePath(QStringLiteral("bogus.dcm"));
        QFile f(bogus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(128, '\0') + "DICM" + QByteArray(300, '\x7f'));
        f.close();
        const CliRun r = runCli({QStringLiteral("info"), bogus});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.contains("bogus.dcm"));
    }
    void usageErrors()
    {
        QCOMPARE(runCli({QStringLiteral("no-such-verb")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("info")}).exitCode, 2);
        const QString file = td::pydicom(QStringLiteral("SC_rgb_rle_2frame.dcm"));
        QTemporaryDir out;
        const CliRun r = runCli({QStringLiteral("frames"), file, QStringLiteral("--out"), out.path(),
                                 QStringLiteral("--first"), QStringLiteral("3")});
        QCOMPARE(r.exitCode, 2);
        const CliRun help = runCli({QStringLiteral("frames"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith("Usage: nervescope-cli frames"));
    }
    void systemReportsDevice()
    {
        const CliRun r = runCli({QStringLiteral("system"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o.value(QStringLiteral("device")).toString() == QLatin1String("cpu")
                || o.value(QStringLiteral("device")).toString() == QLatin1String("cuda"));
        QVERIFY(o.value(QStringLiteral("cpuThreads")).toInt() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
