// DicomFrameSource on the project's real ultrasound files (../shared/testdata): decoding,
// SourceInfo, region calibration and measurements; plus pixel spacing, frame rates,
// default windows and the lazy, bounded loading of long cines.

#include "core/media/DicomFrameSource.h"
#include "core/media/MediaOpener.h"
#include "core/media/Openers.h"
#include "tests/TestData.h"
#include "tests/core/media/DicomTestSupport.h"
#include "tests/core/media/DicomTestWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

using namespace ns::testdata;
using namespace ns::media;

namespace {

QString attribute(const SourceInfo& info, const QString& label)
{
    for (const auto& [k, v] : info.attributes)
        if (k == label)
            return v;
    return QStringLiteral("<missing %1>").arg(label);
}

// A 64x64 8-bit frame whose pixels tell which frame they belong to.
QByteArray cineFrame(int index)
{
    QByteArray f(64 * 64, Qt::Uninitialized);
    for (int y = 0; y < 64; ++y)
        for (int x = 0; x < 64; ++x)
            f[y * 64 + x] = char((index * 7 + x + 3 * y) % 256);
    return f;
}

// PS3.5 Annex G RLE of one 8-bit frame, as literal runs only (so it never shrinks and
// each fragment stays larger than the loader's 4 KiB read limit).
QByteArray rleFrame(const QByteArray& pixels)
{
    QByteArray header(64, '\0');
    const quint32 segments = 1, offset = 64;
    std::memcpy(header.data(), &segments, 4);
    std::memcpy(header.data() + 4, &offset, 4);
    QByteArray body;
    for (int at = 0; at < pixels.size(); at += 128) {
        const int n = std::min<int>(128, int(pixels.size() - at));
        body.append(char(n - 1));
        body.append(pixels.mid(at, n));
    }
    return header + body;
}

} // namespace

