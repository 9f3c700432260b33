// Our DICOM decoding checked against independent decoders on real files: pydicom (numpy,
// RLE and deflate handlers) for uncompressed data, GDCM (gdcmconv --raw) for every
// compressed transfer syntax, and lossless files against their uncompressed twins.

#include "core/media/DicomFrameSource.h"
#include "core/media/Openers.h"
#include "tests/TestData.h"
#include "tests/core/media/DicomTestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace ns::testdata;
using ns::media::FrameSource;

namespace {

const char* const kPydicomScript = NERVESCOPE_SOURCE_ROOT "/tests/core/media/pydicom_pixels.py";
const char* const kPython = "/usr/bin/python3"; // Debian's, which has pydicom; not a pyenv one
const char* const kGdcmconv = "/usr/bin/gdcmconv";

// Files pydicom decodes by itself (uncompressed, RLE, deflate), with how our frame values
// relate to pydicom's stored values: + offset (signed data), inverted against invertMax
// (MONOCHROME1), >> shift (more than 8 bits per colour channel).
struct PydicomCase {
    const char* name;
    QString path;
    int offset;
    int invertMax;
    int shift;
    int tolerance; // pydicom converts YBR in float32, we in double; they agree on these files
};

QList<PydicomCase> pydicomCases()
{
    return {
        {"MR_small (16-bit signed, explicit LE)", pydicom("MR_small.dcm"), 32768, 0, 0, 0},
        {"MR_small_implicit", pydicom("MR_small_implicit.dcm"), 32768, 0, 0, 0},
        {"MR_small_bigendian", pydicom("MR_small_bigendian.dcm"), 32768, 0, 0, 0},
        {"MR_small_expb", pydicom("MR_small_expb.dcm"), 32768, 0, 0, 0},
        {"MR_small_padded", pydicom("MR_small_padded.dcm"), 32768, 0, 0, 0},
        {"MR_small_RLE", pydicom("MR_small_RLE.dcm"), 32768, 0, 0, 0},
        {"CT_small (16-bit signed)", pydicom("CT_small.dcm"), 32768, 0, 0, 0},
        {"image_dfl (deflated)", pydicom("image_dfl.dcm"), 0, 0, 0, 0},
        {"liver_1frame (1-bit)", pydicom("liver_1frame.dcm"), 0, 0, 0, 0},
        {"liver_expb_1frame (1-bit, big endian)", pydicom("liver_expb_1frame.dcm"), 0, 0, 0, 0},
        {"CR MONOCHROME1 12-bit", pydicom("dicomdirtests/77654033/CR1/6154"), 0, 4095, 0, 0},
        {"SC_rgb_rle", pydicom("SC_rgb_rle.dcm"), 0, 0, 0, 0},
        {"SC_rgb_rle_2frame (multi-frame RLE)", pydicom("SC_rgb_rle_2frame.dcm"), 0, 0, 0, 0},
        {"SC_rgb_rle_16bit", pydicom("SC_rgb_rle_16bit.dcm"), 0, 0, 8, 0},
        {"SC_rgb_rle_16bit_2frame", pydicom("SC_rgb_rle_16bit_2frame.dcm"), 0, 0, 8, 0},
        {"ExplVR_BigEnd (RGB planar, big endian)", pydicom("ExplVR_BigEnd.dcm"), 0, 0, 0, 0},
        {"SC_rgb_jpeg_dcmd (RGB implicit LE)", pydicom("SC_rgb_jpeg_dcmd.dcm"), 0, 0, 0, 0},
        {"SC_rgb_small_odd (3x3 RGB)", pydicom("SC_rgb_small_odd.dcm"), 0, 0, 0, 0},
        {"SC_ybr_full_422_uncompressed", pydicom("SC_ybr_full_422_uncompressed.dcm"), 0, 0, 0, 0},
        {"US1_UNCR (shared, RGB)", shared("US1_UNCR.dcm"), 0, 0, 0, 0},
        {"gdcm-US-ALOKA-16 (shared, segmented palette)", shared("gdcm-US-ALOKA-16.dcm"), 0, 0, 8, 0},
    };
}

// Compressed files and how far our decode may be from GDCM's decode of the same file.
// All match exactly today, lossy JPEG included: GDCM hands back YCbCr which our converter
// turns into RGB, DCMTK's libjpeg converts in fixed point, and the two agree. A tolerance
// is kept per file in case another libjpeg rounds differently.
struct GdcmCase {
    const char* name;
    const char* file;
    int tolerance;
};

QList<GdcmCase> gdcmCases()
{
    return {
        {"JPEG baseline YBR_FULL (dcmtk)", "SC_rgb_jpeg_dcmtk.dcm", 0},
        {"JPEG baseline YBR_FULL +n1", "SC_rgb_dcmtk_+eb+cy+n1.dcm", 0},
        {"JPEG baseline YBR_FULL +n2", "SC_rgb_dcmtk_+eb+cy+n2.dcm", 0},
        {"JPEG baseline YBR_FULL_422 +np", "SC_rgb_dcmtk_+eb+cy+np.dcm", 0},
        {"JPEG baseline YBR_FULL_422 +s2", "SC_rgb_dcmtk_+eb+cy+s2.dcm", 0},
        {"JPEG baseline YBR_FULL +s4", "SC_rgb_dcmtk_+eb+cy+s4.dcm", 0},
        {"JPEG baseline RGB (dcmtk +cr)", "SC_rgb_dcmtk_+eb+cr.dcm", 0},
        {"JPEG baseline RGB (gdcm)", "SC_rgb_jpeg_lossy_gdcm.dcm", 0},
        {"JPEG baseline 3x3 YBR_FULL", "SC_rgb_small_odd_jpeg.dcm", 0},
        {"JPEG lossless SV1 RGB", "SC_rgb_jpeg_gdcm.dcm", 0},
        {"JPEG extended 12-bit", "JPGExtended.dcm", 0},
        {"JPEG extended 12-bit (lossy)", "JPEG-lossy.dcm", 0},
        {"JPEG-LS lossless", "MR_small_jpeg_ls_lossless.dcm", 0},
        {"JPEG 2000 lossless", "MR_small_jp2klossless.dcm", 0},
        {"JPEG 2000 lossy", "JPEG2000.dcm", 0},
        {"JPEG 2000 14-bit signed", "693_J2KI.dcm", 0},
        {"JPEG 2000 YBR_RCT", "GDCMJ2K_TextGBR.dcm", 0},
        {"JPEG 2000 RGB", "SC_rgb_gdcm_KY.dcm", 0},
        {"JPEG 2000 Pixel Representation mismatch", "J2K_pixelrep_mismatch.dcm", 0},
        {"RLE 16-bit signed", "MR_small_RLE.dcm", 0},
        {"RLE RGB 2 frames", "SC_rgb_rle_2frame.dcm", 0},
    };
}

// pydicom's array as written by pydicom_pixels.py.
struct RefArray {
    QString dtype;
    QList<qint64> shape;
    QByteArray data;

