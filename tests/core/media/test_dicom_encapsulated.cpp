// Compressed multi-frame data in every fragment layout the standard allows (PS3.5 A.4):
// JPEG 2000 (decoded by OpenJPEG, DCMTK 3.6.7 has no codec) with its colour transforms and
// a damaged frame, and JPEG baseline through DCMTK's codec with frames split across
// fragments and read out of order. Frames are encoded with OpenCV; its own decoder or the
// source cv::Mat is the reference.

#include "core/media/DicomFrameSource.h"
#include "core/media/Openers.h"
#include "tests/TestData.h"
#include "tests/core/media/DicomTestSupport.h"
#include "tests/core/media/DicomTestWriter.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace ns::testdata;
using namespace ns::media;

namespace {

// The JPEG 2000 codestream inside a JP2 file: the payload of its 'jp2c' box.
QByteArray codestreamOf(const QByteArray& jp2)
{
    const int at = jp2.indexOf("jp2c");
    return at < 0 ? QByteArray() : jp2.mid(at + 4);
}

QByteArray encode(const cv::Mat& m, const char* ext)
{
    std::vector<uchar> buf;
    if (!cv::imencode(ext, m, buf))
        return {};
    return QByteArray(reinterpret_cast<const char*>(buf.data()), int(buf.size()));
}

QByteArray encodeJp2(const cv::Mat& m) { return encode(m, ".jp2"); }

// Fragments have even lengths (PS3.5 A.4), so only the last one may carry a pad byte:
// split at even offsets.
QList<QByteArray> split(const QByteArray& data, int parts)
{
    QList<QByteArray> out;
    const int step = ((data.size() + parts - 1) / parts + 1) & ~1;
    for (int at = 0; at < data.size(); at += step)
        out.append(data.mid(at, step));
    return out;
}

} // namespace

