// nervescope-cli export --format dicom-seg | dicom-sr on a real workspace: a synthetic
// calibrated US multi-frame cine (our writer) with contours of two raters on some frames, a
// third-party single-frame ALOKA file with a contour in its calibrated region, and a video
// (skipped with a note). Every exported object passes dciodvfy; pydicom
// (tests/core/export/dicom_export_check.py) reads the SEG frames, their referenced source
// frames and pixels, and the SR areas, which must equal the workspace's own; and every byte
// of the export folder is searched for the sources' identifying values and file names.
#include "core/annotation/ContourStore.h"
#include "core/annotation/Mask.h"
#include "core/workspace/Workspace.h"
#include "tests/DicomValidation.h"
#include "tests/cli/CliRunner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

namespace td = ns::testdata;
using td::CliRun;
using td::runCli;

namespace {

const QString kCineStem = QStringLiteral("Doe_Jane_wrist_cine");
const QString kAlokaStem = QStringLiteral("Roe_Richard_scan");

QStringList filesUnder(const QString& dir)
{
    QStringList out;
    for (QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();)
        out << it.next();
    out.sort();
    return out;
}

QPolygonF circle(QPointF c, double r, int n = 24)
{
    QPolygonF p;
    for (int i = 0; i < n; ++i)
        p << c + QPointF(r * std::cos(2 * M_PI * i / n), r * std::sin(2 * M_PI * i / n));
    return p;
}

} // namespace

class TestCliExportDicom : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_ws;
    QString m_cine, m_aloka;
    QJsonArray m_contours; // `workspace annotations --json`: what the exports must match

    // (study, rater, frame) -> the contours' polygons, from the workspace's own listing.
    QMap<QString, QList<QPolygonF>> polygonsBy(qint64 study, const QString& rater) const
    {
        QMap<QString, QList<QPolygonF>> out;
        for (const QJsonValue& v : m_contours) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("study")).toInteger() != study || c.value(QStringLiteral("rater")).toString() != rater)
                continue;
            QPolygonF p;
            for (const QJsonValue& pt : c.value(QStringLiteral("vertices")).toArray())
                p << QPointF(pt.toArray()[0].toDouble(), pt.toArray()[1].toDouble());
            out[QString::number(c.value(QStringLiteral("frame")).toInt())] << p;
        }
        return out;
    }

    double areaMm2(qint64 study, const QString& rater, int frame) const
    {
        double sum = 0;
        for (const QJsonValue& v : m_contours) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("study")).toInteger() == study && c.value(QStringLiteral("rater")).toString() == rater
                && c.value(QStringLiteral("frame")).toInt() == frame)
                sum += c.value(QStringLiteral("areaMm2")).toDouble(-1e9);
        }
        return sum;
    }

private Q_SLOTS:
    void initTestCase();
    void segReferencesFramesAndPassesValidators();
    void srAreasEqualTheWorkspaceAreas();
    void noIdentifyingBytesAnywhere();
    void datesRemovedAndNothingExportable();
};

