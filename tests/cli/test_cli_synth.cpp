// Drives `nervescope-cli synth` and `nervescope-cli dataset synth` with the real
// image-formation engine: files read back through `info --json`, dataset folders, exit codes.
#include "tests/cli/CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace td = ns::testdata;
using td::CliRun;
using td::runCli;

namespace {
QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject infoJson(const QString& file)
{
    const CliRun r = runCli({QStringLiteral("info"), file, QStringLiteral("--json")});
    return r.exitCode == 0 ? QJsonDocument::fromJson(r.out).object() : QJsonObject();
}
} // namespace

class TestCliSynth : public QObject {
    Q_OBJECT
private slots:
    void synthDicomReadsBack()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("wrist.dcm"));
        const QString truth = dir.filePath(QStringLiteral("wrist.json"));
        const CliRun r = runCli({QStringLiteral("synth"), QStringLiteral("--view"), QStringLiteral("wrist"),
                                 QStringLiteral("--grade"), QStringLiteral("mild"), QStringLiteral("--profile"),
                                 QStringLiteral("hm70a"), QStringLiteral("--frames"), QStringLiteral("6"),
                                 QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--out"), file,
                                 QStringLiteral("--truth"), truth});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("wrist.dcm"));
        const QJsonObject info = infoJson(file);
        QCOMPARE(info.value(QStringLiteral("frames")).toInt(), 6);
        QCOMPARE(info.value(QStringLiteral("photometric")).toString(), QStringLiteral("MONOCHROME2"));
        QVERIFY(info.value(QStringLiteral("frameRate")).toDouble() > 0);
        const QJsonObject cal = info.value(QStringLiteral("calibration")).toObject();
        QCOMPARE(cal.value(QStringLiteral("kind")).toString(), QStringLiteral("ultrasound-regions"));
        const QJsonArray regions = cal.value(QStringLiteral("regions")).toArray();
        QCOMPARE(regions.size(), 1);
        const QJsonObject region = regions[0].toObject();
        QCOMPARE(region.value(QStringLiteral("x0")).toInt(), 0);
        QCOMPARE(region.value(QStringLiteral("x1")).toInt(), info.value(QStringLiteral("columns")).toInt() - 1);
        QCOMPARE(region.value(QStringLiteral("y1")).toInt(), info.value(QStringLiteral("rows")).toInt() - 1);

        // The ground truth names the same spacing the DICOM region says.
        const QJsonObject t = QJsonDocument::fromJson(readAll(truth)).object();
        QCOMPARE(t.value(QStringLiteral("grade")).toString(), QStringLiteral("mild"));
        QCOMPARE(t.value(QStringLiteral("frames")).toArray().size(), 6);
        QVERIFY(std::abs(region.value(QStringLiteral("mmPerPixelX")).toDouble() - t.value(QStringLiteral("pixelSpacingMm")).toDouble()) < 1e-9);

        // Same seed, same bytes.
        const QString again = dir.filePath(QStringLiteral("again.dcm"));
        QCOMPARE(runCli({QStringLiteral("synth"), QStringLiteral("--grade"), QStringLiteral("mild"), QStringLiteral("--frames"),
                         QStringLiteral("6"), QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--out"), again}).exitCode, 0);
        QCOMPARE(readAll(again), readAll(file));

        // And dciodvfy finds no error in what the CLI wrote.
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("dciodvfy"));
        if (tool.isEmpty())
            QFAIL("dciodvfy not found: install the Debian package dicom3tools (scripts/install-deps.sh)");
        QProcess v;
        v.start(tool, {file});
        QVERIFY(v.waitForFinished(60000));
        const QByteArray report = v.readAllStandardOutput() + v.readAllStandardError();
        QVERIFY2(!report.contains("\nError") && !report.startsWith("Error"), report.constData());
    }

    void synthVideo()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("forearm.avi"));
        const CliRun r = runCli({QStringLiteral("synth"), QStringLiteral("--view"), QStringLiteral("forearm"),
                                 QStringLiteral("--profile"), QStringLiteral("handheld"), QStringLiteral("--frames"),
                                 QStringLiteral("5"), QStringLiteral("--seed"), QStringLiteral("2"), QStringLiteral("--out"), file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject info = infoJson(file);
        QCOMPARE(info.value(QStringLiteral("frames")).toInt(), 5);
        QVERIFY(info.value(QStringLiteral("columns")).toInt() > 0);
    }

    void datasetSynthWritesFolder()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("ds"));
        const CliRun r = runCli({QStringLiteral("dataset"), QStringLiteral("synth"), QStringLiteral("--task"),
                                 QStringLiteral("cts-binary"), QStringLiteral("--patients"), QStringLiteral("5"),
                                 QStringLiteral("--frames-per-wrist"), QStringLiteral("2"), QStringLiteral("--seed"),
                                 QStringLiteral("3"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QDir root(out);
        QCOMPARE(QDir(root.filePath(QStringLiteral("images"))).entryList(QDir::Files).size(), 20);
        QCOMPARE(QDir(root.filePath(QStringLiteral("masks"))).entryList(QDir::Files).size(), 20);
        QCOMPARE(readAll(root.filePath(QStringLiteral("manifest.csv"))).trimmed().split('\n').size(), 21);
        const QJsonArray items = QJsonDocument::fromJson(readAll(root.filePath(QStringLiteral("manifest.json"))))
                                     .object().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 20);
        QMap<QString, QString> splitOf;
        for (const QJsonValue& v : items) {
            const QJsonObject o = v.toObject();
            const QString p = o.value(QStringLiteral("patient")).toString();
            QVERIFY(!splitOf.contains(p) || splitOf.value(p) == o.value(QStringLiteral("split")).toString());
            splitOf.insert(p, o.value(QStringLiteral("split")).toString());
            QCOMPARE(o.value(QStringLiteral("label")).toInt(), o.value(QStringLiteral("cts")).toInt());
            // The engine's analytic area and the written mask agree within 2%.
            if (o.value(QStringLiteral("nervePresent")).toBool()) {
                const double area = o.value(QStringLiteral("areaPx")).toDouble();
                QVERIFY2(std::abs(area - o.value(QStringLiteral("maskPixels")).toDouble()) <= 0.02 * area,
                         qPrintable(o.value(QStringLiteral("name")).toString()));
            }
        }
        QCOMPARE(splitOf.size(), 5);

        // Made one wrist at a time, the folder is the same byte for byte (the run above
        // used one thread per core, and three here gives the pool more than it has cores).
        for (const QString& threads : {QStringLiteral("1"), QStringLiteral("3")}) {
            const QString again = dir.filePath(QStringLiteral("ds-") + threads);
            const CliRun one = runCli({QStringLiteral("dataset"), QStringLiteral("synth"), QStringLiteral("--task"),
                                       QStringLiteral("cts-binary"), QStringLiteral("--patients"), QStringLiteral("5"),
                                       QStringLiteral("--frames-per-wrist"), QStringLiteral("2"), QStringLiteral("--seed"),
                                       QStringLiteral("3"), QStringLiteral("--threads"), threads, QStringLiteral("--out"), again});
            QVERIFY2(one.exitCode == 0, one.err.constData());
            for (const QString& sub : {QStringLiteral("images"), QStringLiteral("masks")})
                for (const QString& f : QDir(root.filePath(sub)).entryList(QDir::Files))
                    QVERIFY2(readAll(QDir(again).filePath(sub + QLatin1Char('/') + f)) == readAll(root.filePath(sub + QLatin1Char('/') + f)),
                             qPrintable(threads + QLatin1Char(' ') + sub + QLatin1Char('/') + f));
            for (const QString& manifest : {QStringLiteral("manifest.csv"), QStringLiteral("manifest.json")})
                QCOMPARE(readAll(QDir(again).filePath(manifest)), readAll(root.filePath(manifest)));
        }

        // A second look (--speckle-seed): every image new, every mask and manifest row the same.
        const QString look = dir.filePath(QStringLiteral("ds-look"));
        const CliRun second = runCli({QStringLiteral("dataset"), QStringLiteral("synth"), QStringLiteral("--task"),
                                      QStringLiteral("cts-binary"), QStringLiteral("--patients"), QStringLiteral("5"),
                                      QStringLiteral("--frames-per-wrist"), QStringLiteral("2"), QStringLiteral("--seed"),
                                      QStringLiteral("3"), QStringLiteral("--speckle-seed"), QStringLiteral("9"), QStringLiteral("--out"), look});
        QVERIFY2(second.exitCode == 0, second.err.constData());
        for (const QString& f : QDir(root.filePath(QStringLiteral("images"))).entryList(QDir::Files)) {
            QVERIFY2(readAll(QDir(look).filePath(QStringLiteral("images/") + f)) != readAll(root.filePath(QStringLiteral("images/") + f)), qPrintable(f));
            QCOMPARE(readAll(QDir(look).filePath(QStringLiteral("masks/") + f)), readAll(root.filePath(QStringLiteral("masks/") + f)));
        }
        QCOMPARE(readAll(QDir(look).filePath(QStringLiteral("manifest.csv"))), readAll(root.filePath(QStringLiteral("manifest.csv"))));
        const QJsonObject lookManifest = QJsonDocument::fromJson(readAll(QDir(look).filePath(QStringLiteral("manifest.json")))).object();
        QCOMPARE(lookManifest.value(QStringLiteral("speckleSeed")).toString(), QStringLiteral("9"));
        QVERIFY(!QJsonDocument::fromJson(readAll(root.filePath(QStringLiteral("manifest.json")))).object().contains(QStringLiteral("speckleSeed")));
    }

    void motorUnitsDataset()
    {
        QTemporaryDir dir;
        const CliRun r = runCli({QStringLiteral("dataset"), QStringLiteral("synth"), QStringLiteral("--task"),
                                 QStringLiteral("motor-units"), QStringLiteral("--patients"), QStringLiteral("2"),
                                 QStringLiteral("--frames-per-wrist"), QStringLiteral("40"), QStringLiteral("--seed"),
                                 QStringLiteral("1"), QStringLiteral("--out"), dir.path()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("index.json"))));
    }

    void usageAndFailures()
    {
        QCOMPARE(runCli({QStringLiteral("synth")}).exitCode, 2); // no --out
        QCOMPARE(runCli({QStringLiteral("synth"), QStringLiteral("--grade"), QStringLiteral("awful"), QStringLiteral("--out"), QStringLiteral("x.dcm")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("synth"), QStringLiteral("--frames"), QStringLiteral("0"), QStringLiteral("--out"), QStringLiteral("x.dcm")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("synth"), QStringLiteral("--out"), QStringLiteral("x.png")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("dataset"), QStringLiteral("synth"), QStringLiteral("--out"), QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("dataset"), QStringLiteral("synth"), QStringLiteral("--task"), QStringLiteral("cts-binary"),
                         QStringLiteral("--threads"), QStringLiteral("0"), QStringLiteral("--out"), QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("dataset"), QStringLiteral("synth"), QStringLiteral("--task"), QStringLiteral("cts-binary"),
                         QStringLiteral("--speckle-seed"), QStringLiteral("-1"), QStringLiteral("--out"), QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("dataset"), QStringLiteral("synth"), QStringLiteral("--task"), QStringLiteral("motor-units"),
                         QStringLiteral("--speckle-seed"), QStringLiteral("2"), QStringLiteral("--out"), QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("dataset"), QStringLiteral("export"), QStringLiteral("--task"), QStringLiteral("segmentation"), QStringLiteral("--out"), QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("dataset"), QStringLiteral("synth"), QStringLiteral("--task"), QStringLiteral("segmentation"),
                         QStringLiteral("--patients"), QStringLiteral("-1"), QStringLiteral("--out"), QStringLiteral("x")}).exitCode, 2);
        for (const QString& verb : {QStringLiteral("synth"), QStringLiteral("dataset")}) {
            const CliRun help = runCli({verb, QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY(help.out.startsWith("Usage: nervescope-cli " + verb.toUtf8()));
        }
        const CliRun bad = runCli({QStringLiteral("synth"), QStringLiteral("--frames"), QStringLiteral("2"), QStringLiteral("--out"),
                                   QStringLiteral("/nonexistent-dir/x.dcm")});
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(bad.err.count('\n'), 1);
        QVERIFY(bad.err.contains("/nonexistent-dir/x.dcm"));
        // An output folder that cannot be created (a file stands in the way).
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const CliRun badDir = runCli({QStringLiteral("dataset"), QStringLiteral("synth"), QStringLiteral("--task"),
                                      QStringLiteral("segmentation"), QStringLiteral("--patients"), QStringLiteral("1"),
                                      QStringLiteral("--frames-per-wrist"), QStringLiteral("1"), QStringLiteral("--out"),
                                      dir.filePath(QStringLiteral("file/ds"))});
        QCOMPARE(badDir.exitCode, 1);
        QCOMPARE(badDir.err.count('\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliSynth)
#include "test_cli_synth.moc"