    qint64 at(qint64 i) const
    {
        const char* p = data.constData();
        if (dtype == QLatin1String("uint8") || dtype == QLatin1String("bool"))
            return quint8(p[i]);
        if (dtype == QLatin1String("int8"))
            return qint8(p[i]);
        if (dtype == QLatin1String("uint16"))
            return qFromLittleEndian<quint16>(p + 2 * i);
        if (dtype == QLatin1String("int16"))
            return qFromLittleEndian<qint16>(p + 2 * i);
        return -1;
    }
    qint64 count() const
    {
        const bool wide = dtype == QLatin1String("uint16") || dtype == QLatin1String("int16");
        return data.size() / (wide ? 2 : 1);
    }
};

bool readRef(const QString& path, RefArray* out, QString* why)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        QFile err(QString(path).replace(QLatin1String(".raw"), QLatin1String(".err")));
        *why = err.open(QIODevice::ReadOnly) ? QString::fromUtf8(err.readAll()) : QStringLiteral("no output");
        return false;
    }
    const QList<QByteArray> header = f.readLine().trimmed().split(' ');
    out->dtype = QString::fromLatin1(header.value(0));
    for (int i = 1; i < header.size(); ++i)
        out->shape.append(header[i].toLongLong());
    out->data = f.readAll();
    return true;
}

} // namespace