void TestCliExportDicom::initTestCase()
{
    m_ws = m_tmp.filePath(QStringLiteral("ws"));
    CliRun r = runCli({QStringLiteral("workspace"), QStringLiteral("create"), m_ws});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Study 1: a calibrated 6-frame US multi-frame cine under an identifying file name.
    m_cine = m_tmp.filePath(kCineStem + QStringLiteral(".dcm"));
    const QString truth = m_tmp.filePath(QStringLiteral("truth.json"));
    r = runCli({QStringLiteral("synth"), QStringLiteral("--frames"), QStringLiteral("6"), QStringLiteral("--seed"), QStringLiteral("11"),
                QStringLiteral("--out"), m_cine, QStringLiteral("--truth"), truth});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Study 2: the ALOKA scanner file (real, third-party, single frame, two calibrated regions).
    const QString aloka = td::shared(QStringLiteral("gdcm-US-ALOKA-16.dcm"));
    NS_REQUIRE_FILE(aloka);
    m_aloka = m_tmp.filePath(kAlokaStem + QStringLiteral(".dcm"));
    QVERIFY(QFile::copy(aloka, m_aloka));
    // Study 3: a video, which no DICOM object can reference.
    const QString video = m_tmp.filePath(QStringLiteral("clip.mp4"));
    r = runCli({QStringLiteral("synth"), QStringLiteral("--frames"), QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("12"),
                QStringLiteral("--out"), video});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli({QStringLiteral("workspace"), QStringLiteral("import"), m_ws, m_cine, m_aloka, video});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    QFile f(truth);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray frames = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("frames")).toArray();
    QCOMPARE(frames.size(), 6);
    {
        auto ws = ns::workspace::Workspace::open(m_ws);
        QVERIFY(ws && !ws.workspace->isReadOnly());
        auto add = [&](qint64 study, int frame, const QString& rater, const QPolygonF& p, ns::annotation::SourceKind kind) {
            ns::annotation::Contour c;
            c.studyId = study;
            c.frame = frame;
            c.rater = rater;
            c.source.kind = kind;
            if (kind != ns::annotation::SourceKind::Manual) {
                c.source.model = QStringLiteral("SA-UNet");
                c.source.version = QStringLiteral("2024.1");
            }
            c.vertices = p;
            QString error;
            return ns::annotation::insertContour(*ws.workspace, c, &error) || (qWarning("%s", qPrintable(error)), false);
        };
        // alice on frames 1, 3, 4 (the truth); bob, correcting the model, on frame 3, shifted.
        for (int frame : {1, 3, 4})
            for (const QJsonValue& poly : frames[frame].toObject().value(QStringLiteral("contours")).toArray()) {
                QPolygonF p;
                for (const QJsonValue& v : poly.toArray())
                    p << QPointF(v.toArray()[0].toDouble(), v.toArray()[1].toDouble());
                QVERIFY(add(1, frame, QStringLiteral("alice"), p, ns::annotation::SourceKind::Manual));
                if (frame == 3)
                    QVERIFY(add(1, frame, QStringLiteral("bob"), p.translated(2, 1), ns::annotation::SourceKind::Corrected));
            }
        QVERIFY(add(2, 0, QStringLiteral("alice"), circle(QPointF(180, 200), 30), ns::annotation::SourceKind::Manual));
        QVERIFY(add(3, 0, QStringLiteral("alice"), circle(QPointF(60, 60), 10), ns::annotation::SourceKind::Manual));
    }
    r = runCli({QStringLiteral("workspace"), QStringLiteral("annotations"), m_ws, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m_contours = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("contours")).toArray();
    QVERIFY(m_contours.size() >= 6);
}

