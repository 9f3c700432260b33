// DicomFrameSource on files written byte by byte (DicomTestWriter), for the encodings no
// public sample covers: normal and segmented palettes (8/16-bit entries, all three segment
// types), MONOCHROME1, signed and oddly packed samples, planar RGB, native YBR and 1-bit
// frames.

#include "core/media/DicomFrameSource.h"
#include "core/media/Openers.h"
#include "core/media/dicom/PaletteLut.h"
#include "tests/TestData.h"
#include "tests/core/media/DicomTestSupport.h"
#include "tests/core/media/DicomTestWriter.h"

#include <QTemporaryDir>
#include <QTest>


using namespace ns::testdata;
using namespace ns::media;

namespace {

QByteArray words16(const QList<int>& values)
{
    QByteArray b;
    for (int v : values) {
        const quint16 w = quint16(v);
        b.append(reinterpret_cast<const char*>(&w), 2);
    }
    return b;
}

QByteArray bytes8(const QList<int>& values)
{
    QByteArray b;
    for (int v : values)
        b.append(char(v));
    return b;
}

} // namespace

class TestDicomSynthetic : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString save(const DicomTestWriter& w)
    {
        const QString path = m_dir.filePath(QStringLiteral("f%1.dcm").arg(++m_counter));
        if (!w.save(path))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void paletteWith16BitEntries()
    {
        DicomTestWriter w;
        w.pixelModule({16, 16, 1, 8, 8, 7, 0, 0, "PALETTE COLOR"});
        QList<quint16> r, g, b;
        for (int i = 0; i < 256; ++i) {
            r << quint16(i * 257);
            g << quint16((255 - i) * 257);
            b << quint16((i * 3 % 256) * 257);
        }
        for (int c = 0; c < 3; ++c)
            w.us(0x0028, quint16(0x1101 + c), {256, 0, 16});
        w.ow(0x0028, 0x1201, r);
        w.ow(0x0028, 0x1202, g);
        w.ow(0x0028, 0x1203, b);
        QByteArray px;
        for (int i = 0; i < 256; ++i)
            px.append(char(i));
        w.nativePixels(px);
        NS_OPEN_DICOM(s, save(w));
        NS_FRAME(img, s, 0);
        QCOMPARE(img.format(), QImage::Format_RGB888);
        for (int i = 0; i < 256; ++i)
            QCOMPARE(img.pixel(i % 16, i / 16), qRgb(i, 255 - i, i * 3 % 256));
    }

    void paletteWith8BitEntriesAndFirstMapped()
    {
        // 8-bit entries one per 16-bit word, first mapped value 16, 200 entries: values
        // below 16 take the first entry, above 215 the last (PS3.3 C.7.6.3.1.5).
        DicomTestWriter w;
        w.pixelModule({16, 16, 1, 8, 8, 7, 0, 0, "PALETTE COLOR"});
        QList<quint16> lut;
        for (int i = 0; i < 200; ++i)
            lut << quint16(i + 10);
        for (int c = 0; c < 3; ++c) {
            w.us(0x0028, quint16(0x1101 + c), {200, 16, 8});
            w.ow(0x0028, quint16(0x1201 + c), lut);
        }
        QByteArray px;
        for (int i = 0; i < 256; ++i)
            px.append(char(i));
        w.nativePixels(px);
        NS_OPEN_DICOM(s, save(w));
        NS_FRAME(img, s, 0);
        for (int i = 0; i < 256; ++i) {
            const int expected = i < 16 ? 10 : (i > 215 ? 209 : i - 16 + 10);
            QCOMPARE(qRed(img.pixel(i % 16, i / 16)), expected);
        }
    }

    void paletteWith8BitEntriesPackedInBytes()
    {
        DicomTestWriter w;
        w.pixelModule({1, 4, 1, 8, 8, 7, 0, 0, "PALETTE COLOR"});
        for (int c = 0; c < 3; ++c) {
            w.us(0x0028, quint16(0x1101 + c), {4, 0, 8});
            w.ob(0x0028, quint16(0x1201 + c), bytes8({5 + c, 50 + c, 100 + c, 200 + c})); // 4 bytes: one per entry
        }
        w.nativePixels(bytes8({3, 2, 1, 0}));
        NS_OPEN_DICOM(s, save(w));
        NS_FRAME(img, s, 0);
        QCOMPARE(img.pixel(0, 0), qRgb(200, 201, 202));
        QCOMPARE(img.pixel(3, 0), qRgb(5, 6, 7));
    }

    void segmentedPaletteAllSegmentTypes()
    {
        // Red: discrete 0,1000,2000,3000; linear to 7000 in 4 steps; indirect replay of the
        // first two segments (byte offset 0) -> 16 entries. Green/blue: one discrete run.
        const QList<int> red = {0, 4, 0, 1000, 2000, 3000, 1, 4, 7000, 2, 2, 0, 0};
        const QList<int> expectedRed = {0, 1000, 2000, 3000, 4000, 5000, 6000, 7000,
                                        0, 1000, 2000, 3000, 4000, 5000, 6000, 7000};
        QList<int> flat = {0, 16};
        for (int i = 0; i < 16; ++i)
            flat << i * 4096;
        DicomTestWriter w;
        w.pixelModule({4, 4, 1, 16, 16, 15, 0, 0, "PALETTE COLOR"});
        for (int c = 0; c < 3; ++c)
            w.us(0x0028, quint16(0x1101 + c), {16, 0, 16});
        w.ob(0x0028, 0x1221, words16(red)); // OB or OW: the reader takes both
        w.ob(0x0028, 0x1222, words16(flat));
        w.ob(0x0028, 0x1223, words16(flat));
        QList<int> values;
        for (int i = 0; i < 16; ++i)
            values << i;
        w.nativePixels(words16(values), true);
        NS_OPEN_DICOM(s, save(w));
        NS_FRAME(img, s, 0);
        for (int i = 0; i < 16; ++i) {
            QCOMPARE(qRed(img.pixel(i % 4, i / 4)), expectedRed[i] >> 8);
            QCOMPARE(qGreen(img.pixel(i % 4, i / 4)), (i * 4096) >> 8);
        }
    }

    void segmentedPaletteWith8BitData()
    {
        // 8-bit descriptor: opcode, length and values are bytes.
        const QByteArray seg = bytes8({0, 3, 10, 20, 30, 1, 2, 50});
        DicomTestWriter w;
        w.pixelModule({1, 6, 1, 8, 8, 7, 0, 0, "PALETTE COLOR"});
        for (int c = 0; c < 3; ++c) {
            w.us(0x0028, quint16(0x1101 + c), {5, 0, 8});
            w.ob(0x0028, quint16(0x1221 + c), seg);
        }
        w.nativePixels(bytes8({0, 1, 2, 3, 4, 5}));
        NS_OPEN_DICOM(s, save(w));
        NS_FRAME(img, s, 0);
        const int expected[] = {10, 20, 30, 40, 50, 50};
        for (int x = 0; x < 6; ++x)
            QCOMPARE(qBlue(img.pixel(x, 0)), expected[x]);
    }

    void segmentExpansionRejectsMalformedData_data()
    {
        QTest::addColumn<QList<int>>("segments");
        QTest::newRow("linear first") << QList<int>{1, 4, 100};
        QTest::newRow("indirect first") << QList<int>{2, 1, 0, 0};
        QTest::newRow("reserved opcode") << QList<int>{0, 1, 5, 3, 1, 0};
        QTest::newRow("discrete past end") << QList<int>{0, 9, 1, 2};
        QTest::newRow("indirect past end") << QList<int>{0, 1, 5, 2, 1, 400, 0};
        QTest::newRow("indirect to indirect") << QList<int>{0, 1, 5, 2, 1, 6, 0, 2, 1, 0, 0};
    }
    void segmentExpansionRejectsMalformedData()
    {
        QFETCH(QList<int>, segments);
        std::vector<quint16> words(segments.begin(), segments.end());
        QString reason;
        QVERIFY(ns::media::dicom::expandSegmentedLut(words, 2, 65536, &reason).empty());
        QVERIFY(!reason.isEmpty());
    }

    void segmentExpansionStopsAtTableSize()
    {
        QString reason;
        const auto lut = ns::media::dicom::expandSegmentedLut({0, 2, 7, 8, 1, 60000, 9}, 2, 10, &reason);
        QCOMPARE(lut.size(), size_t(10));
        QCOMPARE(lut[0], quint16(7));
        QCOMPARE(lut[2], quint16(8)); // linear from 8 to 9 in 60000 steps rounds to 8
    }

    void monochrome1IsInverted()
    {
        DicomTestWriter w;
        w.pixelModule({1, 4, 1, 8, 8, 7, 0, 0, "MONOCHROME1"});
        w.nativePixels(bytes8({0, 1, 200, 255}));
        NS_OPEN_DICOM(s, save(w));
        NS_FRAME(img, s, 0);
        QCOMPARE(img.format(), QImage::Format_Grayscale8);
        const uchar* row = img.constScanLine(0);
        QCOMPARE(QList<int>({row[0], row[1], row[2], row[3]}), QList<int>({255, 254, 55, 0}));
    }

    void signed8BitIsShifted()
    {
        DicomTestWriter w;
        w.pixelModule({1, 4, 1, 8, 8, 7, 1});
        w.nativePixels(bytes8({-128, -1, 0, 127}));
        NS_OPEN_DICOM(s, save(w));
        QVERIFY(s.info().isSigned);
        QCOMPARE(s.info().signedOffset, 128);
        NS_FRAME(img, s, 0);
        QCOMPARE(img.format(), QImage::Format_Grayscale8);
        const uchar* row = img.constScanLine(0);
        QCOMPARE(QList<int>({row[0], row[1], row[2], row[3]}), QList<int>({0, 127, 128, 255}));
    }

    void bitsStoredMasksOverlayBits()
    {
        // 12 bits stored in 16, with junk in the top 4 bits (old overlay planes).
        DicomTestWriter w;
        w.pixelModule({1, 3, 1, 16, 12, 11, 0});
        w.nativePixels(words16({0xF000 | 4095, 0xA000 | 17, 0x0000 | 2048}), true);
        NS_OPEN_DICOM(s, save(w));
        NS_FRAME(img, s, 0);
        QCOMPARE(img.format(), QImage::Format_Grayscale16);
        const auto* row = reinterpret_cast<const quint16*>(img.constScanLine(0));
        QCOMPARE(QList<int>({row[0], row[1], row[2]}), QList<int>({4095, 17, 2048}));
    }

    void signed12BitWithHighBitBelowTop()
    {
        // Signed 12-bit values stored with High Bit 13 (two junk bits below the sample).
        DicomTestWriter w;
        w.pixelModule({1, 3, 1, 16, 12, 13, 1});
        auto enc = [](int v) { return ((v & 0xFFF) << 2) | 0x3; };
        w.nativePixels(words16({enc(-2048), enc(-1), enc(2047)}), true);
        NS_OPEN_DICOM(s, save(w));
        QCOMPARE(s.info().signedOffset, 2048);
        NS_FRAME(img, s, 0);
        QCOMPARE(img.format(), QImage::Format_Grayscale16);
        const auto* row = reinterpret_cast<const quint16*>(img.constScanLine(0));
        QCOMPARE(QList<int>({row[0] - 2048, row[1] - 2048, row[2] - 2048}), QList<int>({-2048, -1, 2047}));
    }

    void rgbPlanarConfigurations()
    {
        const QByteArray byPixel = bytes8({255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30});
        const QByteArray byPlane = bytes8({255, 0, 0, 10, 0, 255, 0, 20, 0, 0, 255, 30});
        for (int planar : {0, 1}) {
            DicomTestWriter w;
            w.pixelModule({2, 2, 3, 8, 8, 7, 0, planar, "RGB"});
            w.nativePixels(planar ? byPlane : byPixel);
            NS_OPEN_DICOM(s, save(w));
            NS_FRAME(img, s, 0);
            QCOMPARE(img.format(), QImage::Format_RGB888);
            QCOMPARE(img.pixel(0, 0), qRgb(255, 0, 0));
            QCOMPARE(img.pixel(1, 0), qRgb(0, 255, 0));
            QCOMPARE(img.pixel(0, 1), qRgb(0, 0, 255));
            QCOMPARE(img.pixel(1, 1), qRgb(10, 20, 30));
        }
    }

    void nativeYbrFullAnd422()
    {
        DicomTestWriter full;
        full.pixelModule({1, 2, 3, 8, 8, 7, 0, 0, "YBR_FULL"});
        full.nativePixels(bytes8({76, 85, 255, 100, 128, 128}));
        NS_OPEN_DICOM(a, save(full));
        NS_FRAME(ia, a, 0);
        QCOMPARE(ia.pixel(0, 0), qRgb(254, 0, 0)); // PS3.3 C.7.6.3.1.2 equations, rounded
        QCOMPARE(ia.pixel(1, 0), qRgb(100, 100, 100));

        DicomTestWriter half;
        half.pixelModule({1, 4, 3, 8, 8, 7, 0, 0, "YBR_FULL_422"});
        half.nativePixels(bytes8({50, 200, 128, 128, 76, 76, 85, 255})); // Y1 Y2 Cb Cr per pair
        NS_OPEN_DICOM(b, save(half));
        NS_FRAME(ib, b, 0);
        QCOMPARE(ib.pixel(0, 0), qRgb(50, 50, 50));
        QCOMPARE(ib.pixel(1, 0), qRgb(200, 200, 200));
        QCOMPARE(ib.pixel(2, 0), qRgb(254, 0, 0));
        QCOMPARE(ib.pixel(3, 0), qRgb(254, 0, 0));
    }

    void oneBitFramesNeedNotBeByteAligned()
    {
        // Three 3x5 frames of 15 bits each, packed back to back, least significant bit first.
        QList<int> bits;
        for (int f = 0; f < 3; ++f)
            for (int i = 0; i < 15; ++i)
                bits << ((i + f) % 3 == 0 ? 1 : 0);
        QByteArray packed((bits.size() + 7) / 8, '\0');
        for (int i = 0; i < bits.size(); ++i)
            if (bits[i])
                packed[i / 8] = char(packed[i / 8] | (1 << (i % 8)));
        DicomTestWriter w;
        w.pixelModule({3, 5, 1, 1, 1, 0, 0, 0, "MONOCHROME2", 3});
        w.nativePixels(packed);
        NS_OPEN_DICOM(s, save(w));
        QCOMPARE(s.frameCount(), 3);
        for (int f : {2, 0, 1}) {
            NS_FRAME(img, s, f);
            for (int i = 0; i < 15; ++i)
                QCOMPARE(int(img.constScanLine(i / 5)[i % 5]), bits[f * 15 + i]);
        }
    }
};

QTEST_GUILESS_MAIN(TestDicomSynthetic)
#include "test_dicom_synthetic.moc"
