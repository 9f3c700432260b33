// The synthetic-data writers on cines built here with real pixel content (gradients,
// speckle-like noise, a moving elliptical "nerve" with an exact mask), so the writers are
// tested independently of the image-formation engine. DICOM is checked by dciodvfy
// (dicom3tools) and read back through the media layer.
#include "core/media/MediaOpener.h"
#include "core/synth/writers/SynthDatasetGenerator.h"
#include "core/synth/writers/SynthDatasetWriter.h"
#include "core/synth/writers/SynthDicomWriter.h"
#include "core/synth/writers/SynthVideoWriter.h"
#include "tests/DicomValidation.h"
#include "tests/TestData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <cmath>

using namespace ns::synth;

namespace {

std::uint64_t next(std::uint64_t& s)
{
    s += 0x9E3779B97F4A7C15ull;
    std::uint64_t z = s;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

ScannerProfile testProfile(QSize size)
{
    ScannerProfile p;
    p.name = QStringLiteral("hm70a");
    p.displayName = QStringLiteral("Samsung HM70A-like");
    p.imageSize = size;
    p.pixelSpacingMm = 0.08;
    p.frameRate = 25;
    return p;
}

// A cine with an odd height (as HM70A's 565 rows) and an ellipse whose mask is exact at
// pixel centres; the analytic area is pi*a*b.
SynthCine makeCine(const SynthRequest& req, QSize size = QSize(96, 81))
{
    SynthCine cine;
    cine.profile = testProfile(size);
    cine.frameRate = cine.profile.frameRate;
    std::uint64_t s = req.seed;
    const double a = 18, b = 12;
    for (int f = 0; f < req.frames; ++f) {
        SynthFrame frame;
        frame.image = QImage(size, QImage::Format_Grayscale8);
        frame.truth.mask = QImage(size, QImage::Format_Grayscale8);
        const bool present = !(req.emptyFrames && f % 3 == 2);
        const double cx = size.width() / 2.0 + 3 * std::sin(f * 0.5), cy = size.height() / 2.0;
        int inside = 0;
        for (int y = 0; y < size.height(); ++y) {
            uchar* px = frame.image.scanLine(y);
            uchar* m = frame.truth.mask.scanLine(y);
            for (int x = 0; x < size.width(); ++x) {
                const double dx = (x + 0.5 - cx) / a, dy = (y + 0.5 - cy) / b;
                const bool in = present && dx * dx + dy * dy <= 1;
                const int noise = int(next(s) % 9) - 4;
                const int base = 40 + (x + 2 * y + 5 * f) % 120;
                px[x] = uchar(std::clamp(base + noise - (in ? 30 : 0), 0, 255));
                m[x] = in ? 255 : 0;
                inside += in;
            }
        }
        GroundTruth& t = frame.truth;
        t.nervePresent = present;
        t.areaPx = present ? M_PI * a * b : 0;
        t.areaMm2 = t.areaPx * 0.08 * 0.08;
        t.grade = req.grade;
        t.view = req.view;
        t.profile = cine.profile.name;
        t.level = QStringLiteral("DWC");
        t.patientId = req.patientId;
        t.wrist = req.wrist;
        t.frameIndex = f;
        t.bifid = req.bifid;
        if (present) {
            QPolygonF poly;
            for (int k = 0; k < 32; ++k)
                poly << QPointF(cx + a * std::cos(k * M_PI / 16), cy + b * std::sin(k * M_PI / 16));
            t.contours = {poly};
        }
        Q_UNUSED(inside);
        cine.frames.push_back(frame);
    }
    return cine;
}

SynthRequest request(int frames, std::uint64_t seed)
{
    SynthRequest r;
    r.frames = frames;
    r.seed = seed;
    r.grade = Grade::Mild;
    r.patientId = QStringLiteral("SYN-0042");
    r.wrist = QStringLiteral("left");
    return r;
}

// dciodvfy's "Error" lines, and one more when it does not take the file for the
// Ultrasound Multi-frame IOD (a missing tool is a failure, not a skip).
QStringList dciodvfyErrors(const QString& file, QString* failure)
{
    ns::testdata::DciodvfyReport r = ns::testdata::dciodvfy(file, failure);
    if (failure->isEmpty() && !r.output.contains(QLatin1String("USMultiFrameImage")))
        r.errors << QStringLiteral("dciodvfy did not recognise the IOD: ") + r.output.left(300);
    return r.errors;
}

double meanAbsDiff(const QImage& a, const QImage& b)
{
    const QImage ga = a.convertToFormat(QImage::Format_Grayscale8), gb = b.convertToFormat(QImage::Format_Grayscale8);
    double sum = 0;
    for (int y = 0; y < ga.height(); ++y)
        for (int x = 0; x < ga.width(); ++x)
            sum += std::abs(int(ga.constScanLine(y)[x]) - int(gb.constScanLine(y)[x]));
    return sum / (double(ga.width()) * ga.height());
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int countSet(const QImage& mask)
{
    int n = 0;
    for (int y = 0; y < mask.height(); ++y)
        for (int x = 0; x < mask.width(); ++x)
            n += mask.constScanLine(y)[x] >= 128;
    return n;
}

} // namespace

class TestSynthWriters : public QObject {
    Q_OBJECT
private slots:
    void dicomPassesDciodvfy_data()
    {
        QTest::addColumn<bool>("jpeg");
        QTest::newRow("explicit-le") << false;
        QTest::newRow("jpeg-baseline") << true;
    }
    void dicomPassesDciodvfy()
    {
        QFETCH(bool, jpeg);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cine.dcm"));
        DicomWriteOptions o;
        o.deterministicSeed = 7;
        if (jpeg)
            o.encoding = DicomWriteOptions::Encoding::JpegBaseline;
        QString error;
        QVERIFY2(writeSynthDicom(makeCine(request(5, 7)), file, o, &error), qPrintable(error));
        QString failure;
        const QStringList errors = dciodvfyErrors(file, &failure);
        if (!failure.isEmpty())
            QFAIL(qPrintable(failure));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void dicomReadsBackPixelsRateAndCalibration()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cine.dcm"));
        const SynthCine cine = makeCine(request(6, 3));
        QString error;
        QVERIFY2(writeSynthDicom(cine, file, {}, &error), qPrintable(error));
        ns::media::OpenResult opened = ns::media::openMedia(file);
        QVERIFY2(opened, qPrintable(opened.error));
        ns::media::FrameSource& src = *opened.source;
        QCOMPARE(src.frameCount(), 6);
        QCOMPARE(src.frameSize(), QSize(96, 81));
        QCOMPARE(src.frameRate(), 25.0);
        QCOMPARE(src.info().photometric, QStringLiteral("MONOCHROME2"));
        QCOMPARE(src.info().transferSyntaxUid, QStringLiteral("1.2.840.10008.1.2.1"));
        for (int i = 0; i < 6; ++i) {
            const QImage back = src.frame(i);
            QCOMPARE(back.format(), QImage::Format_Grayscale8);
            QVERIFY2(back == cine.frames[size_t(i)].image, qPrintable(QStringLiteral("frame %1 differs").arg(i)));
        }
        const ns::media::Calibration& cal = src.calibration();
        QCOMPARE(cal.kind(), ns::media::Calibration::Kind::UltrasoundRegions);
        QCOMPARE(cal.regions().size(), 1);
        const ns::media::UltrasoundRegion& r = cal.regions().first();
        QCOMPARE(r.bounds, QRect(0, 0, 96, 81));
        QVERIFY(r.isSpatiallyCalibrated());
        QCOMPARE(r.spatialFormat, 1);
        QCOMPARE(r.dataType, 1);
        QVERIFY(std::abs(r.mmPerPixelX() - 0.08) < 1e-9);
        QVERIFY(std::abs(r.mmPerPixelY() - 0.08) < 1e-9);
        const ns::media::MeasurementScale scale = cal.scaleAt(QPointF(50, 40));
        QVERIFY(scale.valid);
    }

    void nonIntegerFrameRateSurvives()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cine.dcm"));
        SynthCine cine = makeCine(request(3, 3));
        cine.frameRate = 29.97;
        QVERIFY(writeSynthDicom(cine, file, {}));
        ns::media::OpenResult opened = ns::media::openMedia(file);
        QVERIFY(opened);
        QVERIFY(std::abs(opened.source->frameRate() - 29.97) < 1e-6);
    }

    void jpegReadsBackClose()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cine.dcm"));
        const SynthCine cine = makeCine(request(4, 5));
        DicomWriteOptions o;
        o.encoding = DicomWriteOptions::Encoding::JpegBaseline;
        QVERIFY(writeSynthDicom(cine, file, o));
        ns::media::OpenResult opened = ns::media::openMedia(file);
        QVERIFY2(opened, qPrintable(opened.error));
        QCOMPARE(opened.source->info().transferSyntaxUid, QStringLiteral("1.2.840.10008.1.2.4.50"));
        QCOMPARE(opened.source->frameCount(), 4);
        for (int i = 0; i < 4; ++i) {
            const double mad = meanAbsDiff(opened.source->frame(i), cine.frames[size_t(i)].image);
            const QImage back = opened.source->frame(i);
            double signedSum = 0;
            for (int y = 0; y < back.height(); ++y)
                for (int x = 0; x < back.width(); ++x)
                    signedSum += int(back.constScanLine(y)[x]) - int(cine.frames[size_t(i)].image.constScanLine(y)[x]);
            QVERIFY2(mad < 4.0, qPrintable(QStringLiteral("frame %1: mean abs diff %2, mean diff %3").arg(i).arg(mad).arg(signedSum / (96 * 81))));
        }
        QCOMPARE(opened.source->calibration().regions().size(), 1);
    }