void TestCliExportDicom::segReferencesFramesAndPassesValidators()
{
    const QString out = m_tmp.filePath(QStringLiteral("seg"));
    CliRun r = runCli({QStringLiteral("export"), m_ws, QStringLiteral("--format"), QStringLiteral("dicom-seg"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("note: study 3 skipped: its source is a video, not DICOM"), r.out.constData());
    QVERIFY2(r.out.contains("as dicom-seg (3 item(s), de-identified)"), r.out.constData());
    QVERIFY(!QFileInfo::exists(out + QStringLiteral(".partial")));

    // One source copy per study, one SEG per study and rater.
    const QStringList files = QDir(out).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 5);
    QCOMPARE(files.filter(QRegularExpression(QStringLiteral("^ANON-[0-9A-F]{10}_s1_image\\.dcm$"))).size(), 1);
    QCOMPARE(files.filter(QRegularExpression(QStringLiteral("^ANON-[0-9A-F]{10}_s1_r[12]_seg\\.dcm$"))).size(), 2);
    QCOMPARE(files.filter(QRegularExpression(QStringLiteral("^ANON-[0-9A-F]{10}_s2_(image|seg)\\.dcm$"))).size(), 2);

    struct Expect {
        QString seg, image;
        qint64 study;
        QString rater;
        QList<int> frames;
        bool multiFrame;
        QString algorithm;
    };
    const QString p1 = files.filter(QStringLiteral("_s1_image")).first().section(QLatin1Char('_'), 0, 0);
    const QString p2 = files.filter(QStringLiteral("_s2_image")).first().section(QLatin1Char('_'), 0, 0);
    const QList<Expect> expected{
        {p1 + QStringLiteral("_s1_r1_seg.dcm"), p1 + QStringLiteral("_s1_image.dcm"), 1, QStringLiteral("alice"), {1, 3, 4}, true, QStringLiteral("MANUAL")},
        {p1 + QStringLiteral("_s1_r2_seg.dcm"), p1 + QStringLiteral("_s1_image.dcm"), 1, QStringLiteral("bob"), {3}, true, QStringLiteral("SEMIAUTOMATIC")},
        {p2 + QStringLiteral("_s2_seg.dcm"), p2 + QStringLiteral("_s2_image.dcm"), 2, QStringLiteral("alice"), {0}, false, QStringLiteral("MANUAL")},
    };
    for (const Expect& e : expected) {
        // The masks the SEG must hold: the workspace's contours rasterised at the frame size.
        QString failure;
        const QString maskDir = m_tmp.filePath(QStringLiteral("masks_%1_%2").arg(e.study).arg(e.rater));
        QVERIFY(QDir().mkpath(maskDir));
        const QMap<QString, QList<QPolygonF>> polygons = polygonsBy(e.study, e.rater);
        QCOMPARE(polygons.size(), e.frames.size());
        const CliRun info = runCli({QStringLiteral("info"), e.study == 1 ? m_cine : m_aloka, QStringLiteral("--json")});
        const QJsonObject o = QJsonDocument::fromJson(info.out).object();
        const QSize size(o.value(QStringLiteral("columns")).toInt(), o.value(QStringLiteral("rows")).toInt());
        QVERIFY2(size.width() > 0 && size.height() > 0, info.err.constData());
        for (int frame : e.frames) {
            const cv::Mat mask = ns::annotation::rasterise(polygons.value(QString::number(frame)), size);
            QFile raw(QDir(maskDir).filePath(QStringLiteral("%1.raw").arg(e.multiFrame ? frame + 1 : 1)));
            QVERIFY(raw.open(QIODevice::WriteOnly));
            raw.write(reinterpret_cast<const char*>(mask.data), qint64(mask.total()));
        }
        const QJsonObject seg = ns::testdata::dicomExportCheck({QStringLiteral("seg"), QDir(out).filePath(e.seg), QDir(out).filePath(e.image), maskDir,
                                         QStringLiteral("0"), QStringLiteral("0")}, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(seg.value(QStringLiteral("sopClass")).toString(), QStringLiteral("1.2.840.10008.5.1.4.1.1.66.4"));
        QCOMPARE(seg.value(QStringLiteral("frames")).toInt(), e.frames.size());
        QCOMPARE(seg.value(QStringLiteral("algorithmType")).toString(), e.algorithm);
        QVERIFY(seg.value(QStringLiteral("studyMatches")).toBool());
        QCOMPARE(seg.value(QStringLiteral("referencedInstance")).toString(), seg.value(QStringLiteral("imageSopInstance")).toString());
        QCOMPARE(seg.value(QStringLiteral("patientId")).toString(), e.seg.section(QLatin1Char('_'), 0, 0));
        const QJsonArray perFrame = seg.value(QStringLiteral("perFrame")).toArray();
        for (int i = 0; i < perFrame.size(); ++i) {
            const QJsonObject pf = perFrame[i].toObject();
            QCOMPARE(pf.value(QStringLiteral("referencedFrame")).toInt(), e.multiFrame ? e.frames[i] + 1 : 0);
            QVERIFY2(pf.value(QStringLiteral("pixelsMatch")).toBool(), qPrintable(e.seg));
            QVERIFY(pf.value(QStringLiteral("pixelsSet")).toInt() > 100);
            QCOMPARE(pf.value(QStringLiteral("referencedInstance")).toString(), seg.value(QStringLiteral("imageSopInstance")).toString());
        }
    }
    for (const QString& f : files) {
        QString failure;
        const QStringList errors = ns::testdata::dciodvfy(QDir(out).filePath(f), &failure).errors;
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY2(errors.isEmpty(), qPrintable(f + QStringLiteral(": ") + errors.join(QLatin1Char('\n'))));
    }
}

void TestCliExportDicom::srAreasEqualTheWorkspaceAreas()
{
    const QString out = m_tmp.filePath(QStringLiteral("sr"));
    CliRun r = runCli({QStringLiteral("export"), m_ws, QStringLiteral("--format"), QStringLiteral("dicom-sr"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("as dicom-sr (3 item(s), de-identified)"), r.out.constData());
    const QStringList files = QDir(out).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files.filter(QStringLiteral("_seg.dcm")).size(), 0); // SR + source copy only
    QCOMPARE(files.filter(QStringLiteral("_sr.dcm")).size(), 3);
    QCOMPARE(files.filter(QStringLiteral("_image.dcm")).size(), 2);

    const QList<std::tuple<QString, qint64, QString, QList<int>, bool>> expected{
        {QStringLiteral("_s1_r1_sr.dcm"), 1, QStringLiteral("alice"), {1, 3, 4}, true},
        {QStringLiteral("_s1_r2_sr.dcm"), 1, QStringLiteral("bob"), {3}, true},
        {QStringLiteral("_s2_sr.dcm"), 2, QStringLiteral("alice"), {0}, false},
    };
    for (const auto& [suffix, study, rater, frames, multiFrame] : expected) {
        const QStringList match = files.filter(suffix);
        QCOMPARE(match.size(), 1);
        QString failure;
        const QJsonObject sr = ns::testdata::dicomExportCheck({QStringLiteral("sr"), QDir(out).filePath(match.first())}, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(sr.value(QStringLiteral("template")).toString(), QStringLiteral("1500"));
        QCOMPARE(sr.value(QStringLiteral("observers")).toArray().first().toString(), rater);
        const QJsonArray ms = sr.value(QStringLiteral("measurements")).toArray();
        QCOMPARE(ms.size(), frames.size());
        for (int i = 0; i < ms.size(); ++i) {
            const QJsonObject m = ms[i].toObject();
            const double want = areaMm2(study, rater, frames[i]);
            QVERIFY2(want > 1, "the workspace gives no area in mm^2");
            QVERIFY2(std::abs(m.value(QStringLiteral("value")).toDouble() - want) <= 0.01,
                     qPrintable(QStringLiteral("%1 frame %2: SR %3 mm2, workspace %4 mm2").arg(match.first()).arg(frames[i])
                                    .arg(m.value(QStringLiteral("value")).toDouble()).arg(want)));
            QCOMPARE(m.value(QStringLiteral("unit")).toString(), QStringLiteral("mm2"));
            const QJsonArray refFrames = m.value(QStringLiteral("images")).toArray().first().toObject().value(QStringLiteral("frames")).toArray();
            QCOMPARE(refFrames.size(), multiFrame ? 1 : 0);
            if (multiFrame)
                QCOMPARE(refFrames.first().toInt(), frames[i] + 1);
        }
        const QStringList errors = ns::testdata::dciodvfy(QDir(out).filePath(match.first()), &failure).errors;
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY2(errors.isEmpty(), qPrintable(match.first() + QStringLiteral(": ") + errors.join(QLatin1Char('\n'))));
    }
}

void TestCliExportDicom::noIdentifyingBytesAnywhere()
{
    // Every identifying value of both sources (pydicom lists patient name/ID, UIDs, dates,
    // institution, station, serial), their file names and the workspace's paths.
    QStringList needles{kCineStem, kAlokaStem, m_ws, m_tmp.path(), QStringLiteral("SYN-S11")};
    for (const QString& src : {m_cine, m_aloka}) {
        QString failure;
        const QJsonObject n = ns::testdata::dicomExportCheck({QStringLiteral("needles"), src}, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        for (const QJsonValue& v : n.value(QStringLiteral("needles")).toArray())
            needles << v.toString();
    }
    QVERIFY(needles.size() > 10);
    auto scan = [&](const QString& dir, QStringList* found) {
        for (const QString& file : filesUnder(dir)) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                return false;
            const QByteArray bytes = f.readAll();
            for (const QString& n : needles)
                if (bytes.contains(n.toUtf8()) || QFileInfo(file).fileName().contains(n))
                    *found << QStringLiteral("%1 in %2").arg(n, QFileInfo(file).fileName());
        }
        return true;
    };
    for (const QString& format : {QStringLiteral("dicom-seg"), QStringLiteral("dicom-sr")}) {
        const QString out = m_tmp.filePath(QStringLiteral("scan-") + format);
        CliRun r = runCli({QStringLiteral("export"), m_ws, QStringLiteral("--format"), format, QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QStringList found;
        QVERIFY(scan(out, &found));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
    }
    // The scan finds them when they are there: --no-deidentify keeps the patient ID and UIDs.
    const QString kept = m_tmp.filePath(QStringLiteral("scan-kept"));
    CliRun r = runCli({QStringLiteral("export"), m_ws, QStringLiteral("--format"), QStringLiteral("dicom-seg"), QStringLiteral("--out"), kept,
                       QStringLiteral("--no-deidentify")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QStringList found;
    QVERIFY(scan(kept, &found));
    QVERIFY2(found.filter(QStringLiteral("SYN-S11")).size() >= 1, qPrintable(found.join(QStringLiteral("; "))));
}

void TestCliExportDicom::datesRemovedAndNothingExportable()
{
    const QString out = m_tmp.filePath(QStringLiteral("nodates"));
    CliRun r = runCli({QStringLiteral("export"), m_ws, QStringLiteral("--format"), QStringLiteral("dicom-seg"), QStringLiteral("--out"), out,
                       QStringLiteral("--studies"), QStringLiteral("2"), QStringLiteral("--dates"), QStringLiteral("remove")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QString failure;
    const QJsonObject source = ns::testdata::dicomExportCheck({QStringLiteral("header"), m_aloka}, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(!source.value(QStringLiteral("StudyDate")).toString().isEmpty()); // the source has one
    const QStringList images = QDir(out).entryList({QStringLiteral("*_image.dcm")}, QDir::Files);
    QCOMPARE(images.size(), 1);
    const QJsonObject copy = ns::testdata::dicomExportCheck({QStringLiteral("header"), QDir(out).filePath(images.first())}, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(copy.value(QStringLiteral("StudyDate")).toString(), QString());

    // Only the video selected: nothing a DICOM format can write, and no folder is left.
    const QString none = m_tmp.filePath(QStringLiteral("none"));
    r = runCli({QStringLiteral("export"), m_ws, QStringLiteral("--format"), QStringLiteral("dicom-sr"), QStringLiteral("--out"), none,
                QStringLiteral("--studies"), QStringLiteral("3")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("none of the 1 stud(ies) with matching contours is a DICOM file"), r.err.constData());
    QVERIFY(!QFileInfo::exists(none));
    QVERIFY(!QFileInfo::exists(none + QStringLiteral(".partial")));
}

QTEST_GUILESS_MAIN(TestCliExportDicom)
#include "test_cli_export_dicom.moc"
