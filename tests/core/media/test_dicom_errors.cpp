// Bad input never crashes or hangs: every failure is one sentence naming the file
// ("Cannot open <path>: <reason>." or "Frame N of <path> could not be decoded: ...").

#include "core/media/DicomFrameSource.h"
#include "core/media/Openers.h"
#include "tests/TestData.h"
#include "tests/core/media/DicomTestSupport.h"
#include "tests/core/media/DicomTestWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ns::testdata;
using namespace ns::media;

class TestDicomErrors : public QObject {
    Q_OBJECT

private slots:
    void badInput_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        m_bad.reset(new QTemporaryDir);
        const QDir dir(m_bad->path());
        auto write = [&](const QString& name, const QByteArray& bytes) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::WriteOnly))
                f.write(bytes);
            return dir.filePath(name);
        };
        QRandomGenerator rng(1234);
        QByteArray noise(64 * 1024, Qt::Uninitialized);
        for (char& b : noise)
            b = char(rng.bounded(256));
        QByteArray preambleNoise = QByteArray(128, '\0') + "DICM" + noise;

        DicomTestWriter cine;
        cine.pixelModule({64, 64, 1, 8, 8, 7, 0, 0, "MONOCHROME2", 4});
        cine.nativePixels(QByteArray(4 * 64 * 64, '\x40'));
        const QString cut = dir.filePath(QStringLiteral("cut-in-pixels.dcm"));
        cine.save(cut, cine.bytes().size() - 5000); // frame 3 and 4 partly missing

        DicomTestWriter mpeg("1.2.840.10008.1.2.4.100"); // MPEG2 video: not decodable here
        mpeg.pixelModule({64, 64, 1, 8, 8, 7, 0, 0, "MONOCHROME2", 1});
        mpeg.encapsulatedPixels({QByteArray(100, '\x01')}, {});
        const QString mpegPath = dir.filePath(QStringLiteral("mpeg2.dcm"));
        mpeg.save(mpegPath);

        QTest::newRow("truncated MR (pydicom)") << pydicom("MR_truncated.dcm") << QStringLiteral("truncated");
        QTest::newRow("truncated RT plan (pydicom)") << pydicom("rtplan_truncated.dcm") << QStringLiteral("damaged");
        QTest::newRow("structured report, no pixels") << pydicom("test-SR.dcm") << QStringLiteral("holds no image");
        QTest::newRow("RT plan, no pixels") << pydicom("rtplan.dcm") << QStringLiteral("holds no image");
        QTest::newRow("32-bit dose grid") << pydicom("rtdose.dcm")
                                          << QStringLiteral("32-bit pixel data is not supported");
        QTest::newRow("random bytes") << write(QStringLiteral("noise.bin"), noise)
                                      << QStringLiteral("not a DICOM file");
        QTest::newRow("random bytes after DICM") << write(QStringLiteral("noise.dcm"), preambleNoise)
                                                 << QStringLiteral("damaged");
        QTest::newRow("text file") << pydicom("README.txt") << QStringLiteral("not a DICOM file");
        QTest::newRow("zero-length") << write(QStringLiteral("empty.dcm"), {}) << QStringLiteral("empty");
        QTest::newRow("truncated in pixel data") << cut << QStringLiteral("truncated");
        QTest::newRow("unsupported transfer syntax") << mpegPath << QStringLiteral("MPEG2");
        QTest::newRow("missing") << dir.filePath(QStringLiteral("nope.dcm")) << QStringLiteral("does not exist");
        QTest::newRow("folder") << m_bad->path() << QStringLiteral("folder");
    }
    void badInput()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        if (!path.startsWith(m_bad->path()))
            NS_REQUIRE_FILE(path);
        QElapsedTimer t;
        t.start();
        const OpenResult r = openDicomFile(path);
        QVERIFY2(t.elapsed() < 5000, "opening bad input must not hang");
        QVERIFY(!r.source);
        if (qEnvironmentVariableIsSet("NS_DICOM_TEST_VERBOSE"))
            qInfo("%s", qPrintable(r.error));
        const QString prefix = QStringLiteral("Cannot open %1: ").arg(QDir::toNativeSeparators(path));
        QVERIFY2(r.error.startsWith(prefix), qPrintable(r.error));
        QVERIFY2(r.error.endsWith(QLatin1Char('.')), qPrintable(r.error));
        QVERIFY2(r.error.contains(reason), qPrintable(r.error));
        QCOMPARE(r.error.count(QLatin1Char('\n')), 0);
    }

    void damagedCopiesNeverCrashOrHang()
    {
        // 400 damaged copies (cut short, bytes overwritten, bytes inserted) of files with
        // different codecs: each one fails to open with a sentence, or opens and then
        // decodes each frame or explains why not. A crash or hang fails the whole run.
        const QStringList seeds = {pydicom("MR_small.dcm"), pydicom("MR_small_jp2klossless.dcm"),
                                   pydicom("MR_small_jpeg_ls_lossless.dcm"), pydicom("SC_rgb_rle_2frame.dcm"),
                                   pydicom("SC_rgb_jpeg_dcmtk.dcm"), pydicom("SC_ybr_full_422_uncompressed.dcm"),
                                   pydicom("JPGExtended.dcm"), shared("US1_J2KR.dcm"), shared("gdcm-US-ALOKA-16.dcm")};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.dcm"));
        QRandomGenerator rng(2024);
        QElapsedTimer total;
        total.start();
        int opened = 0;
        for (int it = 0; it < 400; ++it) {
            const QString seed = seeds[it % seeds.size()];
            NS_REQUIRE_FILE(seed);
            QFile in(seed);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QByteArray b = in.readAll();
            switch (rng.bounded(3)) {
            case 0: b.truncate(rng.bounded(b.size())); break;
            case 1:
                for (int k = 0; k < 1 + rng.bounded(16); ++k)
                    b[rng.bounded(b.size())] = char(rng.bounded(256));
                break;
            default: b.insert(rng.bounded(b.size()), QByteArray(1 + rng.bounded(7), char(rng.bounded(256)))); break;
            }
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(b);
            out.close();
            const OpenResult r = openDicomFile(path);
            if (!r.source) {
                QVERIFY2(r.error.startsWith(QStringLiteral("Cannot open ")), qPrintable(r.error));
                continue;
            }
            ++opened;
            for (int f = 0; f < std::min(3, r.source->frameCount()); ++f) {
                QString error;
                if (r.source->frame(f, &error).isNull())
                    QVERIFY2(error.startsWith(QStringLiteral("Frame %1 of ").arg(f + 1)), qPrintable(error));
            }
        }
        QVERIFY(opened > 50); // the damage is not all in the header
        QVERIFY2(total.elapsed() < 15000, "damaged files must fail fast");
    }

    void ambiguousFragmentsAreRefused()
    {
        // Two frames, three fragments, no table and no markers: no way to tell.
        DicomTestWriter w("1.2.840.10008.1.2.4.90");
        w.pixelModule({64, 64, 1, 8, 8, 7, 0, 0, "MONOCHROME2", 2});
        w.encapsulatedPixels({QByteArray(10, 'a'), QByteArray(10, 'b'), QByteArray(10, 'c')}, {});
        const QString path = m_dir.filePath(QStringLiteral("ambiguous.dcm"));
        QVERIFY(w.save(path));
        const OpenResult r = openDicomFile(path);
        QVERIFY(!r.source);
        QVERIFY2(r.error.contains(QLatin1String("fragments")), qPrintable(r.error));
    }

private:
    std::unique_ptr<QTemporaryDir> m_bad;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDicomErrors)
#include "test_dicom_errors.moc"