class TestDicomEncapsulated : public QObject {
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
    void jpeg2000FragmentLayouts_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::newRow("JP2 files, one fragment per frame") << QStringLiteral("jp2");
        QTest::newRow("codestreams in 3 fragments each, Basic Offset Table") << QStringLiteral("bot");
        QTest::newRow("codestreams in 3 fragments each, no table") << QStringLiteral("markers");
        QTest::newRow("HTJ2K transfer syntax UID") << QStringLiteral("htj2k");
    }
    void jpeg2000FragmentLayouts()
    {
        QFETCH(QString, layout);
        std::vector<cv::Mat> frames;
        for (int f = 0; f < 3; ++f) {
            cv::Mat m(96, 80, CV_16UC1);
            for (int y = 0; y < m.rows; ++y)
                for (int x = 0; x < m.cols; ++x)
                    m.at<quint16>(y, x) = quint16((x * 500 + y * 37 + f * 9000) % 65536);
            frames.push_back(m);
        }
        QList<QByteArray> fragments;
        QList<int> firsts;
        for (const cv::Mat& m : frames) {
            const QByteArray jp2 = encodeJp2(m);
            QVERIFY(!jp2.isEmpty());
            firsts.append(int(fragments.size()));
            if (layout == QLatin1String("jp2"))
                fragments.append(jp2);
            else if (layout == QLatin1String("htj2k"))
                fragments.append(codestreamOf(jp2));
            else
                fragments.append(split(codestreamOf(jp2), 3));
        }
        DicomTestWriter w(layout == QLatin1String("htj2k") ? "1.2.840.10008.1.2.4.201" : "1.2.840.10008.1.2.4.90");
        w.pixelModule({96, 80, 1, 16, 16, 15, 0, 0, "MONOCHROME2", 3});
        w.encapsulatedPixels(fragments, layout == QLatin1String("bot") ? DicomTestWriter::offsetsOf(fragments, firsts)
                                                                          : QList<quint32>{});
        NS_OPEN_DICOM(s, save(w));
        QCOMPARE(s.frameCount(), 3);
        if (layout == QLatin1String("htj2k")) { // unknown to DCMTK 3.6.7, decoded by OpenJPEG
            QCOMPARE(s.info().transferSyntaxUid, QStringLiteral("1.2.840.10008.1.2.4.201"));
            QCOMPARE(s.info().transferSyntax, QStringLiteral("High-Throughput JPEG 2000"));
        }
        for (int f : {2, 0, 1}) { // any order: frames are found without decoding the ones before
            NS_FRAME(img, s, f);
            QCOMPARE(img.format(), QImage::Format_Grayscale16);
            for (int y = 0; y < 96; ++y)
                QVERIFY(std::memcmp(img.constScanLine(y), frames[size_t(f)].ptr(y), 80 * 2) == 0);
        }
    }

    void colourJpeg2000WithIrreversibleTransform()
    {
        // OpenCV writes colour JP2 with OpenJPEG's irreversible colour transform (hence
        // YBR_ICT); its own decoder is the reference for what the pixels should be.
        cv::Mat bgr(72, 88, CV_8UC3);
        for (int y = 0; y < bgr.rows; ++y)
            for (int x = 0; x < bgr.cols; ++x)
                bgr.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(x * 3), uchar(y * 3), uchar((x + y) * 2));
        const QByteArray jp2 = encodeJp2(bgr);
        QVERIFY(!jp2.isEmpty());
        const cv::Mat reference = cv::imdecode(std::vector<uchar>(jp2.begin(), jp2.end()), cv::IMREAD_COLOR);
        QCOMPARE(reference.rows, 72);
        DicomTestWriter w("1.2.840.10008.1.2.4.91");
        w.pixelModule({72, 88, 3, 8, 8, 7, 0, 0, "YBR_ICT", 1});
        w.encapsulatedPixels({codestreamOf(jp2)}, {});
        NS_OPEN_DICOM(s, save(w));
        QCOMPARE(s.info().photometric, QStringLiteral("YBR_ICT"));
        NS_FRAME(img, s, 0);
        QCOMPARE(img.format(), QImage::Format_RGB888);
        int worst = 0;
        for (int y = 0; y < 72; ++y)
            for (int x = 0; x < 88; ++x) {
                const cv::Vec3b ref = reference.at<cv::Vec3b>(y, x);
                const QRgb px = img.pixel(x, y);
                worst = std::max({worst, std::abs(qRed(px) - ref[2]), std::abs(qGreen(px) - ref[1]),
                                  std::abs(qBlue(px) - ref[0])});
            }
        QCOMPARE(worst, 0);
    }

    void damagedJpeg2000FrameIsReportedAlone()
    {
        QList<QByteArray> fragments;
        for (int f = 0; f < 3; ++f) {
            cv::Mat m(64, 64, CV_8UC1, cv::Scalar(40 * (f + 1)));
            QByteArray cs = codestreamOf(encodeJp2(m));
            fragments.append(f == 1 ? cs.left(cs.size() / 2) : cs);
        }
        DicomTestWriter w("1.2.840.10008.1.2.4.90");
        w.pixelModule({64, 64, 1, 8, 8, 7, 0, 0, "MONOCHROME2", 3});
        w.encapsulatedPixels(fragments, {});
        const QString path = save(w);
        NS_OPEN_DICOM(s, path);
        QString error;
        QVERIFY(s.frame(1, &error).isNull());
        QVERIFY2(error.startsWith(QStringLiteral("Frame 2 of %1 could not be decoded: ").arg(path)), qPrintable(error));
        NS_FRAME(first, s, 0);
        NS_FRAME(last, s, 2);
        QCOMPARE(int(first.constScanLine(10)[10]), 40);
        QCOMPARE(int(last.constScanLine(10)[10]), 120);
    }

    void jpegBaselineFramesAcrossFragments_data()
    {
        QTest::addColumn<bool>("withOffsetTable");
        QTest::newRow("Basic Offset Table") << true;
        QTest::newRow("no table: frames found by their SOI marker") << false;
    }
    void jpegBaselineFramesAcrossFragments()
    {
        QFETCH(bool, withOffsetTable);
        std::vector<cv::Mat> reference;
        QList<QByteArray> fragments;
        QList<int> firsts;
        for (int f = 0; f < 4; ++f) {
            cv::Mat m(48, 64, CV_8UC1);
            for (int y = 0; y < m.rows; ++y)
                for (int x = 0; x < m.cols; ++x)
                    m.at<uchar>(y, x) = uchar((x * 4 + y * 2 + f * 50) % 256);
            const QByteArray jpeg = encode(m, ".jpg");
            QVERIFY(!jpeg.isEmpty());
            std::vector<uchar> bytes(jpeg.begin(), jpeg.end());
            reference.push_back(cv::imdecode(bytes, cv::IMREAD_GRAYSCALE)); // OpenCV's libjpeg
            firsts.append(int(fragments.size()));
            fragments.append(split(jpeg, 2 + f % 2)); // 2 or 3 fragments per frame
        }
        DicomTestWriter w("1.2.840.10008.1.2.4.50", "1.2.840.10008.5.1.4.1.1.3.1");
        w.pixelModule({48, 64, 1, 8, 8, 7, 0, 0, "MONOCHROME2", 4});
        const QList<quint32> table = withOffsetTable ? DicomTestWriter::offsetsOf(fragments, firsts) : QList<quint32>{};
        w.encapsulatedPixels(fragments, table);
        NS_OPEN_DICOM(s, save(w));
        QCOMPARE(s.frameCount(), 4);
        for (int f : {3, 1, 0, 2}) { // DCMTK alone cannot find frame 3 first without a table
            NS_FRAME(img, s, f);
            int worst = 0;
            for (int y = 0; y < 48; ++y)
                for (int x = 0; x < 64; ++x)
                    worst = std::max(worst, std::abs(img.constScanLine(y)[x] - reference[size_t(f)].at<uchar>(y, x)));
            QVERIFY2(worst == 0,
                     qPrintable(QStringLiteral("frame %1 differs from OpenCV's decode by %2").arg(f).arg(worst)));
        }
    }
};

QTEST_GUILESS_MAIN(TestDicomEncapsulated)
#include "test_dicom_encapsulated.moc"
