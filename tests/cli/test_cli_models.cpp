// The model verbs through the real executable and the shipped default models: models
// list, segment (masks, contours, areas, and a warning for outlines no nerve measures), grade, evaluate on a fresh held-out synthetic
// set, the paired comparison of two models, and refusal of a tampered model file.
#include "tests/ScaledCalibration.h"
#include "tests/cli/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <opencv2/imgcodecs.hpp>

namespace td = ns::testdata;
using td::CliRun;
using td::runCli;

namespace {
QString modelsDir() { return QStringLiteral(NERVESCOPE_SOURCE_ROOT "/resources/models"); }
QString card(const QString& name) { return modelsDir() + QLatin1Char('/') + name + QStringLiteral(".json"); }
} // namespace

class TestCliModels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        NS_REQUIRE_FILE(card(QStringLiteral("sa-unet-wrist")));
        m_study = m_tmp.filePath(QStringLiteral("wrist.dcm"));
        const CliRun r = runCli({QStringLiteral("synth"), QStringLiteral("--frames"), QStringLiteral("4"), QStringLiteral("--seed"),
                                 QStringLiteral("77"), QStringLiteral("--out"), m_study, QStringLiteral("--truth"),
                                 m_tmp.filePath(QStringLiteral("truth.json"))});
        QCOMPARE(r.exitCode, 0);
        // `grade` runs on a classifier trained here for one epoch on a tiny phantom set (the
        // shipped graders are checked in gradeWarnsWhenTheModelReadsAnotherView and
        // test_ai_review): a real model file from the real recipe, checked for its plumbing,
        // not its accuracy.
        const QString data = m_tmp.filePath(QStringLiteral("cts"));
        CliRun d = runCli({QStringLiteral("dataset"), QStringLiteral("synth"), QStringLiteral("--task"), QStringLiteral("cts-binary"),
                           QStringLiteral("--patients"), QStringLiteral("3"), QStringLiteral("--frames-per-wrist"), QStringLiteral("1"),
                           QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--out"), data});
        QCOMPARE(d.exitCode, 0);
        d = runCli({QStringLiteral("train"), QStringLiteral("--task"), QStringLiteral("cts-binary"), QStringLiteral("--arch"),
                    QStringLiteral("squeezenet1_1"), QStringLiteral("--data"), data, QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("models")),
                    QStringLiteral("--name"), QStringLiteral("test-grader"), QStringLiteral("--epochs"), QStringLiteral("1"),
                    QStringLiteral("--input"), QStringLiteral("32x32"), QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY2(d.exitCode == 0, d.err.constData());
        m_grader = m_tmp.filePath(QStringLiteral("models/test-grader.json"));
    }

    void modelsListReportsCardsAndHashes()
    {
        const CliRun r = runCli({QStringLiteral("models"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray models = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("models")).toArray();
        QStringList names;
        qint64 bytes = 0;
        for (const QJsonValue& v : models) {
            const QJsonObject m = v.toObject();
            names << m.value(QStringLiteral("name")).toString();
            QCOMPARE(m.value(QStringLiteral("weights")).toString(), QStringLiteral("ok"));
            QCOMPARE(m.value(QStringLiteral("sha256")).toString().size(), 64);
            QVERIFY(m.value(QStringLiteral("parameters")).toDouble() > 1000);
            QVERIFY(m.value(QStringLiteral("notice")).toString().contains(QLatin1String("synthetic")));
        }
        QVERIFY2(names.contains(QStringLiteral("sa-unet-wrist")), qPrintable(names.join(',')));
        for (const QFileInfo& fi : QDir(modelsDir()).entryInfoList(QDir::Files))
            bytes += fi.size();
        QVERIFY2(bytes <= 15 * 1024 * 1024, "the default models stay within 15 MB together");
    }

    void segmentWritesMasksContoursAndAreas()
    {
        const QString out = m_tmp.filePath(QStringLiteral("seg"));
        const CliRun r = runCli({QStringLiteral("segment"), m_study, QStringLiteral("--model"), QStringLiteral("sa-unet-wrist"),
                                 QStringLiteral("--out"), out, QStringLiteral("--device"), QStringLiteral("cpu"), QStringLiteral("--first"),
                                 QStringLiteral("2"), QStringLiteral("--last"), QStringLiteral("3")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFile::exists(out + QStringLiteral("/masks/frame_0002.png")));
        QVERIFY(QFile::exists(out + QStringLiteral("/masks/frame_0003.png")));
        QVERIFY(!QFile::exists(out + QStringLiteral("/masks/frame_0001.png")));
        QFile f(out + QStringLiteral("/contours.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(doc.value(QStringLiteral("model")).toString(), QStringLiteral("sa-unet-wrist"));
        const QJsonArray frames = doc.value(QStringLiteral("frames")).toArray();
        QCOMPARE(frames.size(), 2);
        // Calibrated synthetic DICOM: the area has mm², near the ground truth.
        QFile t(m_tmp.filePath(QStringLiteral("truth.json")));
        QVERIFY(t.open(QIODevice::ReadOnly));
        const double truthMm2 = QJsonDocument::fromJson(t.readAll()).object().value(QStringLiteral("frames")).toArray().at(1).toObject()
                                    .value(QStringLiteral("areaMm2")).toDouble();
        const QJsonObject first = frames.at(0).toObject().value(QStringLiteral("contours")).toArray().at(0).toObject();
        QVERIFY(first.contains(QStringLiteral("areaMm2")));
        const double mm2 = first.value(QStringLiteral("areaMm2")).toDouble();
        QVERIFY2(std::abs(mm2 - truthMm2) / truthMm2 < 0.15, qPrintable(QStringLiteral("%1 vs %2").arg(mm2).arg(truthMm2)));
        // The mask file holds what the contour encloses.
        const cv::Mat mask = cv::imread((out + QStringLiteral("/masks/frame_0002.png")).toStdString(), cv::IMREAD_GRAYSCALE);
        QVERIFY(std::abs(cv::countNonZero(mask) - first.value(QStringLiteral("areaPx")).toDouble()) / cv::countNonZero(mask) < 0.05);
        QFile csv(out + QStringLiteral("/areas.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().startsWith("frame,contour,area_px,area_mm2"));
        QVERIFY2(!r.err.contains("outside the size of a median nerve"), r.err.constData());
        QVERIFY(!first.contains(QStringLiteral("areaWarning")));
    }

    // The same phantom whose file claims pixels four times as wide and high: the outline now
    // measures 16 times the area, more than any median nerve, and segment says so.
    void segmentWarnsOfAnOutlineNoNerveMeasures()
    {
        const QString scaled = m_tmp.filePath(QStringLiteral("scaled.dcm"));
        QVERIFY(td::writeWithScaledCalibration(m_study, scaled, 4));
        const QString out = m_tmp.filePath(QStringLiteral("seg-scaled"));
        const CliRun r = runCli({QStringLiteral("segment"), scaled, QStringLiteral("--model"), QStringLiteral("sa-unet-wrist"),
                                 QStringLiteral("--out"), out, QStringLiteral("--first"), QStringLiteral("2"), QStringLiteral("--last"), QStringLiteral("2")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("warning: 1 outline(s) outside the size of a median nerve; the first is frame 2, outline 1:"), r.err.constData());
        QVERIFY2(r.err.contains("is larger than any median nerve's cross-section"), r.err.constData());
        QFile f(out + QStringLiteral("/contours.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject contour = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("frames")).toArray().at(0).toObject()
                                        .value(QStringLiteral("contours")).toArray().at(0).toObject();
        QVERIFY(contour.value(QStringLiteral("areaMm2")).toDouble() > 40);
        QVERIFY(contour.value(QStringLiteral("areaWarning")).toString().contains(QLatin1String("larger than any median nerve")));
    }

    void gradeReportsFramesAndWrist()
    {
        const CliRun r = runCli({QStringLiteral("grade"), m_study, QStringLiteral("--model"), m_grader, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value(QStringLiteral("frames")).toArray().size(), 4);
        const QJsonObject wrist = doc.value(QStringLiteral("wrist")).toObject();
        QCOMPARE(wrist.value(QStringLiteral("frames")).toInt(), 4);
        const QJsonObject p = wrist.value(QStringLiteral("probabilities")).toObject();
        QCOMPARE(p.size(), 2);
        QVERIFY(std::abs(p.value(QStringLiteral("no-cts")).toDouble() + p.value(QStringLiteral("cts")).toDouble() - 1) < 1e-4);
        const bool cts = p.value(QStringLiteral("cts")).toDouble() > p.value(QStringLiteral("no-cts")).toDouble();
        QCOMPARE(wrist.value(QStringLiteral("predicted")).toString(), cts ? QStringLiteral("cts") : QStringLiteral("no-cts"));
        QVERIFY2(!r.err.contains("warning"), r.err.constData()); // a wrist model on a wrist scan
    }

    // The study's series names it a wrist transverse scan; the longitudinal CNN still runs
    // (the label could be wrong) but says on stderr that its answer may mean nothing.
    void gradeWarnsWhenTheModelReadsAnotherView()
    {
        NS_REQUIRE_FILE(card(QStringLiteral("severity-longitudinal")));
        const CliRun r = runCli({QStringLiteral("grade"), m_study, QStringLiteral("--model"), QStringLiteral("severity-longitudinal")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("warning: severity-longitudinal was trained on longitudinal scans; this study is labelled wrist transverse"),
                 r.err.constData());
        QVERIFY(r.out.contains("severity-longitudinal"));
    }

    void evaluateOnFreshHeldOutPhantoms()
    {
        const QString data = heldOutSegmentationData();
        QVERIFY(!data.isEmpty());
        const CliRun r = runCli({QStringLiteral("evaluate"), QStringLiteral("--model"), QStringLiteral("sa-unet-wrist"), QStringLiteral("--data"), data,
                    QStringLiteral("--split"), QStringLiteral("all"), QStringLiteral("--resamples"), QStringLiteral("200"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject rep = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(rep.value(QStringLiteral("patients")).toInt(), 4);
        QCOMPARE(rep.value(QStringLiteral("view")).toString(), QStringLiteral("wrist"));
        const QJsonObject dice = rep.value(QStringLiteral("dice")).toObject();
        QVERIFY2(dice.value(QStringLiteral("mean")).toDouble() > 0.85, r.out.constData());
        QVERIFY(dice.value(QStringLiteral("ciLower")).toDouble() <= dice.value(QStringLiteral("mean")).toDouble());
        QVERIFY(rep.value(QStringLiteral("byProfile")).toObject().contains(QStringLiteral("hm70a")));
        QVERIFY(rep.value(QStringLiteral("pixelAuc")).toDouble() > 0.95);
    }

    void frameTableListsEveryFrame()
    {
        // Segmentation: one row per evaluated frame, whose DSCs average to the report's.
        const QString data = heldOutSegmentationData();
        QVERIFY(!data.isEmpty());
        const QString segFrames = m_tmp.filePath(QStringLiteral("seg-frames.csv"));
        CliRun r = runCli({QStringLiteral("evaluate"), QStringLiteral("--model"), QStringLiteral("sa-unet-wrist"), QStringLiteral("--data"), data,
                           QStringLiteral("--split"), QStringLiteral("all"), QStringLiteral("--resamples"), QStringLiteral("0"),
                           QStringLiteral("--json"), QStringLiteral("--frames"), segFrames});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject rep = QJsonDocument::fromJson(r.out).object();
        QList<QStringList> rows = csvRows(segFrames);
        QCOMPARE(rows.value(0), (QStringList{QStringLiteral("frame"), QStringLiteral("patient"), QStringLiteral("wrist"), QStringLiteral("profile"),
                                            QStringLiteral("dice"), QStringLiteral("iou"), QStringLiteral("precision"), QStringLiteral("recall"),
                                            QStringLiteral("hd95_px"), QStringLiteral("hd95_mm")}));
        QCOMPARE(rows.size() - 1, rep.value(QStringLiteral("frameCount")).toInt());
        double dice = 0;
        for (int i = 1; i < rows.size(); ++i)
            dice += rows[i].value(4).toDouble();
        QVERIFY(std::abs(dice / (rows.size() - 1) - rep.value(QStringLiteral("dice")).toObject().value(QStringLiteral("mean")).toDouble()) < 1e-6);

        // A classifier: truth, prediction and probabilities, and the share of correct rows is
        // the report's frame accuracy.
        const QString gradeFrames = m_tmp.filePath(QStringLiteral("grade-frames.csv"));
        r = runCli({QStringLiteral("evaluate"), QStringLiteral("--model"), m_grader, QStringLiteral("--data"), m_tmp.filePath(QStringLiteral("cts")),
                    QStringLiteral("--split"), QStringLiteral("all"), QStringLiteral("--resamples"), QStringLiteral("0"),
                    QStringLiteral("--json"), QStringLiteral("--frames"), gradeFrames});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        rep = QJsonDocument::fromJson(r.out).object();
        rows = csvRows(gradeFrames);
        QCOMPARE(rows.value(0), (QStringList{QStringLiteral("frame"), QStringLiteral("patient"), QStringLiteral("wrist"), QStringLiteral("profile"),
                                            QStringLiteral("truth"), QStringLiteral("predicted"), QStringLiteral("correct"),
                                            QStringLiteral("p_no-cts"), QStringLiteral("p_cts")}));
        QCOMPARE(rows.size() - 1, rep.value(QStringLiteral("frameCount")).toInt());
        int correct = 0;
        for (int i = 1; i < rows.size(); ++i) {
            const QStringList& row = rows[i];
            QVERIFY(std::abs(row.value(7).toDouble() + row.value(8).toDouble() - 1) < 1e-4);
            const QString predicted = row.value(8).toDouble() > row.value(7).toDouble() ? QStringLiteral("cts") : QStringLiteral("no-cts");
            QCOMPARE(row.value(5), predicted);
            QCOMPARE(row.value(6), row.value(4) == predicted ? QStringLiteral("1") : QStringLiteral("0"));
            correct += row.value(6).toInt();
        }
        const double accuracy = rep.value(QStringLiteral("frames")).toObject().value(QStringLiteral("atThreshold")).toObject()
                                    .value(QStringLiteral("accuracy")).toDouble();
        QVERIFY(std::abs(double(correct) / (rows.size() - 1) - accuracy) < 1e-9);

        // An unwritable file fails the command with the reason; --frames lists one model.
        r = runCli({QStringLiteral("evaluate"), QStringLiteral("--model"), m_grader, QStringLiteral("--data"), m_tmp.filePath(QStringLiteral("cts")),
                    QStringLiteral("--split"), QStringLiteral("all"), QStringLiteral("--frames"), m_tmp.filePath(QStringLiteral("no-such-dir/f.csv"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cannot write"), r.err.constData());
        r = runCli({QStringLiteral("evaluate"), QStringLiteral("--model"), m_grader, QStringLiteral("--against"), m_grader, QStringLiteral("--data"),
                    m_tmp.filePath(QStringLiteral("cts")), QStringLiteral("--frames"), gradeFrames});
        QCOMPARE(r.exitCode, 2);
    }

    void evaluateLeavesOutFramesWithoutLabels()
    {
        // An export of studies nobody graded leaves the grade fields out of its rows (and
        // studies of no known view have an empty view). A copy of the CTS folder made that
        // way: rows without a label are counted and left out, never scored as "no CTS".
        const QString src = m_tmp.filePath(QStringLiteral("cts"));
        const QString data = m_tmp.filePath(QStringLiteral("cts-partly-graded"));
        QVERIFY(QDir().mkpath(data));
        QFile in(src + QStringLiteral("/manifest.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject manifest = QJsonDocument::fromJson(in.readAll()).object();
        QJsonArray items = manifest.value(QStringLiteral("items")).toArray();
        QVERIFY(items.size() >= 6);
        // One train frame and two test frames lose their label (missing, or null).
        QMap<QString, int> unlabelled{{QStringLiteral("train"), 1}, {QStringLiteral("test"), 2}};
        for (int i = 0; i < items.size(); ++i) {
            QJsonObject row = items[i].toObject();
            for (const QString& file : {QStringLiteral("image"), QStringLiteral("mask")})
                row[file] = src + QLatin1Char('/') + row.value(file).toString();
            row[QStringLiteral("view")] = QString();
            const QString split = row.value(QStringLiteral("split")).toString();
            if (unlabelled.value(split) > 0) {
                if (--unlabelled[split] == 0)
                    row.remove(QStringLiteral("cts"));
                else
                    row[QStringLiteral("cts")] = QJsonValue::Null;
            }
            items[i] = row;
        }
        QCOMPARE(unlabelled.value(QStringLiteral("train")) + unlabelled.value(QStringLiteral("test")), 0);
        manifest[QStringLiteral("items")] = items;
        auto writeManifest = [&](const QJsonObject& m) {
            QFile out(data + QStringLiteral("/manifest.json"));
            return out.open(QIODevice::WriteOnly) && out.write(QJsonDocument(m).toJson()) > 0;
        };
        QVERIFY(writeManifest(manifest));
        CliRun r = runCli({QStringLiteral("evaluate"), QStringLiteral("--model"), m_grader, QStringLiteral("--data"), data,
                           QStringLiteral("--split"), QStringLiteral("all"), QStringLiteral("--resamples"), QStringLiteral("0"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject rep = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(rep.value(QStringLiteral("framesWithoutLabel")).toInt(), 3);
        QCOMPARE(rep.value(QStringLiteral("frameCount")).toInt(), int(items.size()) - 3);
        r = runCli({QStringLiteral("evaluate"), QStringLiteral("--model"), m_grader, QStringLiteral("--data"), data,
                    QStringLiteral("--split"), QStringLiteral("all"), QStringLiteral("--resamples"), QStringLiteral("0")});
        QVERIFY2(r.out.contains("3 frame(s) left out: their rows have no label"), r.out.constData());
        // Training on it leaves the unlabelled train frame out and says so.
        r = runCli({QStringLiteral("train"), QStringLiteral("--task"), QStringLiteral("cts-binary"), QStringLiteral("--arch"),
                    QStringLiteral("squeezenet1_1"), QStringLiteral("--data"), data, QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("partly")),
                    QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--input"), QStringLiteral("32x32"), QStringLiteral("--threads"),
                    QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("left out 1 frame(s) without a label"), r.err.constData());

        // No row graded at all: refused with the reason, not scored.
        for (int i = 0; i < items.size(); ++i) {
            QJsonObject row = items[i].toObject();
            row.remove(QStringLiteral("cts"));
            items[i] = row;
        }
        manifest[QStringLiteral("items")] = items;
        QVERIFY(writeManifest(manifest));
        r = runCli({QStringLiteral("evaluate"), QStringLiteral("--model"), m_grader, QStringLiteral("--data"), data,
                    QStringLiteral("--split"), QStringLiteral("all")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("has a CTS label"), r.err.constData());
        // Training refuses such a folder too.
        r = runCli({QStringLiteral("train"), QStringLiteral("--task"), QStringLiteral("cts-binary"), QStringLiteral("--arch"),
                    QStringLiteral("squeezenet1_1"), QStringLiteral("--data"), data, QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("never")),
                    QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--input"), QStringLiteral("32x32")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("has a CTS label: grade the studies first"), r.err.constData());
    }

    void comparisonPairsTwoModelsFrameByFrame()
    {
        const QString data = heldOutSegmentationData();
        QVERIFY(!data.isEmpty());
        auto compare = [&](const QString& a, const QString& b) {
            const CliRun r = runCli({QStringLiteral("evaluate"), QStringLiteral("--model"), a, QStringLiteral("--against"), b,
                                     QStringLiteral("--data"), data, QStringLiteral("--split"), QStringLiteral("all"),
                                     QStringLiteral("--resamples"), QStringLiteral("200"), QStringLiteral("--json")});
            if (r.exitCode != 0)
                qWarning("%s", r.err.constData());
            return QJsonDocument::fromJson(r.out).object();
        };
        // A model against itself: every frame tied, a difference of exactly zero.
        QJsonObject rep = compare(QStringLiteral("sa-unet-wrist"), QStringLiteral("sa-unet-wrist"));
        QJsonObject dice = rep.value(QStringLiteral("dice")).toObject();
        QCOMPARE(dice.value(QStringLiteral("cases")).toInt(), rep.value(QStringLiteral("frameCount")).toInt());
        QCOMPARE(dice.value(QStringLiteral("tiedCases")).toInt(), dice.value(QStringLiteral("cases")).toInt());
        QCOMPARE(dice.value(QStringLiteral("difference")).toDouble(), 0.0);
        QCOMPARE(dice.value(QStringLiteral("ciUpper")).toDouble(), 0.0);
        QCOMPARE(rep.value(QStringLiteral("better")).toString(), QStringLiteral("neither"));

        // Against a segmentation model trained for one epoch on four patients: the shipped
        // one wins, and the CI over patients says so.
        const QString weak = m_tmp.filePath(QStringLiteral("models/weak-seg.json"));
        const CliRun t = runCli({QStringLiteral("train"), QStringLiteral("--task"), QStringLiteral("segmentation"), QStringLiteral("--arch"),
                                 QStringLiteral("sa-unet"), QStringLiteral("--data"), data, QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("models")),
                                 QStringLiteral("--name"), QStringLiteral("weak-seg"), QStringLiteral("--epochs"), QStringLiteral("1"),
                                 QStringLiteral("--input"), QStringLiteral("64x64"), QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY2(t.exitCode == 0, t.err.constData());
        rep = compare(QStringLiteral("sa-unet-wrist"), weak);
        dice = rep.value(QStringLiteral("dice")).toObject();
        QVERIFY2(dice.value(QStringLiteral("difference")).toDouble() > 0.2, QJsonDocument(dice).toJson().constData());
        QVERIFY(dice.value(QStringLiteral("ciLower")).toDouble() > 0);
        QVERIFY(dice.value(QStringLiteral("aBetterCases")).toInt() > dice.value(QStringLiteral("bBetterCases")).toInt());
        QCOMPARE(rep.value(QStringLiteral("better")).toString(), QStringLiteral("a"));
        QCOMPARE(rep.value(QStringLiteral("modelB")).toString(), QStringLiteral("weak-seg 1.0.0"));
        QVERIFY(rep.value(QStringLiteral("byProfile")).toObject().contains(QStringLiteral("hm70a")));
        // The swapped order gives the mirror image.
        const QJsonObject swapped = compare(weak, QStringLiteral("sa-unet-wrist"));
        QCOMPARE(swapped.value(QStringLiteral("better")).toString(), QStringLiteral("b"));
        QVERIFY(std::abs(swapped.value(QStringLiteral("dice")).toObject().value(QStringLiteral("difference")).toDouble()
                         + dice.value(QStringLiteral("difference")).toDouble()) < 1e-9);

        // Models of two tasks cannot be compared; --record writes one model's card.
        CliRun r = runCli({QStringLiteral("evaluate"), QStringLiteral("--model"), QStringLiteral("sa-unet-wrist"), QStringLiteral("--against"),
                           m_grader, QStringLiteral("--data"), data});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("only models of one task"), r.err.constData());
        r = runCli({QStringLiteral("evaluate"), QStringLiteral("--model"), QStringLiteral("sa-unet-wrist"), QStringLiteral("--against"),
                    weak, QStringLiteral("--data"), data, QStringLiteral("--record"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 2);
        // The text report names the winner.
        r = runCli({QStringLiteral("evaluate"), QStringLiteral("--model"), QStringLiteral("sa-unet-wrist"), QStringLiteral("--against"),
                    weak, QStringLiteral("--data"), data, QStringLiteral("--split"), QStringLiteral("all"), QStringLiteral("--resamples"),
                    QStringLiteral("200")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("dice") && r.out.contains("A is better"), r.out.constData());
    }

    void tamperedModelIsRefused()
    {
        // A copy of the default model with one byte changed: the card's sha256 no longer
        // matches, and every verb refuses it with the reason.
        const QString dir = m_tmp.filePath(QStringLiteral("tampered"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::copy(card(QStringLiteral("sa-unet-wrist")), dir + QStringLiteral("/sa-unet-wrist.json")));
        QVERIFY(QFile::copy(modelsDir() + QStringLiteral("/sa-unet-wrist.pt"), dir + QStringLiteral("/sa-unet-wrist.pt")));
        QFile w(dir + QStringLiteral("/sa-unet-wrist.pt"));
        QVERIFY(w.open(QIODevice::ReadWrite));
        QVERIFY(w.seek(w.size() - 100));
        char c = 0;
        QVERIFY(w.getChar(&c));
        QVERIFY(w.seek(w.size() - 100));
        QVERIFY(w.putChar(char(c ^ 1)));
        w.close();
        const CliRun r = runCli({QStringLiteral("segment"), m_study, QStringLiteral("--model"), dir + QStringLiteral("/sa-unet-wrist.json"),
                                 QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("never"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("does not match its card"), r.err.constData());
        QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("never/contours.json"))));
        const CliRun unknown = runCli({QStringLiteral("grade"), m_study, QStringLiteral("--model"), QStringLiteral("no-such-model")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("available"), unknown.err.constData());
        const CliRun usage = runCli({QStringLiteral("segment"), m_study});
        QCOMPARE(usage.exitCode, 2);
    }

private:
    // The rows of a small CSV file without quoted commas (evaluate --frames writes none here).
    static QList<QStringList> csvRows(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QList<QStringList> rows;
        for (const QByteArray& line : f.readAll().split('\n'))
            if (!line.isEmpty())
                rows << QString::fromUtf8(line).split(QLatin1Char(','));
        return rows;
    }

    // Segmentation phantoms of patients no default model saw (generated once).
    QString heldOutSegmentationData()
    {
        const QString data = m_tmp.filePath(QStringLiteral("data"));
        if (QFile::exists(data + QStringLiteral("/manifest.json")))
            return data;
        const CliRun r = runCli({QStringLiteral("dataset"), QStringLiteral("synth"), QStringLiteral("--task"), QStringLiteral("segmentation"),
                                 QStringLiteral("--patients"), QStringLiteral("4"), QStringLiteral("--frames-per-wrist"), QStringLiteral("2"),
                                 QStringLiteral("--seed"), QStringLiteral("9001"), QStringLiteral("--out"), data});
        return r.exitCode == 0 ? data : QString();
    }

    QTemporaryDir m_tmp;
    QString m_study;
    QString m_grader;
};

QTEST_GUILESS_MAIN(TestCliModels)
#include "test_cli_models.moc"
