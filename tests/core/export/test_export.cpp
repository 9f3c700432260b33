// Dataset export and import on a real workspace: synthetic calibrated DICOM cines with
// identifying-looking patient IDs and file names, contours of two raters from the real
// stores, exported as PNG+manifest, COCO, nnU-Net and measurements CSV; the files are parsed
// and checked against the contours, every exported byte is searched for identifying values,
// and each image format is imported back and compared with what was exported.
#include "core/annotation/ContourStore.h"
#include "core/annotation/GradeStore.h"
#include "core/annotation/Mask.h"
#include "core/export/DatasetImport.h"
#include "core/export/Exporter.h"
#include "core/export/TrainingExport.h"
#include "core/export/MaskPolygons.h"
#include "core/media/MediaOpener.h"
#include "core/metrics/Overlap.h"
#include "core/metrics/SurfaceDistance.h"
#include "core/synth/CineGenerator.h"
#include "core/synth/writers/SynthDicomWriter.h"
#include "core/workspace/StudyStore.h"
#include "tests/TestData.h"

#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <map>
#include <set>

using namespace ns;
using exporting::ExportFormat;

namespace {

const QStringList kPatients{QStringLiteral("PAT-ALPHA-7731"), QStringLiteral("PAT-BRAVO-8842"),
                            QStringLiteral("PAT-CHARLIE-9953"), QStringLiteral("PAT-DELTA-1064")};
const QString kFileStem = QStringLiteral("wristscan_Doe_Jane");

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

cv::Mat readGrey(const QString& path)
{
    const QImage img = QImage(path).convertToFormat(QImage::Format_Grayscale8);
    cv::Mat m(img.height(), img.width(), CV_8UC1);
    for (int y = 0; y < img.height(); ++y)
        std::memcpy(m.ptr<uchar>(y), img.constScanLine(y), size_t(img.width()));
    return m;
}

double distanceToPolygon(QPointF p, const QPolygonF& poly)
{
    double best = 1e9;
    for (int i = 0; i < poly.size(); ++i) {
        const QPointF a = poly[i], b = poly[(i + 1) % poly.size()];
        const QPointF d = b - a;
        const double len2 = QPointF::dotProduct(d, d);
        const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / len2, 0.0, 1.0) : 0.0;
        const QPointF q = a + t * d - p;
        best = std::min(best, std::hypot(q.x(), q.y()));
    }
    return best;
}

// Key: (study, frame, rater) -> that rater's polygons on that frame.
using ContourKey = std::tuple<qint64, int, QString>;
using ContourMap = std::map<ContourKey, QList<QPolygonF>>;

} // namespace

