// The numpy-readable storage of motor-unit sequences (docs/motor-unit-format.md): .npy
// headers, a round trip through Python with numpy alone (/usr/bin/python3, Debian's
// python3-numpy), and the dataset writer's folders, index and splits.

#include "core/synth/motor/MotorUnitSimulator.h"
#include "core/synth/motor/MotorUnitTestSets.h"
#include "core/synth/motor/MotorUnitWriter.h"
#include "core/synth/motor/NpyWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <cstring>

using namespace ns::synth::motor;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");
const QString kReader = QStringLiteral(NERVESCOPE_SOURCE_ROOT "/tests/core/synth/read_motor_units.py");

struct Stats {
    double sum = 0, sumsq = 0;
};
template <typename T>
Stats stats(const std::vector<T>& v)
{
    Stats s;
    for (const T& x : v) {
        s.sum += double(x);
        s.sumsq += double(x) * double(x);
    }
    return s;
}

bool close(double a, double b, double scale) { return std::abs(a - b) <= 1e-9 * (scale + 1.0); }

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestMotorStorage : public QObject {
    Q_OBJECT

private slots:
    void npyHeaderLayout()
    {
        const QByteArray h = npyHeader("<f4", {400, 64, 64});
        QCOMPARE(h.size() % 64, 0);
        QVERIFY(h.startsWith(QByteArray("\x93NUMPY\x01\x00", 8)));
        QCOMPARE(int(quint8(h[8])) + 256 * int(quint8(h[9])), int(h.size()) - 10);
        QVERIFY(h.endsWith('\n'));
        QVERIFY(h.contains("{'descr': '<f4', 'fortran_order': False, 'shape': (400, 64, 64), }"));
        QVERIFY(npyHeader("|u1", {5}).contains("'shape': (5,)")); // a Python 1-tuple
        QVERIFY(npyHeader("|u1", {0, 64, 64}).contains("'shape': (0, 64, 64)"));
        QTemporaryDir tmp;
        QString why;
        QVERIFY(!writeNpy(tmp.filePath(QStringLiteral("bad.npy")), std::vector<float>(5), {2, 3}, &why));
        QVERIFY(why.contains(QStringLiteral("5")));
    }

    void numpyReadsWhatWeWrite_data()
    {
        QTest::addColumn<int>("units");
        QTest::newRow("5 units, 20 dB") << 5;
        QTest::newRow("no units") << 0;
    }
    void numpyReadsWhatWeWrite()
    {
        QFETCH(int, units);
        QVERIFY2(QFileInfo::exists(kPython), "missing /usr/bin/python3 (scripts/install-deps.sh installs python3-numpy)");
        QVERIFY(QFileInfo::exists(kReader));
        MotorUnitParams p;
        p.unitsMin = p.unitsMax = units;
        p.noise = true;
        p.snrDb = 20;
        const MotorUnitSequence seq = simulateMotorUnits(p, 2024);
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("seq"));
        MotorUnitWriteOptions options;
        options.writeClean = true;
        QString why;
        QVERIFY2(writeMotorUnitSequence(dir, seq, options, &why), qPrintable(why));

        QProcess python;
        python.start(kPython, {kReader, dir});
        QVERIFY(python.waitForFinished(60000));
        const QByteArray err = python.readAllStandardError();
        QVERIFY2(python.exitCode() == 0, err.constData());
        const QJsonObject out = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        QVERIFY(out.value(QStringLiteral("labels_consistent")).toBool());
        QCOMPARE(out.value(QStringLiteral("unit_count")).toInt(), units);
        QCOMPARE(out.value(QStringLiteral("seed")).toString(), QStringLiteral("2024"));

        std::vector<std::uint8_t> masks, spikes(size_t(units) * 400, 0);
        std::vector<float> twitch, force;
        for (int u = 0; u < units; ++u) {
            const MotorUnitLabel& l = seq.units[size_t(u)];
            masks.insert(masks.end(), l.mask.begin(), l.mask.end());
            twitch.insert(twitch.end(), l.twitchTrain.begin(), l.twitchTrain.end());
            force.insert(force.end(), l.forceTrain.begin(), l.forceTrain.end());
            for (int f : l.firingFrames)
                spikes[size_t(u) * 400 + size_t(f)] = 1;
        }
        struct Expect {
            const char* name;
            QList<int> shape;
            const char* dtype;
            Stats s;
            double first, last;
        };
        const auto fl = [](const auto& v) { return v.empty() ? 0.0 : double(v.front()); };
        const auto ll = [](const auto& v) { return v.empty() ? 0.0 : double(v.back()); };
        const QList<Expect> expected{
            {"velocity", {400, 64, 64}, "<f4", stats(seq.velocity), fl(seq.velocity), ll(seq.velocity)},
            {"velocity_clean", {400, 64, 64}, "<f4", stats(seq.cleanVelocity), fl(seq.cleanVelocity), ll(seq.cleanVelocity)},
            {"masks", {units, 64, 64}, "|u1", stats(masks), fl(masks), ll(masks)},
            {"twitch_trains", {units, 400}, "<f4", stats(twitch), fl(twitch), ll(twitch)},
            {"force_trains", {units, 400}, "<f4", stats(force), fl(force), ll(force)},
            {"spikes", {units, 400}, "|u1", stats(spikes), fl(spikes), ll(spikes)},
        };
        const QJsonObject arrays = out.value(QStringLiteral("arrays")).toObject();
        QCOMPARE(arrays.size(), expected.size());
        for (const Expect& e : expected) {
            const QJsonObject a = arrays.value(QLatin1String(e.name)).toObject();
            QVERIFY2(!a.isEmpty(), e.name);
            QList<int> shape;
            for (const QJsonValue& d : a.value(QStringLiteral("shape")).toArray())
                shape.append(d.toInt());
            QCOMPARE(shape, e.shape);
            QCOMPARE(a.value(QStringLiteral("dtype")).toString(), QLatin1String(e.dtype));
            QVERIFY(a.value(QStringLiteral("c_contiguous")).toBool());
            QCOMPARE(a.value(QStringLiteral("offset")).toInt() % 64, 0);
            QVERIFY2(close(a.value(QStringLiteral("sum")).toDouble(), e.s.sum, e.s.sumsq), e.name);
            QVERIFY2(close(a.value(QStringLiteral("sumsq")).toDouble(), e.s.sumsq, e.s.sumsq), e.name);
            if (e.s.sumsq > 0 || units > 0) {
                QCOMPARE(a.value(QStringLiteral("first")).toDouble(), e.first);
                QCOMPARE(a.value(QStringLiteral("last")).toDouble(), e.last);
            }
        }
        if (units > 0) {
            // velocity[t, row, col] in numpy is the C++ element t*rows*cols + row*cols + col.
            const MotorUnitLabel& u0 = seq.units[0];
            const int r = int(u0.centreYmm / 0.625), c = int(u0.centreXmm / 0.625);
            double centre = 0;
            for (int k = 0; k < 400; ++k)
                centre += double(seq.velocity[size_t(k) * 4096 + size_t(r * 64 + c)]);
            QVERIFY(close(out.value(QStringLiteral("centre_series_sum")).toDouble(), centre, 1e3));
        }
        const QJsonObject meta = readJson(QDir(dir).filePath(QStringLiteral("meta.json")));
        QCOMPARE(meta.value(QStringLiteral("format_version")).toInt(), kMotorUnitFormatVersion);
        QCOMPARE(meta.value(QStringLiteral("params")).toObject().value(QStringLiteral("snr_db")).toDouble(), 20.0);
        QCOMPARE(meta.value(QStringLiteral("noise_sigma")).toDouble(), seq.noiseSigma);
    }

    void datasetFoldersIndexAndSplits()
    {
        MotorUnitParams p;
        p.unitsMin = 1;
        p.unitsMax = 3;
        QTemporaryDir tmp;
        QList<double> fractions;
        ns::jobs::Progress progress([&](double f, const QString&) { fractions.append(f); }, {});
        QString why;
        QVERIFY2(writeMotorUnitDataset(tmp.path(), 10, p, 9, progress, {}, &why), qPrintable(why));
        QCOMPARE(fractions.size(), 10);
        QCOMPARE(fractions.last(), 1.0);

        const QJsonObject index = readJson(tmp.filePath(QStringLiteral("index.json")));
        QCOMPARE(index.value(QStringLiteral("count")).toInt(), 10);
        QCOMPARE(index.value(QStringLiteral("seed")).toString(), QStringLiteral("9"));
        const QJsonObject splits = index.value(QStringLiteral("splits")).toObject();
        QCOMPARE(splits.value(QStringLiteral("train")).toArray().size(), 8);
        QCOMPARE(splits.value(QStringLiteral("val")).toArray().size(), 1);
        QCOMPARE(splits.value(QStringLiteral("test")).toArray().size(), 1);
        const QJsonArray sequences = index.value(QStringLiteral("sequences")).toArray();
        QCOMPARE(sequences.size(), 10);
        QCOMPARE(sequences.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("sequence_0000"));
        for (const QJsonValue& v : sequences) {
            const QJsonObject s = v.toObject();
            const QString folder = tmp.filePath(s.value(QStringLiteral("name")).toString());
            for (const char* f : {"velocity.npy", "masks.npy", "twitch_trains.npy", "force_trains.npy", "spikes.npy",
                                  "firings.json", "meta.json"})
                QVERIFY2(QFileInfo::exists(QDir(folder).filePath(QLatin1String(f))), f);
            const int n = s.value(QStringLiteral("unit_count")).toInt();
            QVERIFY(n >= 1 && n <= 3);
        }

        // The seed in the index regenerates a sequence bit for bit.
        const QJsonObject third = sequences.at(3).toObject();
        bool ok = false;
        const std::uint64_t seed = third.value(QStringLiteral("seed")).toString().toULongLong(&ok);
        QVERIFY(ok);
        QCOMPARE(seed, motorUnitSequenceSeed(9, 3));
        const MotorUnitSequence again = simulateMotorUnits(p, seed);
        QFile f(QDir(tmp.filePath(third.value(QStringLiteral("name")).toString())).filePath(QStringLiteral("velocity.npy")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const QByteArray header = npyHeader("<f4", {400, 64, 64});
        QCOMPARE(bytes.size(), header.size() + qsizetype(again.velocity.size() * sizeof(float)));
        QVERIFY(std::memcmp(bytes.constData() + header.size(), again.velocity.data(), again.velocity.size() * sizeof(float)) == 0);
    }

    void splitsByPosition()
    {
        const MotorUnitWriteOptions o;
        QCOMPARE(motorUnitSplit(0, 3, o), QStringLiteral("train"));
        QCOMPARE(motorUnitSplit(2, 3, o), QStringLiteral("train")); // round(0.3) = 0 held out
        QCOMPARE(motorUnitSplit(99, 100, o), QStringLiteral("test"));
        QCOMPARE(motorUnitSplit(90, 100, o), QStringLiteral("test"));
        QCOMPARE(motorUnitSplit(89, 100, o), QStringLiteral("val"));
        QCOMPARE(motorUnitSplit(80, 100, o), QStringLiteral("val"));
        QCOMPARE(motorUnitSplit(79, 100, o), QStringLiteral("train"));
    }

    void s4TestSetGrid()
    {
        const auto sets = s4MotorUnitTestSets();
        QCOMPARE(int(sets.size()), 18);
        QCOMPARE(sets.front().folderName, QStringLiteral("units_01_clean"));
        QCOMPARE(sets.back().folderName, QStringLiteral("units_25_snr_10db"));
        MotorUnitParams base;
        base.frames = 40; // small files; the grid is what is tested
        QTemporaryDir tmp;
        QList<double> fractions;
        ns::jobs::Progress progress([&](double f, const QString&) { fractions.append(f); }, {});
        QString why;
        QVERIFY2(writeMotorUnitTestSets(tmp.path(), 2, base, 5, progress, &why), qPrintable(why));
        QCOMPARE(fractions.size(), 36);
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
        QCOMPARE(fractions.last(), 1.0);
        for (const MotorUnitTestSet& set : sets) {
            const QJsonObject index = readJson(QDir(tmp.filePath(set.folderName)).filePath(QStringLiteral("index.json")));
            QCOMPARE(index.value(QStringLiteral("splits")).toObject().value(QStringLiteral("test")).toArray().size(), 2);
            const QJsonObject params = index.value(QStringLiteral("params")).toObject();
            QCOMPARE(params.value(QStringLiteral("units_min")).toInt(), set.units);
            QCOMPARE(params.value(QStringLiteral("units_max")).toInt(), set.units);
            QCOMPARE(params.value(QStringLiteral("noise")).toBool(), set.noise);
            if (set.noise)
                QCOMPARE(params.value(QStringLiteral("snr_db")).toDouble(), set.snrDb);
            for (const QJsonValue& v : index.value(QStringLiteral("sequences")).toArray())
                QCOMPARE(v.toObject().value(QStringLiteral("unit_count")).toInt(), set.units);
        }
    }

    void cancelAndInvalidParameters()
    {
        QTemporaryDir tmp;
        ns::jobs::CancelToken token;
        token.cancel();
        QString why;
        QVERIFY(!writeMotorUnitDataset(tmp.path(), 3, MotorUnitParams(), 1, ns::jobs::Progress({}, token), {}, &why));
        QCOMPARE(why, QStringLiteral("Cancelled."));
        QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("index.json"))));
        MotorUnitParams bad;
        bad.firingRateMinHz = 20;
        bad.firingRateMaxHz = 10;
        QVERIFY(!writeMotorUnitDataset(tmp.path(), 3, bad, 1, ns::jobs::Progress::none(), {}, &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(!writeMotorUnitDataset(tmp.path(), 0, MotorUnitParams(), 1, ns::jobs::Progress::none(), {}, &why));
    }
};

QTEST_GUILESS_MAIN(TestMotorStorage)
#include "test_motor_storage.moc"