class TestDicomCodecs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        NS_REQUIRE_FILE(QString::fromLatin1(kPython));
        NS_REQUIRE_FILE(QString::fromLatin1(kGdcmconv));
        NS_REQUIRE_FILE(QString::fromLatin1(kPydicomScript));
        QStringList args{QString::fromLatin1(kPydicomScript), m_dir.filePath(QStringLiteral("py"))};
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("py")));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("gdcm")));
        for (const PydicomCase& c : pydicomCases()) {
            NS_REQUIRE_FILE(c.path);
            args << c.path;
        }
        QProcess py;
        py.start(QString::fromLatin1(kPython), args);
        QVERIFY2(py.waitForFinished(60000), "pydicom helper did not finish");
        QVERIFY2(py.exitStatus() == QProcess::NormalExit && py.exitCode() == 0, py.readAllStandardError().constData());

        for (const GdcmCase& c : gdcmCases()) {
            const QString in = pydicom(QString::fromLatin1(c.file));
            NS_REQUIRE_FILE(in);
            QProcess conv;
            const QString out = m_dir.filePath(QStringLiteral("gdcm/") + QString::fromLatin1(c.file));
            conv.start(QString::fromLatin1(kGdcmconv), {QStringLiteral("--raw"), in, out});
            QVERIFY2(conv.waitForFinished(30000), c.file);
            QVERIFY2(conv.exitCode() == 0, qPrintable(QStringLiteral("gdcmconv failed on %1").arg(c.file)));
        }
    }

    void matchesPydicom_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("invertMax");
        QTest::addColumn<int>("shift");
        QTest::addColumn<int>("tolerance");
        for (const PydicomCase& c : pydicomCases())
            QTest::newRow(c.name) << c.path << c.offset << c.invertMax << c.shift << c.tolerance;
    }

    void matchesPydicom()
    {
        QFETCH(QString, path);
        QFETCH(int, offset);
        QFETCH(int, invertMax);
        QFETCH(int, shift);
        QFETCH(int, tolerance);
        RefArray ref;
        QString why;
        const QString refPath = m_dir.filePath(QStringLiteral("py/%1.raw").arg(QFileInfo(path).fileName()));
        if (!readRef(refPath, &ref, &why))
            QFAIL(qPrintable(QStringLiteral("pydicom could not decode %1: %2").arg(path, why)));
        NS_OPEN_DICOM(source, path);
        QCOMPARE(source.info().signedOffset, offset);

        const int frames = source.frameCount();
        const int w = source.frameSize().width(), h = source.frameSize().height();
        for (int f = 0; f < frames; ++f) {
            NS_FRAME(img, source, f);
            QCOMPARE(img.size(), QSize(w, h));
            const int ch = channels(img);
            QCOMPARE(ref.count(), qint64(frames) * w * h * ch);
            int worst = 0;
            for (int y = 0; y < h; ++y)
                for (int x = 0; x < w; ++x)
                    for (int c = 0; c < ch; ++c) {
                        qint64 expected = ref.at(((qint64(f) * h + y) * w + x) * ch + c) + offset;
                        if (invertMax)
                            expected = invertMax - expected;
                        expected >>= shift;
                        worst = std::max(worst, int(std::abs(sampleAt(img, x, y, c) - expected)));
                    }
            QVERIFY2(worst <= tolerance,
                     qPrintable(QStringLiteral("frame %1 differs from pydicom by up to %2").arg(f).arg(worst)));
        }
    }

    void matchesUncompressedTwin_data()
    {
        QTest::addColumn<QString>("encoded");
        QTest::addColumn<QString>("plain");
        QTest::newRow("JPEG-LS lossless") << pydicom("MR_small_jpeg_ls_lossless.dcm") << pydicom("MR_small.dcm");
        QTest::newRow("JPEG 2000 lossless") << pydicom("MR_small_jp2klossless.dcm") << pydicom("MR_small.dcm");
        QTest::newRow("RLE") << pydicom("MR_small_RLE.dcm") << pydicom("MR_small.dcm");
        QTest::newRow("big endian") << pydicom("MR_small_bigendian.dcm") << pydicom("MR_small.dcm");
        QTest::newRow("implicit VR") << pydicom("MR_small_implicit.dcm") << pydicom("MR_small.dcm");
        QTest::newRow("JPEG 2000 YBR_RCT (shared)") << shared("US1_J2KR.dcm") << shared("US1_UNCR.dcm");
        // CT_small without its meta header; pydicom itself misreads it as implicit VR.
        QTest::newRow("no file meta header") << pydicom("no_meta.dcm") << pydicom("CT_small.dcm");
        QTest::newRow("JPEG lossless vs RLE") << pydicom("SC_rgb_jpeg_gdcm.dcm") << pydicom("SC_rgb_rle.dcm");
    }

    void matchesUncompressedTwin()
    {
        QFETCH(QString, encoded);
        QFETCH(QString, plain);
        NS_OPEN_DICOM(a, encoded);
        NS_OPEN_DICOM(b, plain);
        QCOMPARE(a.frameCount(), b.frameCount());
        for (int f = 0; f < a.frameCount(); ++f) {
            NS_FRAME(fa, a, f);
            NS_FRAME(fb, b, f);
            const ImageDiff d = compareImages(fa, fb);
            QVERIFY2(d.problem.isEmpty(), qPrintable(d.problem));
            QCOMPARE(d.differing, qint64(0));
        }
    }

    void matchesGdcm_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("tolerance");
        for (const GdcmCase& c : gdcmCases())
            QTest::newRow(c.name) << QString::fromLatin1(c.file) << c.tolerance;
    }

    void matchesGdcm()
    {
        QFETCH(QString, file);
        QFETCH(int, tolerance);
        NS_OPEN_DICOM(ours, pydicom(file));
        NS_OPEN_DICOM(gdcm, m_dir.filePath(QStringLiteral("gdcm/") + file));
        QVERIFY(ours.info().transferSyntaxUid != gdcm.info().transferSyntaxUid); // really compressed vs raw
        QCOMPARE(ours.frameCount(), gdcm.frameCount());
        for (int f = 0; f < ours.frameCount(); ++f) {
            NS_FRAME(a, ours, f);
            NS_FRAME(b, gdcm, f);
            const ImageDiff d = compareImages(a, b, ours.info().signedOffset, gdcm.info().signedOffset);
            QVERIFY2(d.problem.isEmpty(), qPrintable(d.problem));
            if (qEnvironmentVariableIsSet("NS_DICOM_TEST_VERBOSE"))
                qInfo("%s frame %d: max diff %d, %lld samples differ", qPrintable(file), f, d.maxAbs, d.differing);
            QVERIFY2(d.maxAbs <= tolerance,
                     qPrintable(QStringLiteral("frame %1: max difference %2 (%3 samples differ)")
                                    .arg(f)
                                    .arg(d.maxAbs)
                                    .arg(d.differing)));
        }
    }

    // pydicom's copy of JPEG2000.dcm with four codestream bytes overwritten by a Sequence
    // Delimiter tag: the DICOM structure is fine, the codestream is not. Opening works
    // (frames decode on demand); the frame reports why it cannot be shown.
    void damagedCodestreamIsAFrameError()
    {
        const QString path = pydicom(QStringLiteral("JPEG2000-embedded-sequence-delimiter.dcm"));
        NS_OPEN_DICOM(source, path);
        QCOMPARE(source.frameCount(), 1);
        QString error;
        QVERIFY(source.frame(0, &error).isNull());
        QVERIFY2(error.startsWith(QStringLiteral("Frame 1 of %1 could not be decoded: ").arg(path)), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("JPEG 2000")), qPrintable(error));
        QVERIFY(error.endsWith(QLatin1Char('.')));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDicomCodecs)
#include "test_dicom_codecs.moc"