class TestExport : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_ws;
    ContourMap m_original;
    std::set<std::pair<qint64, int>> m_approved;     // (study, frame) approved in the source workspace
    std::set<std::pair<qint64, int>> m_approvedBack; // the same after the last importBack
    std::map<qint64, QString> m_gradesBack;          // source study -> "severity by rater" after the last importBack
    QSize m_size;
    qint64 m_gradedStudy = 0; // the one study a person graded (moderate)

    exporting::ExportSummary runExport(ExportFormat f, const QString& out, bool deid = true, exporting::ExportSelection sel = {},
                                       exporting::ExportOptions opt = {})
    {
        auto ws = workspace::Workspace::open(m_ws, workspace::Workspace::Mode::ReadOnly);
        opt.deidentify = deid;
        return exporting::exportWorkspace(*ws.workspace, f, sel, opt, out, jobs::Progress::none());
    }

    // Imports `dir` into a new workspace and maps its contours back to the exported ones
    // through the case names (..._s<study>_f<frame>...).
    ContourMap importBack(exporting::ImportFormat f, const QString& dir, const QString& wsDir)
    {
        auto created = workspace::Workspace::create(wsDir);
        const exporting::ImportSummary r = exporting::importDataset(*created.workspace, f, dir, jobs::Progress::none());
        if (!r.ok)
            qWarning("%s", qPrintable(r.error));
        ContourMap out;
        m_approvedBack.clear();
        m_gradesBack.clear();
        static const QRegularExpression key(QStringLiteral("_s(\\d+)_f(\\d+)"));
        for (const auto& s : workspace::listStudies(*created.workspace)) {
            const auto m = key.match(s.sourcePath);
            if (annotation::reviewStatus(*created.workspace, s.id, 0) == annotation::ReviewStatus::Approved)
                m_approvedBack.insert({m.captured(1).toLongLong(), m.captured(2).toInt()});
            for (const annotation::Grade& g : annotation::loadGrades(*created.workspace, s.id))
                if (g.source.kind == annotation::SourceKind::Manual && g.severity && g.cts)
                    m_gradesBack[m.captured(1).toLongLong()] = QStringLiteral("%1 cts=%2 by %3").arg(*g.severity).arg(*g.cts).arg(g.rater);
            for (const annotation::Contour& c : annotation::loadContours(*created.workspace, s.id))
                out[{m.captured(1).toLongLong(), m.captured(2).toInt(), c.rater}] << c.vertices;
        }
        return out;
    }

    void compareRoundTrip(const ContourMap& back, bool exactVertices)
    {
        QCOMPARE(back.size(), m_original.size());
        for (const auto& [k, polys] : m_original) {
            QVERIFY2(back.count(k), qPrintable(QStringLiteral("missing study %1 frame %2 rater %3").arg(std::get<0>(k)).arg(std::get<1>(k)).arg(std::get<2>(k))));
            const QList<QPolygonF>& got = back.at(k);
            const cv::Mat a = annotation::rasterise(polys, m_size), b = annotation::rasterise(got, m_size);
            QCOMPARE(metrics::overlapScores(b, a).dice, 1.0);
            const auto d = metrics::surfaceDistances(b, a);
            QVERIFY(d.hausdorffPx && *d.hausdorffPx <= 1.0);
            for (const QPolygonF& p : got)
                for (const QPointF& v : p) {
                    double best = 1e9;
                    for (const QPolygonF& o : polys)
                        best = std::min(best, distanceToPolygon(v, o));
                    QVERIFY2(best <= (exactVertices ? 1e-9 : 1.0), qPrintable(QString::number(best)));
                }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = m_tmp.filePath(QStringLiteral("ws"));
        auto created = workspace::Workspace::create(m_ws);
        QVERIFY2(created, qPrintable(created.error));
        workspace::Workspace& ws = *created.workspace;
        for (int p = 0; p < kPatients.size(); ++p) {
            synth::SynthRequest req;
            req.frames = 3;
            req.seed = 11 + p;
            req.patientId = kPatients[p];
            req.bifid = p == 1; // two contours on one frame
            const synth::SynthCine cine = synth::generateCine(req);
            const QString path = m_tmp.filePath(QStringLiteral("%1_%2.dcm").arg(kFileStem).arg(p));
            QString error;
            QVERIFY2(synth::writeSynthDicom(cine, path, {}, &error), qPrintable(error));
            const auto imported = workspace::importStudy(ws, path, false);
            QVERIFY2(imported.study, qPrintable(imported.error));
            const qint64 id = imported.study->id;
            m_size = QSize(imported.study->width, imported.study->height);
            for (int f = 0; f < 2; ++f) { // frame 2 stays unlabelled
                for (const QPolygonF& poly : cine.frames[size_t(f)].truth.contours) {
                    annotation::Contour c;
                    c.studyId = id;
                    c.frame = f;
                    c.rater = QStringLiteral("alice");
                    c.vertices = poly;
                    QVERIFY2(annotation::insertContour(ws, c, &error), qPrintable(error));
                    m_original[{id, f, c.rater}] << poly;
                }
            }
            // A second rater (a model's accepted contour, shifted) on frame 1 of the first study.
            if (p == 0) {
                annotation::Contour c;
                c.studyId = id;
                c.frame = 1;
                c.rater = QStringLiteral("bob");
                c.source = {annotation::SourceKind::Model, QStringLiteral("sa-unet"), QStringLiteral("1")};
                c.vertices = cine.frames[1].truth.contours.first().translated(3.5, -2.25);
                QVERIFY(annotation::insertContour(ws, c, &error));
                m_original[{id, 1, c.rater}] << c.vertices;
                QVERIFY(annotation::setReviewStatus(ws, id, 0, annotation::ReviewStatus::Approved, QStringLiteral("alice"), &error));
                m_approved.insert({id, 0});
                annotation::Grade g;
                g.studyId = id;
                g.severity = 2;
                g.rater = QStringLiteral("alice");
                QVERIFY(annotation::recordGrade(ws, g, &error));
                m_gradedStudy = id;
            }
            // A model's grade is a prediction, never a label: newer than alice's on the first
            // study, the only one on the second.
            if (p <= 1) {
                annotation::Grade model;
                model.studyId = id;
                model.severity = 0;
                model.cts = false;
                model.source = {annotation::SourceKind::Model, QStringLiteral("severity-transverse"), QStringLiteral("1.1.0")};
                QVERIFY(annotation::recordGrade(ws, model, &error));
            }
        }
    }

    void pngManifestMatchesContoursAndTrainerSchema()
    {
        const QString out = m_tmp.filePath(QStringLiteral("png"));
        const auto r = runExport(ExportFormat::Png, out);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.studies, 4);
        QCOMPARE(r.frames, 8);
        QCOMPARE(r.items, int(m_original.size()));
        const QJsonObject manifest = readJson(out + QStringLiteral("/manifest.json"));
        QCOMPARE(manifest.value(QStringLiteral("task")).toString(), QStringLiteral("segmentation"));
        QCOMPARE(manifest.value(QStringLiteral("splitBy")).toString(), QStringLiteral("patient"));
        const QJsonArray items = manifest.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), int(m_original.size()));
        QMap<QString, QString> splitOf;
        for (const QJsonValue& v : items) {
            const QJsonObject o = v.toObject();
            for (const char* key : {"name", "image", "mask", "split", "patient", "frame", "rater", "source", "areaPx", "areaMm2", "pixelSpacingMm", "contours"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            const QString patient = o.value(QStringLiteral("patient")).toString();
            QVERIFY(patient.startsWith(QStringLiteral("ANON-")));
            // One split per patient, never split by frame.
            QVERIFY(splitOf.value(patient, o.value(QStringLiteral("split")).toString()) == o.value(QStringLiteral("split")).toString());
            splitOf[patient] = o.value(QStringLiteral("split")).toString();
            // The mask is the rasterised contours of that item.
            QList<QPolygonF> polys;
            for (const QJsonValue& c : o.value(QStringLiteral("contours")).toArray()) {
                QPolygonF p;
                for (const QJsonValue& pt : c.toArray())
                    p << QPointF(pt.toArray()[0].toDouble(), pt.toArray()[1].toDouble());
                polys << p;
            }
            const cv::Mat mask = readGrey(out + QLatin1Char('/') + o.value(QStringLiteral("mask")).toString());
            QCOMPARE(metrics::overlapScores(mask, annotation::rasterise(polys, m_size)).dice, 1.0);
            QVERIFY(o.value(QStringLiteral("areaMm2")).toDouble() > 0); // the synthetic DICOM is calibrated
            QVERIFY(!QImage(out + QLatin1Char('/') + o.value(QStringLiteral("image")).toString()).isNull());
            // The person's grade, on every row of that study; no other study has one.
            if (o.value(QStringLiteral("study")).toInteger() == m_gradedStudy) {
                QCOMPARE(o.value(QStringLiteral("grade")).toString(), QStringLiteral("moderate"));
                QCOMPARE(o.value(QStringLiteral("gradeIndex")).toInt(), 2);
                QCOMPARE(o.value(QStringLiteral("cts")).toInt(), 1);
            } else {
                QVERIFY(!o.contains(QStringLiteral("gradeIndex")) && !o.contains(QStringLiteral("cts")));
            }
        }
        QCOMPARE(splitOf.size(), 4);
        QVERIFY(splitOf.values().contains(QStringLiteral("train")));
        QVERIFY(splitOf.values().contains(QStringLiteral("val")));
        QVERIFY(splitOf.values().contains(QStringLiteral("test")));
        QFile csv(out + QStringLiteral("/manifest.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), items.size() + 1);
        QVERIFY(!QFileInfo::exists(out + QStringLiteral(".partial")));
    }

    void cocoHasPolygonsAreasAndCategory()
    {
        const QString out = m_tmp.filePath(QStringLiteral("coco"));
        const auto r = runExport(ExportFormat::Coco, out);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QJsonObject doc = readJson(out + QStringLiteral("/annotations.json"));
        QCOMPARE(doc.value(QStringLiteral("categories")).toArray()[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("median nerve"));
        QCOMPARE(doc.value(QStringLiteral("images")).toArray().size(), 8);
        int contours = 0;
        for (const auto& kv : m_original)
            contours += int(kv.second.size());
        const QJsonArray anns = doc.value(QStringLiteral("annotations")).toArray();
        QCOMPARE(anns.size(), contours);
        for (const QJsonValue& v : anns) {
            const QJsonObject a = v.toObject();
            const QJsonArray flat = a.value(QStringLiteral("segmentation")).toArray()[0].toArray();
            QVERIFY(flat.size() >= 6 && flat.size() % 2 == 0);
            const QJsonArray bbox = a.value(QStringLiteral("bbox")).toArray();
            QCOMPARE(bbox.size(), 4);
            QVERIFY(a.value(QStringLiteral("area")).toDouble() > 0);
            QVERIFY(a.value(QStringLiteral("area")).toDouble() <= bbox[2].toDouble() * bbox[3].toDouble());
        }
    }

    void nnUnetLayoutAndLabelValues()
    {
        const QString out = m_tmp.filePath(QStringLiteral("Dataset501_Nerve"));
        const auto r = runExport(ExportFormat::NnUnet, out);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QJsonObject ds = readJson(out + QStringLiteral("/dataset.json"));
        QCOMPARE(ds.value(QStringLiteral("file_ending")).toString(), QStringLiteral(".png"));
        QCOMPARE(ds.value(QStringLiteral("numTraining")).toInt(), int(m_original.size()));
        QCOMPARE(ds.value(QStringLiteral("channel_names")).toObject().size(), 1);
        QCOMPARE(ds.value(QStringLiteral("labels")).toObject().value(QStringLiteral("background")).toInt(), 0);
        QCOMPARE(ds.value(QStringLiteral("labels")).toObject().value(QStringLiteral("median_nerve")).toInt(), 1);
        const QStringList labels = QDir(out + QStringLiteral("/labelsTr")).entryList(QDir::Files);
        QCOMPARE(labels.size(), int(m_original.size()));
        for (const QString& l : labels) {
            QVERIFY(QFileInfo::exists(out + QStringLiteral("/imagesTr/") + QFileInfo(l).completeBaseName() + QStringLiteral("_0000.png")));
            const cv::Mat m = readGrey(out + QStringLiteral("/labelsTr/") + l);
            double lo = 0, hi = 0;
            cv::minMaxLoc(m, &lo, &hi);
            QCOMPARE(lo, 0.0);
            QCOMPARE(hi, 1.0);
        }
    }

    void measurementsCsv()
    {
        const QString out = m_tmp.filePath(QStringLiteral("csv"));
        const auto r = runExport(ExportFormat::MeasurementsCsv, out);
        QVERIFY2(r.ok, qPrintable(r.error));
        QFile f(out + QStringLiteral("/measurements.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), r.items + 1);
        QVERIFY(lines[0].startsWith("patient,study,frame,rater,source"));
        QVERIFY(lines[1].startsWith("ANON-"));
        QCOMPARE(lines[1].split(',').size(), lines[0].split(',').size());
    }

    void deidentifiedExportsHoldNoIdentifyingValues()
    {
        const QString root = m_tmp.filePath(QStringLiteral("deid"));
        for (ExportFormat f : {ExportFormat::Png, ExportFormat::Coco, ExportFormat::NnUnet, ExportFormat::MeasurementsCsv}) {
            const auto r = runExport(f, root + QLatin1Char('/') + exporting::exportFormatName(f));
            QVERIFY2(r.ok, qPrintable(r.error));
        }
        QList<QByteArray> needles{"SYNTHETIC^PHANTOM", "SYNTHETIC PHANTOM", kFileStem.toUtf8(), m_tmp.path().toUtf8(),
                                  QDate::currentDate().toString(QStringLiteral("yyyyMMdd")).toUtf8(),
                                  QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")).toUtf8()};
        for (const QString& p : kPatients)
            needles << p.toUtf8();
        int files = 0;
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            for (const QByteArray& n : needles) {
                QVERIFY2(!bytes.contains(n), qPrintable(QStringLiteral("%1 holds %2").arg(path, QString::fromUtf8(n))));
                QVERIFY2(!path.toUtf8().mid(root.size()).contains(n), qPrintable(path));
            }
            ++files;
        }
        QVERIFY(files > 30);

        // --no-deidentify keeps the patient ID (and says where the frames came from).
        const QString kept = m_tmp.filePath(QStringLiteral("identified"));
        QVERIFY(runExport(ExportFormat::Png, kept, false).ok);
        QFile manifest(kept + QStringLiteral("/manifest.json"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QByteArray m = manifest.readAll();
        QVERIFY(m.contains(kPatients[0].toUtf8()));
        QVERIFY(m.contains(kFileStem.toUtf8()));
    }

    // PNG and COCO carry each frame's approval and its study's grade (a person's), and the
    // import restores both; nnU-Net's layout has no place for either.
    void roundTripPng()
    {
        compareRoundTrip(importBack(exporting::ImportFormat::Png, m_tmp.filePath(QStringLiteral("png")), m_tmp.filePath(QStringLiteral("ws-png"))), true);
        QVERIFY(!m_approved.empty());
        QCOMPARE(m_approvedBack, m_approved);
        QCOMPARE(m_gradesBack, (std::map<qint64, QString>{{m_gradedStudy, QStringLiteral("2 cts=1 by alice")}}));
    }
    void roundTripCoco()
    {
        compareRoundTrip(importBack(exporting::ImportFormat::Coco, m_tmp.filePath(QStringLiteral("coco")), m_tmp.filePath(QStringLiteral("ws-coco"))), true);
        QCOMPARE(m_approvedBack, m_approved);
        QCOMPARE(m_gradesBack, (std::map<qint64, QString>{{m_gradedStudy, QStringLiteral("2 cts=1 by alice")}}));
    }
    void roundTripNnUnet()
    {
        compareRoundTrip(importBack(exporting::ImportFormat::NnUnet, m_tmp.filePath(QStringLiteral("Dataset501_Nerve")), m_tmp.filePath(QStringLiteral("ws-nn"))), false);
        QVERIFY(m_approvedBack.empty());
        QVERIFY(m_gradesBack.empty());
    }

    void maskToPolygonsGivesTheSamePixels()
    {
        // An L shape, a diagonal pair of pixels and a single pixel: corners and thin parts.
        cv::Mat m(20, 20, CV_8UC1, cv::Scalar(0));
        m(cv::Rect(2, 2, 3, 8)).setTo(255);
        m(cv::Rect(2, 8, 9, 2)).setTo(255);
        m.at<uchar>(14, 14) = 255;
        m.at<uchar>(15, 15) = 255;
        m.at<uchar>(3, 17) = 255;
        const cv::Mat back = annotation::rasterise(exporting::maskToPolygons(m), QSize(20, 20));
        QCOMPARE(cv::countNonZero(back != m), 0);
    }

    void failuresLeaveNothingBehind()
    {
        // Cancelled: no output folder and no partial one.
        const QString out = m_tmp.filePath(QStringLiteral("cancelled"));
        {
            auto ws = workspace::Workspace::open(m_ws, workspace::Workspace::Mode::ReadOnly);
            jobs::CancelToken token;
            int reports = 0;
            const jobs::Progress progress([&](double, const QString&) { if (++reports == 4) token.cancel(); }, token);
            const auto r = exporting::exportWorkspace(*ws.workspace, ExportFormat::Png, {}, {}, out, progress);
            QVERIFY(!r.ok);
            QVERIFY(!QFileInfo::exists(out));
            QVERIFY(!QFileInfo::exists(out + QStringLiteral(".partial")));
        }
        // A folder that is not empty is refused, an unwritable place named.
        auto r = runExport(ExportFormat::Png, m_tmp.filePath(QStringLiteral("png")));
        QVERIFY(!r.ok && r.error.contains(QStringLiteral("not an empty folder")));
        QFile blocker(m_tmp.filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        r = runExport(ExportFormat::Png, m_tmp.filePath(QStringLiteral("a-file/out")));
        QVERIFY(!r.ok && r.error.contains(QStringLiteral("a-file")));
        // An empty selection and an unknown study say so.
        exporting::ExportSelection none;
        none.raters = {QStringLiteral("nobody")};
        r = runExport(ExportFormat::Png, m_tmp.filePath(QStringLiteral("none")), true, none);
        QVERIFY(!r.ok && r.error.contains(QStringLiteral("nothing to export")));
        exporting::ExportSelection missing;
        missing.studyIds = {99};
        r = runExport(ExportFormat::Png, m_tmp.filePath(QStringLiteral("none")), true, missing);
        QVERIFY(!r.ok && r.error.contains(QStringLiteral("99")));

        // An import that fails half-way (an image gone) leaves the workspace unchanged.
        const QString broken = m_tmp.filePath(QStringLiteral("broken"));
        QVERIFY(runExport(ExportFormat::Coco, broken).ok);
        const QJsonObject doc = readJson(broken + QStringLiteral("/annotations.json"));
        const QString last = doc.value(QStringLiteral("images")).toArray().last().toObject().value(QStringLiteral("file_name")).toString();
        QVERIFY(QFile(broken + QLatin1Char('/') + last).open(QIODevice::WriteOnly | QIODevice::Truncate)); // now not an image
        auto target = workspace::Workspace::create(m_tmp.filePath(QStringLiteral("ws-broken")));
        const auto imported = exporting::importDataset(*target.workspace, exporting::ImportFormat::Coco, broken, jobs::Progress::none());
        QVERIFY(!imported.ok);
        QVERIFY2(imported.error.contains(QFileInfo(last).fileName()), qPrintable(imported.error));
        QCOMPARE(workspace::listStudies(*target.workspace).size(), 0);
        QCOMPARE(QDir(target.workspace->studiesDir()).entryList(QDir::Files).size(), 0);
    }

    // The Training page's filters: scanners (the DICOM model name) and raters narrow the
    // training export; a scanner nobody used leaves nothing to train on.
    void trainingExportFiltersByScannerAndRater()
    {
        auto ws = workspace::Workspace::open(m_ws, workspace::Workspace::Mode::ReadOnly);
        exporting::ExportSelection none;
        none.scanners = {QStringLiteral("no-such-scanner")};
        auto r = exporting::exportForTraining(*ws.workspace, m_tmp.filePath(QStringLiteral("train-none")), jobs::Progress::none(), none);
        QVERIFY(!r.ok && r.error.contains(QStringLiteral("nothing to export")));

        r = exporting::exportForTraining(*ws.workspace, m_tmp.filePath(QStringLiteral("train-all")), jobs::Progress::none());
        QVERIFY2(r.ok, qPrintable(r.error));
        const QJsonArray all = readJson(r.outDir + QStringLiteral("/manifest.json")).value(QStringLiteral("items")).toArray();
        const QString scanner = all.first().toObject().value(QStringLiteral("profile")).toString();
        const QString rater = all.first().toObject().value(QStringLiteral("rater")).toString();
        QVERIFY(!scanner.isEmpty() && !rater.isEmpty());
        exporting::ExportSelection some;
        some.scanners = {scanner.toLower()}; // matched case-insensitively
        some.raters = {rater};
        r = exporting::exportForTraining(*ws.workspace, m_tmp.filePath(QStringLiteral("train-some")), jobs::Progress::none(), some);
        QVERIFY2(r.ok, qPrintable(r.error));
        int expected = 0;
        for (const QJsonValue& v : all)
            expected += v.toObject().value(QStringLiteral("profile")).toString() == scanner
                                && v.toObject().value(QStringLiteral("rater")).toString() == rater ? 1 : 0;
        const QJsonArray some_ = readJson(r.outDir + QStringLiteral("/manifest.json")).value(QStringLiteral("items")).toArray();
        QCOMPARE(some_.size(), expected);
        QVERIFY(some_.size() < all.size()); // the second rater's contours are left out
    }

    void blackoutRectangleAndOutsideRegions()
    {
        exporting::ExportOptions opt;
        QString error;
        opt.blackout = *exporting::BlackoutSpec::parse(QStringLiteral("0,0,40,20"), &error);
        const QString out = m_tmp.filePath(QStringLiteral("blackout"));
        QVERIFY(runExport(ExportFormat::Coco, out, true, {}, opt).ok);
        const QString file = readJson(out + QStringLiteral("/annotations.json")).value(QStringLiteral("images")).toArray()[0].toObject().value(QStringLiteral("file_name")).toString();
        const cv::Mat dark = readGrey(out + QLatin1Char('/') + file);
        const cv::Mat plain = readGrey(m_tmp.filePath(QStringLiteral("coco/")) + file);
        QCOMPARE(cv::countNonZero(dark(cv::Rect(0, 0, 40, 20))), 0);
        QVERIFY(cv::countNonZero(plain(cv::Rect(0, 0, 40, 20))) > 0 || cv::countNonZero(plain) > 0);
        QCOMPARE(cv::countNonZero(dark(cv::Rect(0, 20, dark.cols, dark.rows - 20)) != plain(cv::Rect(0, 20, dark.cols, dark.rows - 20))), 0);

        // ALOKA: two calibrated regions; everything outside them goes black.
        const QString aloka = testdata::shared(QStringLiteral("gdcm-US-ALOKA-16.dcm"));
        NS_REQUIRE_FILE(aloka);
        const QString wsDir = m_tmp.filePath(QStringLiteral("ws-aloka"));
        {
            auto ws = workspace::Workspace::create(wsDir);
            const auto s = workspace::importStudy(*ws.workspace, aloka, false);
            QVERIFY(s.study);
            annotation::Contour c;
            c.studyId = s.study->id;
            c.rater = QStringLiteral("alice");
            c.vertices = QPolygonF({QPointF(100, 100), QPointF(110, 100), QPointF(110, 110), QPointF(100, 110)});
            QVERIFY(annotation::insertContour(*ws.workspace, c, &error));
        }
        auto ws = workspace::Workspace::open(wsDir, workspace::Workspace::Mode::ReadOnly);
        opt.blackout = *exporting::BlackoutSpec::parse(QStringLiteral("outside-regions"), &error);
        const QString out2 = m_tmp.filePath(QStringLiteral("aloka-dark"));
        const auto r = exporting::exportWorkspace(*ws.workspace, ExportFormat::NnUnet, {}, opt, out2, jobs::Progress::none());
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString name = QDir(out2 + QStringLiteral("/imagesTr")).entryList(QDir::Files).first();
        const cv::Mat img = readGrey(out2 + QStringLiteral("/imagesTr/") + name);
        auto source = media::openMedia(aloka);
        QVERIFY(source.source->calibration().regions().size() >= 1);
        cv::Mat inside(img.size(), CV_8UC1, cv::Scalar(0));
        for (const auto& reg : source.source->calibration().regions())
            inside(cv::Rect(reg.bounds.x(), reg.bounds.y(), reg.bounds.width(), reg.bounds.height())) = 255;
        QCOMPARE(cv::countNonZero(img & ~inside), 0);
        QVERIFY(cv::countNonZero(img & inside) > 0);
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "test_export.moc"