class TestDicomSource : public QObject {
    Q_OBJECT

private slots:
    void sharedFilesDecodeTo480x640_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("US1_UNCR") << QStringLiteral("US1_UNCR.dcm");
        QTest::newRow("US1_J2KR") << QStringLiteral("US1_J2KR.dcm");
        QTest::newRow("ALOKA palette") << QStringLiteral("gdcm-US-ALOKA-16.dcm");
    }
    void sharedFilesDecodeTo480x640()
    {
        QFETCH(QString, file);
        const QString path = shared(file);
        NS_REQUIRE_FILE(path);
        OpenResult r = openMedia(path); // through the public entry point, by content
        QVERIFY2(r.source, qPrintable(r.error));
        QVERIFY(dynamic_cast<DicomFrameSource*>(r.source.get()));
        QCOMPARE(r.source->frameCount(), 1);
        QCOMPARE(r.source->frameSize(), QSize(640, 480));
        NS_FRAME(img, *r.source, 0);
        QCOMPARE(img.format(), QImage::Format_RGB888);
        QCOMPARE(img.size(), QSize(640, 480));
    }

    void jpeg2000EqualsUncompressed()
    {
        NS_REQUIRE_FILE(shared("US1_J2KR.dcm"));
        NS_REQUIRE_FILE(shared("US1_UNCR.dcm"));
        NS_OPEN_DICOM(j2k, shared("US1_J2KR.dcm"));
        NS_OPEN_DICOM(raw, shared("US1_UNCR.dcm"));
        QCOMPARE(j2k.info().photometric, QStringLiteral("YBR_RCT"));
        QCOMPARE(raw.info().photometric, QStringLiteral("RGB"));
        NS_FRAME(a, j2k, 0);
        NS_FRAME(b, raw, 0);
        const ImageDiff d = compareImages(a, b);
        QVERIFY2(d.problem.isEmpty(), qPrintable(d.problem));
        QCOMPARE(d.differing, qint64(0));
        QVERIFY(a == b);
        // Not a trivially uniform picture.
        QVERIFY(a.pixel(320, 240) != a.pixel(10, 470) || a.pixel(100, 100) != a.pixel(500, 300));
    }

    void sourceInfoOfUltrasoundFile()
    {
        const QString path = shared(QStringLiteral("US1_J2KR.dcm"));
        NS_REQUIRE_FILE(path);
        NS_OPEN_DICOM(s, path);
        const SourceInfo& i = s.info();
        QCOMPARE(i.kind, SourceKind::Dicom);
        QCOMPARE(i.path, path);
        QCOMPARE(i.formatName, QStringLiteral("DICOM Ultrasound Image"));
        QCOMPARE(i.transferSyntaxUid, QStringLiteral("1.2.840.10008.1.2.4.90"));
        QCOMPARE(i.transferSyntax, QStringLiteral("JPEG 2000 (Lossless only)"));
        QCOMPARE(i.samplesPerPixel, 3);
        QCOMPARE(i.bitsAllocated, 8);
        QCOMPARE(i.bitsStored, 8);
        QVERIFY(!i.isSigned);
        QCOMPARE(i.signedOffset, 0);
        QVERIFY(!i.defaultWindow);
        QCOMPARE(s.frameRate(), 0.0);
        QCOMPARE(attribute(i, QStringLiteral("Patient name")), QStringLiteral("CompressedSamples US1"));
        QCOMPARE(attribute(i, QStringLiteral("Patient ID")), QStringLiteral("13US1"));
        QCOMPARE(attribute(i, QStringLiteral("Study date")), QStringLiteral("2004-08-26"));
        QCOMPARE(attribute(i, QStringLiteral("Modality")), QStringLiteral("US"));
        QCOMPARE(attribute(i, QStringLiteral("Manufacturer")), QStringLiteral("G.E. Medical Systems"));
        QCOMPARE(attribute(i, QStringLiteral("SOP Class")), QStringLiteral("DICOM Ultrasound Image"));
        QCOMPARE(attribute(i, QStringLiteral("Transfer syntax")),
                 QStringLiteral("JPEG 2000 (Lossless only) (1.2.840.10008.1.2.4.90)"));
        QCOMPARE(attribute(i, QStringLiteral("Photometric")), QStringLiteral("YBR_RCT"));
        QCOMPARE(attribute(i, QStringLiteral("Frames")), QStringLiteral("1"));
        QCOMPARE(attribute(i, QStringLiteral("Size")), QStringLiteral("640 x 480 pixels"));
        QCOMPARE(attribute(i, QStringLiteral("Frame rate")), QStringLiteral("not given"));
        QCOMPARE(attribute(i, QStringLiteral("Calibration")), s.calibration().describe());
        // Patient first: the panel shows the most useful lines at the top.
        QCOMPARE(i.attributes.first().first, QStringLiteral("Patient name"));
    }

    void alokaPaletteAndRegions()
    {
        const QString path = shared(QStringLiteral("gdcm-US-ALOKA-16.dcm"));
        NS_REQUIRE_FILE(path);
        NS_OPEN_DICOM(s, path);
        QCOMPARE(s.info().photometric, QStringLiteral("PALETTE COLOR"));
        QCOMPARE(s.info().transferSyntaxUid, QStringLiteral("1.2.840.10008.1.2"));
        QCOMPARE(s.info().bitsAllocated, 16);
        QCOMPARE(s.info().formatName, QStringLiteral("DICOM Ultrasound Image"));
        QCOMPARE(attribute(s.info(), QStringLiteral("Manufacturer")), QStringLiteral("ALOKA CO., LTD."));
        QCOMPARE(attribute(s.info(), QStringLiteral("Calibration")),
                 QStringLiteral("3 ultrasound regions, 2 spatially calibrated"));

        const Calibration& c = s.calibration();
        QCOMPARE(c.kind(), Calibration::Kind::UltrasoundRegions);
        QCOMPARE(c.regions().size(), 3);
        const UltrasoundRegion& left = c.regions()[0];
        const UltrasoundRegion& right = c.regions()[1];
        const UltrasoundRegion& small = c.regions()[2];
        QCOMPARE(left.bounds, QRect(QPoint(32, 24), QPoint(335, 415)));
        QCOMPARE(right.bounds, QRect(QPoint(336, 24), QPoint(639, 415)));
        QCOMPARE(small.bounds, QRect(QPoint(32, 40), QPoint(63, 103)));
        QCOMPARE(left.bounds.width(), 304); // inclusive: 32..335
        for (const UltrasoundRegion* r : {&left, &right}) {
            QCOMPARE(r->spatialFormat, 1);
            QCOMPARE(r->dataType, 1);
            QCOMPARE(r->unitsX, PhysicalUnits::Centimetre);
            QCOMPARE(r->unitsY, PhysicalUnits::Centimetre);
            QVERIFY(qAbs(r->physicalDeltaX - 0.0382653) < 1e-7);
            QVERIFY(qAbs(r->physicalDeltaY - 0.0382653) < 1e-7);
            QVERIFY(r->isSpatiallyCalibrated());
        }
        QCOMPARE(small.dataType, 13);
        QCOMPARE(small.unitsX, PhysicalUnits::None);
        QCOMPARE(small.physicalDeltaX, 0.0);
        QVERIFY(!small.isSpatiallyCalibrated());
    }

    void alokaMeasurements()
    {
        const QString path = shared(QStringLiteral("gdcm-US-ALOKA-16.dcm"));
        NS_REQUIRE_FILE(path);
        NS_OPEN_DICOM(s, path);
        const Calibration& c = s.calibration();

        // PhysicalDelta is 0.0382653 cm = 0.382653 mm per pixel, so 10 px are 3.8265 mm
        // and a 10 x 10 px square is the README's 14.642 mm^2. (The README calls that a
        // 100 x 100 px square; a 100 px side is 38.265 mm, so that square is 1464.2 mm^2.)
        const MeasurementScale small = c.scaleFor(QPolygonF(QRectF(150, 150, 10, 10)));
        QVERIFY2(small.valid, qPrintable(small.reason));
        QCOMPARE(small.regionIndex, 0);
        QVERIFY(qAbs(small.mmPerPixelX * 10 - 3.8265) < 0.0001);
        QVERIFY(qAbs(small.areaMm2(100) - 14.642) < 0.001);

        const MeasurementScale square = c.scaleFor(QPolygonF(QRectF(100, 100, 100, 100)));
        QVERIFY2(square.valid, qPrintable(square.reason));
        QCOMPARE(square.regionIndex, 0);
        QVERIFY(qAbs(square.areaMm2(10000) - 1464.23) < 0.01);

        const MeasurementScale inRight = c.scaleFor(QPolygonF(QRectF(400, 100, 100, 100)));
        QVERIFY(inRight.valid);
        QCOMPARE(inRight.regionIndex, 1);

        const MeasurementScale across = c.scaleFor(QPolygonF(QRectF(300, 100, 70, 70)));
        QVERIFY(!across.valid);
        QVERIFY2(across.reason.contains(QLatin1String("crosses")), qPrintable(across.reason));

        const MeasurementScale uncalibrated = c.scaleFor(QPolygonF(QRectF(40, 50, 10, 10)));
        QVERIFY(!uncalibrated.valid);
        QCOMPARE(uncalibrated.regionIndex, 2);
        QVERIFY2(uncalibrated.reason.contains(QLatin1String("no spatial calibration")),
                 qPrintable(uncalibrated.reason));
    }

    void pixelSpacingFallbacks()
    {
        NS_OPEN_DICOM(mr, pydicom(QStringLiteral("MR_small.dcm")));
        QCOMPARE(mr.calibration().kind(), Calibration::Kind::PixelSpacing);
        QCOMPARE(*mr.calibration().pixelSpacingMm(), QPointF(0.3125, 0.3125));

        QTemporaryDir dir;
        DicomTestWriter w;
        w.pixelModule({4, 4, 1, 8, 8, 7, 0, 0, "MONOCHROME2", 1});
        w.str(0x0018, 0x1164, "DS", "0.25\\0.5"); // Imager Pixel Spacing: row, column
        w.nativePixels(QByteArray(16, '\x10'));
        const QString path = dir.filePath(QStringLiteral("imager.dcm"));
        QVERIFY(w.save(path));
        NS_OPEN_DICOM(s, path);
        QCOMPARE(s.calibration().kind(), Calibration::Kind::PixelSpacing);
        QCOMPARE(*s.calibration().pixelSpacingMm(), QPointF(0.5, 0.25)); // x = column spacing
        const MeasurementScale scale = s.calibration().scaleFor(QPolygonF(QRectF(0, 0, 2, 2)));
        QVERIFY(scale.valid);
        QCOMPARE(scale.areaMm2(4), 0.5);

        DicomTestWriter none;
        none.pixelModule({4, 4, 1, 8, 8, 7, 0, 0, "MONOCHROME2", 1});
        none.nativePixels(QByteArray(16, '\x10'));
        QVERIFY(none.save(dir.filePath(QStringLiteral("none.dcm"))));
        NS_OPEN_DICOM(n, dir.filePath(QStringLiteral("none.dcm")));
        QCOMPARE(n.calibration().kind(), Calibration::Kind::None);
        QVERIFY(!n.calibration().scaleFor(QPolygonF(QRectF(0, 0, 2, 2))).valid);
    }

    void frameRate_data()
    {
        QTest::addColumn<int>("frames");
        QTest::addColumn<QByteArray>("tag");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<double>("fps");
        QTest::newRow("Cine Rate") << 3 << QByteArray("0018,0040") << QByteArray("25") << 25.0;
        QTest::newRow("Frame Time 40 ms") << 3 << QByteArray("0018,1063") << QByteArray("40") << 25.0;
        QTest::newRow("Frame Time Vector") << 3 << QByteArray("0018,1065") << QByteArray("0\\20\\20") << 50.0;
        QTest::newRow("Recommended Display Frame Rate") << 3 << QByteArray("0008,2144") << QByteArray("15") << 15.0;
        QTest::newRow("multi-frame, nothing given") << 3 << QByteArray() << QByteArray() << 0.0;
        QTest::newRow("single frame, nothing given") << 1 << QByteArray() << QByteArray() << 0.0;
    }
    void frameRate()
    {
        QFETCH(int, frames);
        QFETCH(QByteArray, tag);
        QFETCH(QByteArray, value);
        QFETCH(double, fps);
        QTemporaryDir dir;
        DicomTestWriter w;
        w.pixelModule({8, 8, 1, 8, 8, 7, 0, 0, "MONOCHROME2", frames});
        if (tag == "0018,0040")
            w.str(0x0018, 0x0040, "IS", value);
        else if (tag == "0018,1063")
            w.str(0x0018, 0x1063, "DS", value);
        else if (tag == "0018,1065")
            w.str(0x0018, 0x1065, "DS", value);
        else if (tag == "0008,2144")
            w.str(0x0008, 0x2144, "IS", value);
        w.nativePixels(QByteArray(64 * frames, '\x20'));
        const QString path = dir.filePath(QStringLiteral("rate.dcm"));
        QVERIFY(w.save(path));
        NS_OPEN_DICOM(s, path);
        QCOMPARE(s.frameCount(), frames);
        QCOMPARE(s.frameRate(), fps);
    }

    void windowIsInFrameValues()
    {
        // MR_small: Window 600/1600 on signed 16-bit data -> frame values are shifted by 32768.
        NS_OPEN_DICOM(mr, pydicom(QStringLiteral("MR_small.dcm")));
        QVERIFY(mr.info().isSigned);
        QCOMPARE(mr.info().signedOffset, 32768);
        QVERIFY(mr.info().defaultWindow);
        QCOMPARE(mr.info().defaultWindow->center, 600.0 + 32768);
        QCOMPARE(mr.info().defaultWindow->width, 1600.0);

        // CR MONOCHROME1, 12 bits, Rescale 0.684/200, Window 1600/2800: the window is
        // undone through the rescale, then mirrored with the inverted frame values.
        const QString cr = pydicom(QStringLiteral("dicomdirtests/77654033/CR1/6154"));
        NS_OPEN_DICOM(c, cr);
        QCOMPARE(c.info().photometric, QStringLiteral("MONOCHROME1"));
        QVERIFY(c.info().defaultWindow);
        QVERIFY(qAbs(c.info().defaultWindow->center - (4095 - (1600 - 200) / 0.684)) < 1e-6);
        QVERIFY(qAbs(c.info().defaultWindow->width - 2800 / 0.684) < 1e-6);
        NS_FRAME(img, c, 0);
        QCOMPARE(img.format(), QImage::Format_Grayscale16);
    }

    void longCineIsReadLazily()
    {
        QTemporaryDir dir;
        DicomTestWriter w("1.2.840.10008.1.2.1", "1.2.840.10008.5.1.4.1.1.3.1");
        w.pixelModule({64, 64, 1, 8, 8, 7, 0, 0, "MONOCHROME2", 1000});
        w.str(0x0018, 0x0040, "IS", "30");
        QByteArray pixels;
        pixels.reserve(1000 * 4096);
        for (int i = 0; i < 1000; ++i)
            pixels += cineFrame(i);
        w.nativePixels(pixels);
        const QString path = dir.filePath(QStringLiteral("cine.dcm"));
        QVERIFY(w.save(path));

        QElapsedTimer t;
        t.start();
        QString error;
        std::unique_ptr<DicomFrameSource> s = DicomFrameSource::open(path, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY2(t.elapsed() < 2000, "opening must not read the 4 MB of pixels");
        QCOMPARE(s->frameCount(), 1000);
        QCOMPARE(s->frameSize(), QSize(64, 64));
        QCOMPARE(s->frameRate(), 30.0);
        QCOMPARE(s->info().formatName, QStringLiteral("DICOM Ultrasound Multiframe Image"));
        QCOMPARE(s->pixelBytesInMemory(), qint64(0));

        s->cache().setBudgetBytes(5 * 64 * 64); // five 8-bit frames
        for (int i : {0, 999, 500, 1, 2, 3, 4, 5, 6, 7, 8, 9, 998, 10}) {
            NS_FRAME(img, *s, i);
            QCOMPARE(img.format(), QImage::Format_Grayscale8);
            QCOMPARE(int(img.constScanLine(0)[0]), (i * 7) % 256);
            QCOMPARE(int(img.constScanLine(63)[63]), (i * 7 + 63 + 189) % 256);
            QVERIFY(s->cache().framesHeld() <= 5);
        }
        QCOMPARE(s->pixelBytesInMemory(), qint64(0)); // frames came from the file, not the dataset
        QString err;
        QVERIFY(s->frame(1000, &err).isNull());
    }

    void compressedCineIsReadLazily()
    {
        // 300 RLE frames through DCMTK's codec, read out of order: each fragment is read
        // from the file for its frame and dropped again.
        QTemporaryDir dir;
        DicomTestWriter w("1.2.840.10008.1.2.5", "1.2.840.10008.5.1.4.1.1.3.1");
        w.pixelModule({64, 64, 1, 8, 8, 7, 0, 0, "MONOCHROME2", 300});
        w.str(0x0018, 0x1063, "DS", "20");
        QList<QByteArray> fragments;
        for (int i = 0; i < 300; ++i)
            fragments.append(rleFrame(cineFrame(i)));
        w.encapsulatedPixels(fragments, {});
        const QString path = dir.filePath(QStringLiteral("rle-cine.dcm"));
        QVERIFY(w.save(path));
        QString error;
        std::unique_ptr<DicomFrameSource> s = DicomFrameSource::open(path, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->frameCount(), 300);
        QCOMPARE(s->frameRate(), 50.0);
        QCOMPARE(s->info().transferSyntaxUid, QStringLiteral("1.2.840.10008.1.2.5"));
        QCOMPARE(s->pixelBytesInMemory(), qint64(0));
        s->cache().setBudgetBytes(3 * 64 * 64);
        for (int i : {299, 0, 150, 151, 7, 298}) {
            NS_FRAME(img, *s, i);
            const QByteArray expected = cineFrame(i);
            const QImage reference(reinterpret_cast<const uchar*>(expected.constData()), 64, 64, 64,
                                   QImage::Format_Grayscale8);
            QCOMPARE(img, reference);
            QVERIFY(s->cache().framesHeld() <= 3);
        }
        QCOMPARE(s->pixelBytesInMemory(), qint64(0));

        // The viewer prefetches on worker threads: concurrent frame() calls on one source
        // must each get their own, correct frame.
        s->cache().setBudgetBytes(0);
        QList<int> indices;
        for (int i = 0; i < 300; i += 3)
            indices << i;
        const QList<bool> ok = QtConcurrent::blockingMapped(indices, [&s](int i) {
            const QImage img = s->frame(i);
            return !img.isNull() && int(img.constScanLine(5)[9]) == (i * 7 + 9 + 15) % 256;
        });
        QVERIFY(!ok.contains(false));
    }
};

QTEST_GUILESS_MAIN(TestDicomSource)
#include "test_dicom_source.moc"