    void sameSeedSameBytes()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.dcm")), b = dir.filePath(QStringLiteral("b.dcm")),
                      c = dir.filePath(QStringLiteral("c.dcm")), d = dir.filePath(QStringLiteral("d.dcm"));
        DicomWriteOptions o;
        o.deterministicSeed = 11;
        QVERIFY(writeSynthDicom(makeCine(request(4, 11)), a, o));
        QVERIFY(writeSynthDicom(makeCine(request(4, 11)), b, o));
        const QByteArray bytesA = readAll(a);
        QVERIFY(bytesA.size() > 96 * 81 * 4);
        QCOMPARE(bytesA, readAll(b));
        // Another seed: other UIDs; random UIDs: other bytes but the same pixels.
        o.deterministicSeed = 12;
        QVERIFY(writeSynthDicom(makeCine(request(4, 11)), c, o));
        QVERIFY(readAll(c) != bytesA);
        QVERIFY(writeSynthDicom(makeCine(request(4, 11)), d, {}));
        QVERIFY(readAll(d) != bytesA);
        ns::media::OpenResult ra = ns::media::openMedia(a), rd = ns::media::openMedia(d);
        QVERIFY(ra && rd);
        for (int i = 0; i < 4; ++i)
            QVERIFY(ra.source->frame(i) == rd.source->frame(i));
        // UIDs under 2.25 are decimal and at most 64 characters.
        const QString uid = uidFromSeed(11, "x");
        QVERIFY(uid.startsWith(QLatin1String("2.25.")));
        QVERIFY(uid.size() <= 64);
        QCOMPARE(uid, uidFromSeed(11, "x"));
        QVERIFY(uid != uidFromSeed(11, "y"));
    }

    void unwritableDicomFails()
    {
        QString error;
        QVERIFY(!writeSynthDicom(makeCine(request(2, 1)), QStringLiteral("/nonexistent-dir/x.dcm"), {}, &error));
        QVERIFY(error.contains(QLatin1String("/nonexistent-dir/x.dcm")));
        QVERIFY(!writeSynthDicom(SynthCine{}, QStringLiteral("/tmp/empty.dcm"), {}, &error));
    }

    void videoOpensWithRightFramesAndSize_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("mp4") << QStringLiteral("mp4");
        QTest::newRow("avi") << QStringLiteral("avi");
    }
    void videoOpensWithRightFramesAndSize()
    {
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cine.") + suffix);
        const SynthCine cine = makeCine(request(12, 9), QSize(96, 80));
        QString error;
        QVERIFY2(writeSynthVideo(cine, file, &error), qPrintable(error));
        ns::media::OpenResult opened = ns::media::openMedia(file);
        QVERIFY2(opened, qPrintable(opened.error));
        QCOMPARE(opened.source->frameCount(), 12);
        QCOMPARE(opened.source->frameSize(), QSize(96, 80));
        QVERIFY(std::abs(opened.source->frameRate() - 25.0) < 0.5);
        for (int i : {0, 5, 11}) {
            const double mad = meanAbsDiff(opened.source->frame(i), cine.frames[size_t(i)].image);
            QVERIFY2(mad < 6.0, qPrintable(QStringLiteral("frame %1: mean abs diff %2").arg(i).arg(mad)));
        }
    }

    void videoWithOddSize()
    {
        // HM70A frames have 565 columns: odd sizes are padded to even, never cropped.
        QTemporaryDir dir;
        for (const QString& suffix : {QStringLiteral("mp4"), QStringLiteral("avi")}) {
            const QString file = dir.filePath(QStringLiteral("odd.") + suffix);
            const SynthCine cine = makeCine(request(3, 2), QSize(97, 81));
            QString error;
            QVERIFY2(writeSynthVideo(cine, file, &error), qPrintable(error));
            ns::media::OpenResult opened = ns::media::openMedia(file);
            QVERIFY2(opened, qPrintable(opened.error));
            QCOMPARE(opened.source->frameCount(), 3);
            QCOMPARE(opened.source->frameSize(), QSize(98, 82));
            const QImage back = opened.source->frame(1).copy(0, 0, 97, 81);
            const double mad = meanAbsDiff(back, cine.frames[1].image);
            QVERIFY2(mad < 6.0, qPrintable(QStringLiteral("%1: mean abs diff %2").arg(suffix).arg(mad)));
        }
        QString error;
        QVERIFY(!writeSynthVideo(makeCine(request(2, 1)), dir.filePath(QStringLiteral("x.mkv")), &error));
        QVERIFY(!writeSynthVideo(makeCine(request(2, 1)), QStringLiteral("/nonexistent-dir/x.avi"), &error));
    }

    void splitIsByPatientAndDeterministic()
    {
        QStringList ids;
        for (int i = 0; i < 20; ++i)
            ids << QStringLiteral("P%1").arg(i);
        const QMap<QString, QString> s = splitPatients(ids, 5);
        QCOMPARE(s.size(), 20);
        QCOMPARE(s, splitPatients(ids, 5));
        QVERIFY(s != splitPatients(ids, 6));
        QMap<QString, int> n;
        for (const QString& v : s)
            ++n[v];
        QCOMPARE(n.value(QStringLiteral("train")), 14);
        QCOMPARE(n.value(QStringLiteral("val")), 3);
        QCOMPARE(n.value(QStringLiteral("test")), 3);
    }

    void datasetFolder()
    {
        QTemporaryDir dir;
        DatasetRequest req;
        req.task = DatasetTask::Segmentation;
        req.patients = 8;
        req.framesPerWrist = 3;
        req.seed = 21;
        const CineFactory factory = [](const SynthRequest& r, const ns::jobs::Progress&) { return makeCine(r); };
        const DatasetResult result = generateDataset(req, dir.path(), factory);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.frames, 8 * 2 * 3);

        const QDir root(dir.path());
        const QStringList images = QDir(root.filePath(QStringLiteral("images"))).entryList(QDir::Files);
        const QStringList masks = QDir(root.filePath(QStringLiteral("masks"))).entryList(QDir::Files);
        const QList<QByteArray> csvLines = readAll(root.filePath(QStringLiteral("manifest.csv"))).trimmed().split('\n');
        QCOMPARE(images.size(), 48);
        QCOMPARE(masks, images);
        QCOMPARE(csvLines.size(), 49);
        QVERIFY(csvLines.first().startsWith("name,image,mask,split,patient,wrist,frame,view"));

        const QJsonObject doc = QJsonDocument::fromJson(readAll(root.filePath(QStringLiteral("manifest.json")))).object();
        QCOMPARE(doc.value(QStringLiteral("task")).toString(), QStringLiteral("segmentation"));
        const QJsonArray items = doc.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 48);
        QMap<QString, QString> splitOf;
        QSet<QString> splits;
        for (const QJsonValue& v : items) {
            const QJsonObject o = v.toObject();
            const QString patient = o.value(QStringLiteral("patient")).toString();
            const QString split = o.value(QStringLiteral("split")).toString();
            QVERIFY2(!splitOf.contains(patient) || splitOf.value(patient) == split, qPrintable(patient + " is in two splits"));
            splitOf.insert(patient, split);
            splits.insert(split);
            for (const QString& key : {QStringLiteral("grade"), QStringLiteral("profile"), QStringLiteral("level"),
                                       QStringLiteral("areaMm2"), QStringLiteral("pixelSpacingMm"), QStringLiteral("bifid"),
                                       QStringLiteral("nervePresent"), QStringLiteral("csaMm2"), QStringLiteral("cts")})
                QVERIFY2(o.contains(key), qPrintable(key));

            // The mask PNG is the ground-truth mask of the frame the plan says was made.
            const QImage mask(root.filePath(o.value(QStringLiteral("mask")).toString()));
            QVERIFY(!mask.isNull());
            const int patientIndex = patient.mid(4).toInt() - 1;
            const WristPlan plan = planWrist(req, patientIndex, o.value(QStringLiteral("wrist")).toString() == QLatin1String("left"));
            SynthRequest sr;
            sr.frames = plan.cines.first().second;
            sr.seed = plan.seed;
            sr.emptyFrames = plan.emptyFrames;
            const int frame = o.value(QStringLiteral("name")).toString().right(4).toInt();
            const QImage truth = makeCine(sr).frames[size_t(frame)].truth.mask;
            QVERIFY(mask.convertToFormat(QImage::Format_Grayscale8) == truth);
            const int count = countSet(mask);
            QCOMPARE(o.value(QStringLiteral("maskPixels")).toInt(), count);
            const double area = o.value(QStringLiteral("areaPx")).toDouble();
            if (o.value(QStringLiteral("nervePresent")).toBool())
                QVERIFY2(std::abs(area - count) <= 0.02 * area, qPrintable(QStringLiteral("%1 vs %2").arg(area).arg(count)));
            else
                QCOMPARE(count, 0);
            const QImage image(root.filePath(o.value(QStringLiteral("image")).toString()));
            QCOMPARE(image.format(), QImage::Format_Grayscale8);
        }
        QCOMPARE(splitOf.size(), 8);
        QCOMPARE(splits.size(), 3);

        // Same seed, same dataset.
        QTemporaryDir again;
        QVERIFY(generateDataset(req, again.path(), factory).ok);
        QCOMPARE(readAll(QDir(again.path()).filePath(QStringLiteral("manifest.csv"))), readAll(root.filePath(QStringLiteral("manifest.csv"))));

        // Wrists made three at a time come out written in the same order, with the same bytes.
        QTemporaryDir pooled;
        req.threads = 3;
        QVERIFY(generateDataset(req, pooled.path(), factory).ok);
        QCOMPARE(readAll(QDir(pooled.path()).filePath(QStringLiteral("manifest.csv"))), readAll(root.filePath(QStringLiteral("manifest.csv"))));
        for (const QString& f : images)
            QCOMPARE(readAll(QDir(pooled.path()).filePath(QStringLiteral("images/") + f)), readAll(root.filePath(QStringLiteral("images/") + f)));
    }

    void datasetTasksSampleGrades()
    {
        DatasetRequest req;
        req.patients = 200;
        req.task = DatasetTask::CtsBinary;
        int cts = 0;
        for (int p = 0; p < 200; ++p)
            for (bool left : {true, false}) {
                const WristPlan w = planWrist(req, p, left);
                cts += isCts(w.grade);
                QCOMPARE(w.cines.first().first, View::WristTransverse);
            }
        QVERIFY(cts > 150 && cts < 250); // about half of 400 wrists
        req.task = DatasetTask::CtsSeverity;
        req.framesPerWrist = 4;
        const WristPlan w = planWrist(req, 0, true);
        QCOMPARE(w.cines.size(), 2);
        QCOMPARE(w.cines[1].first, View::Longitudinal);
        DatasetTask t;
        QVERIFY(parseDatasetTask(QStringLiteral("cts-severity"), &t));
        QVERIFY(!parseDatasetTask(QStringLiteral("nope"), &t));
    }

    void datasetCancels()
    {
        QTemporaryDir dir;
        DatasetRequest req;
        req.patients = 5;
        req.framesPerWrist = 2;
        ns::jobs::CancelToken token;
        int calls = 0;
        const CineFactory factory = [&](const SynthRequest& r, const ns::jobs::Progress&) {
            if (++calls == 2)
                token.cancel();
            return makeCine(r);
        };
        const DatasetResult result = generateDataset(req, dir.path(), factory, ns::jobs::Progress({}, token));
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QCOMPARE(calls, 2);

        // On a pool, a cancel stops the wrists not yet started: of 50, at most the few
        // already running when it came are made.
        QTemporaryDir pooledDir;
        req.patients = 25;
        req.threads = 2;
        ns::jobs::CancelToken poolToken;
        std::atomic_int pooledCalls{0};
        const CineFactory pooledFactory = [&](const SynthRequest& r, const ns::jobs::Progress&) {
            if (++pooledCalls == 2)
                poolToken.cancel();
            return makeCine(r);
        };
        const DatasetResult pooled = generateDataset(req, pooledDir.path(), pooledFactory, ns::jobs::Progress({}, poolToken));
        QVERIFY(pooled.cancelled);
        QVERIFY2(pooledCalls.load() <= 6, qPrintable(QString::number(pooledCalls.load())));
    }
};

QTEST_GUILESS_MAIN(TestSynthWriters)
#include "test_synth_writers.moc"
