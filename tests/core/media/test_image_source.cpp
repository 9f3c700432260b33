// Still images and folders of images, on real files (OpenCV's sample PNGs and JPEGs) and on
// files written here from them by OpenCV (TIFF 8/16-bit, multi-page TIFF, BMP, PGM/PPM).
// Every decode is compared with an independent decoder: Qt's image plugins (what the
// sources use) against OpenCV's imread.
#include "core/media/ImageFrameSource.h"
#include "core/media/ImageSequenceSource.h"
#include "core/media/MediaOpener.h"
#include "core/media/Openers.h"
#include "tests/TestData.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <cstring>
#include <vector>

using namespace ns::media;
using ns::testdata::opencvSample;

namespace {

// OpenCV's decode as a QImage in the format the sources promise.
QImage fromMat(const cv::Mat& m)
{
    if (m.type() == CV_8UC1 || m.type() == CV_16UC1) {
        QImage out(m.cols, m.rows, m.type() == CV_8UC1 ? QImage::Format_Grayscale8 : QImage::Format_Grayscale16);
        for (int y = 0; y < m.rows; ++y)
            std::memcpy(out.scanLine(y), m.ptr(y), size_t(m.cols) * m.elemSize());
        return out;
    }
    if (m.type() == CV_8UC3) {
        QImage out(m.cols, m.rows, QImage::Format_RGB888);
        cv::Mat wrap(m.rows, m.cols, CV_8UC3, out.bits(), size_t(out.bytesPerLine()));
        cv::cvtColor(m, wrap, cv::COLOR_BGR2RGB);
        return out;
    }
    return {};
}

QImage imread(const QString& path, int flags) { return fromMat(cv::imread(path.toStdString(), flags)); }

// Largest absolute difference between two images of the same format and size.
int maxDifference(const QImage& a, const QImage& b)
{
    if (a.format() != b.format() || a.size() != b.size())
        return 65536;
    const bool sixteen = a.format() == QImage::Format_Grayscale16;
    const int bytes = a.width() * a.depth() / 8;
    int worst = 0;
    for (int y = 0; y < a.height(); ++y) {
        if (sixteen) {
            const auto* pa = reinterpret_cast<const quint16*>(a.constScanLine(y));
            const auto* pb = reinterpret_cast<const quint16*>(b.constScanLine(y));
            for (int x = 0; x < a.width(); ++x)
                worst = std::max(worst, std::abs(int(pa[x]) - int(pb[x])));
        } else {
            const uchar* pa = a.constScanLine(y);
            const uchar* pb = b.constScanLine(y);
            for (int x = 0; x < bytes; ++x)
                worst = std::max(worst, std::abs(int(pa[x]) - int(pb[x])));
        }
    }
    return worst;
}

QString attribute(const FrameSource& s, const QString& label)
{
    for (const auto& a : s.info().attributes)
        if (a.first == label)
            return a.second;
    return {};
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestImageSource : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    cv::Mat m_colour; // graf1.png, a real photograph (BGR)
    cv::Mat m_grey;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const QString graf = opencvSample(QStringLiteral("graf1.png"));
        NS_REQUIRE_FILE(graf);
        m_colour = cv::imread(graf.toStdString(), cv::IMREAD_COLOR);
        QVERIFY(!m_colour.empty());
        cv::cvtColor(m_colour, m_grey, cv::COLOR_BGR2GRAY);
    }

    void realPngsDecodeLikeOpenCv_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("cvFlags");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("pixels");
        QTest::newRow("grey") << "basketball1.png" << int(cv::IMREAD_UNCHANGED) << int(QImage::Format_Grayscale8)
                              << "greyscale, 8 bits";
        QTest::newRow("rgb") << "graf1.png" << int(cv::IMREAD_COLOR) << int(QImage::Format_RGB888)
                             << "colour (RGB), 8 bits per channel";
        QTest::newRow("rgba: alpha dropped") << "cards.png" << int(cv::IMREAD_COLOR) << int(QImage::Format_RGB888)
                                             << "colour (RGB), 8 bits per channel; transparency ignored";
        QTest::newRow("grey+alpha: grey") << "mask.png" << int(cv::IMREAD_GRAYSCALE) << int(QImage::Format_Grayscale8)
                                          << "greyscale, 8 bits; transparency ignored";
        QTest::newRow("palette") << "imageTextN.png" << int(cv::IMREAD_COLOR) << int(QImage::Format_RGB888)
                                 << "colour (RGB), 8 bits per channel";
    }
    void realPngsDecodeLikeOpenCv()
    {
        QFETCH(QString, file);
        QFETCH(int, cvFlags);
        QFETCH(int, format);
        QFETCH(QString, pixels);
        const QString path = opencvSample(file);
        NS_REQUIRE_FILE(path);
        OpenResult r = openMedia(path);
        QVERIFY2(r, qPrintable(r.error));
        FrameSource& s = *r.source;
        QCOMPARE(s.info().kind, SourceKind::Image);
        QCOMPARE(s.info().formatName, QStringLiteral("PNG image"));
        QCOMPARE(s.frameCount(), 1);
        QCOMPARE(s.frameRate(), 0.0);
        const QImage expected = imread(path, cvFlags);
        QVERIFY(!expected.isNull());
        QCOMPARE(s.frameSize(), expected.size());
        QString error;
        const QImage frame = s.frame(0, &error);
        QVERIFY2(!frame.isNull(), qPrintable(error));
        QCOMPARE(int(frame.format()), format);
        QCOMPARE(maxDifference(frame, expected), 0);
        const bool grey = format != QImage::Format_RGB888;
        QCOMPARE(s.info().photometric, grey ? QStringLiteral("MONOCHROME2") : QStringLiteral("RGB"));
        QCOMPARE(s.info().samplesPerPixel, grey ? 1 : 3);
        QCOMPARE(attribute(s, QStringLiteral("Pixels")), pixels);
        QCOMPARE(attribute(s, QStringLiteral("Image size")),
                 QStringLiteral("%1 x %2 pixels").arg(expected.width()).arg(expected.height()));
        // Decoded again on demand (the open put frame 0 in the cache; empty it).
        s.cache().clear();
        QCOMPARE(s.frame(0), frame);
    }

    void jpegsDecodeLikeOpenCv()
    {
        // Qt's JPEG plugin and OpenCV both use libjpeg-turbo; allow for different IDCT
        // and upsampling choices.
        for (const char* name : {"baboon.jpg", "fruits.jpg", "LinuxLogo.jpg"}) {
            const QString path = opencvSample(QString::fromLatin1(name));
            NS_REQUIRE_FILE(path);
            OpenResult r = openImageFile(path);
            QVERIFY2(r, qPrintable(r.error));
            QCOMPARE(r.source->info().formatName, QStringLiteral("JPEG image"));
            const QImage frame = r.source->frame(0);
            QCOMPARE(frame.format(), QImage::Format_RGB888);
            const int diff = maxDifference(frame, imread(path, cv::IMREAD_COLOR));
            QVERIFY2(diff <= 2, qPrintable(QStringLiteral("%1: max difference %2").arg(name).arg(diff)));
        }
        // A greyscale JPEG (written here from a real photograph) stays greyscale.
        const QString grey = m_tmp.filePath(QStringLiteral("grey.jpg"));
        QVERIFY(cv::imwrite(grey.toStdString(), m_grey));
        OpenResult r = openImageFile(grey);
        QVERIFY2(r, qPrintable(r.error));
        const QImage frame = r.source->frame(0);
        QCOMPARE(frame.format(), QImage::Format_Grayscale8);
        QCOMPARE(r.source->info().photometric, QStringLiteral("MONOCHROME2"));
        QVERIFY(maxDifference(frame, imread(grey, cv::IMREAD_UNCHANGED)) <= 2);
    }

    void exifOrientationIsApplied()
    {
        // A JPEG of a real photograph with an EXIF "rotate 90 degrees clockwise" tag, as
        // cameras write: shown upright (taller than wide) like OpenCV shows it, also when
        // a folder holds such images (the size check must see the shown size).
        cv::Mat wide = m_colour(cv::Rect(0, 0, 400, 300)).clone();
        std::vector<uchar> jpeg;
        QVERIFY(cv::imencode(".jpg", wide, jpeg));
        const QByteArray exif = QByteArray("Exif\0\0MM\0\x2a\0\0\0\x08" // TIFF header, big-endian
                                           "\0\x01"                       // one IFD entry:
                                           "\x01\x12\0\x03\0\0\0\x01\0\x06\0\0" // Orientation = 6
                                           "\0\0\0\0", 32);               // no next IFD
        QByteArray bytes(reinterpret_cast<const char*>(jpeg.data()), int(jpeg.size()));
        const int length = exif.size() + 2;
        bytes.insert(2, QByteArray("\xFF\xE1", 2) + char(length >> 8) + char(length & 0xFF) + exif);
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a1.jpg"));
        QVERIFY(writeBytes(a, bytes));
        QVERIFY(writeBytes(dir.filePath(QStringLiteral("a2.jpg")), bytes));

        OpenResult r = openImageFile(a);
        QVERIFY2(r, qPrintable(r.error));
        QCOMPARE(r.source->frameSize(), QSize(300, 400));
        const QImage expected = imread(a, cv::IMREAD_COLOR);
        QCOMPARE(expected.size(), QSize(300, 400));
        QVERIFY(maxDifference(r.source->frame(0), expected) <= 2);

        r = openImageFolder(dir.path());
        QVERIFY2(r, qPrintable(r.error));
        QCOMPARE(r.source->frameSize(), QSize(300, 400));
        QCOMPARE(r.source->frame(1).size(), QSize(300, 400));
    }

    void tiffBmpAndNetpbm()
    {
        // 8-bit grey and colour, 16-bit grey (Grayscale16, every value kept) and 16-bit
        // colour (RGB888: 8 bits per channel), written by OpenCV's libtiff writer.
        cv::Mat grey16;
        m_grey.convertTo(grey16, CV_16U, 257.0);
        grey16 += cv::Scalar(3); // values that are not multiples of 257
        cv::Mat colour16;
        m_colour.convertTo(colour16, CV_16UC3, 257.0);
        struct Case {
            QString file;
            cv::Mat written;
            QImage expected;
            QImage::Format format;
            QString formatName;
            int bits;
        };
        const QList<Case> cases = {
            {QStringLiteral("grey8.tif"), m_grey, fromMat(m_grey), QImage::Format_Grayscale8, QStringLiteral("TIFF image"), 8},
            {QStringLiteral("colour8.tiff"), m_colour, fromMat(m_colour), QImage::Format_RGB888, QStringLiteral("TIFF image"), 8},
            {QStringLiteral("grey16.tif"), grey16, fromMat(grey16), QImage::Format_Grayscale16, QStringLiteral("TIFF image"), 16},
            {QStringLiteral("colour16.tif"), colour16, fromMat(m_colour), QImage::Format_RGB888, QStringLiteral("TIFF image"), 8},
            {QStringLiteral("grey16.png"), grey16, fromMat(grey16), QImage::Format_Grayscale16, QStringLiteral("PNG image"), 16},
            {QStringLiteral("colour.bmp"), m_colour, fromMat(m_colour), QImage::Format_RGB888, QStringLiteral("BMP image"), 8},
            {QStringLiteral("grey.bmp"), m_grey, fromMat(m_grey), QImage::Format_Grayscale8, QStringLiteral("BMP image"), 8},
            {QStringLiteral("grey.pgm"), m_grey, fromMat(m_grey), QImage::Format_Grayscale8, QStringLiteral("PGM image"), 8},
            {QStringLiteral("colour.ppm"), m_colour, fromMat(m_colour), QImage::Format_RGB888, QStringLiteral("PPM image"), 8},
        };
        for (const Case& c : cases) {
            const QString path = m_tmp.filePath(c.file);
            QVERIFY(cv::imwrite(path.toStdString(), c.written));
            OpenResult r = openMedia(path);
            QVERIFY2(r, qPrintable(c.file + QStringLiteral(": ") + r.error));
            QCOMPARE(r.source->info().formatName, c.formatName);
            QCOMPARE(r.source->info().bitsStored, c.bits);
            const QImage frame = r.source->frame(0);
            QVERIFY2(frame.format() == c.format, qPrintable(c.file));
            QVERIFY2(maxDifference(frame, c.expected) == 0, qPrintable(c.file));
        }
        // The 16-bit file read back by OpenCV gives the same values as through Qt.
        OpenResult r = openImageFile(m_tmp.filePath(QStringLiteral("grey16.tif")));
        QCOMPARE(maxDifference(r.source->frame(0), imread(m_tmp.filePath(QStringLiteral("grey16.tif")), cv::IMREAD_UNCHANGED)), 0);
        QCOMPARE(attribute(*r.source, QStringLiteral("Pixels")), QStringLiteral("greyscale, 16 bits"));
        r = openImageFile(m_tmp.filePath(QStringLiteral("colour16.tif")));
        QCOMPARE(attribute(*r.source, QStringLiteral("Pixels")),
                 QStringLiteral("colour (RGB), 8 bits per channel; 16 bits per channel in the file"));
    }

    void multiPageTiffGivesOneFramePerPage()
    {
        const std::vector<cv::Mat> pages = {m_grey, 255 - m_grey, m_grey / 2};
        const QString path = m_tmp.filePath(QStringLiteral("pages.tif"));
        QVERIFY(cv::imwritemulti(path.toStdString(), pages));
        OpenResult r = openImageFile(path);
        QVERIFY2(r, qPrintable(r.error));
        QCOMPARE(r.source->frameCount(), 3);
        QCOMPARE(r.source->info().formatName, QStringLiteral("Multi-page TIFF image"));
        QCOMPARE(attribute(*r.source, QStringLiteral("Pages")), QStringLiteral("3"));
        for (int i : {2, 0, 1}) {
            QString error;
            const QImage frame = r.source->frame(i, &error);
            QVERIFY2(!frame.isNull(), qPrintable(error));
            QCOMPARE(maxDifference(frame, fromMat(pages[size_t(i)])), 0);
        }

        // A page of another size (a thumbnail, say) ends the frames.
        cv::Mat small;
        cv::resize(m_grey, small, cv::Size(100, 80));
        const QString mixed = m_tmp.filePath(QStringLiteral("thumb.tif"));
        QVERIFY(cv::imwritemulti(mixed.toStdString(), std::vector<cv::Mat>{m_grey, small}));
        r = openImageFile(mixed);
        QVERIFY2(r, qPrintable(r.error));
        QCOMPARE(r.source->frameCount(), 1);
        QCOMPARE(r.source->info().formatName, QStringLiteral("TIFF image"));
    }

    void unreadableImagesGiveOneSentence()
    {
        const QString graf = opencvSample(QStringLiteral("graf1.png"));
        // A PNG cut off at 60 %: the pixels are incomplete.
        const QString cut = m_tmp.filePath(QStringLiteral("cut.png"));
        const QByteArray png = readBytes(graf);
        QVERIFY(writeBytes(cut, png.left(png.size() * 6 / 10)));
        OpenResult r = openImageFile(cut);
        QVERIFY(!r);
        QCOMPARE(r.error, QStringLiteral("Cannot open %1: the image data is damaged or incomplete.").arg(cut));
        // Only the signature and part of the header.
        const QString stub = m_tmp.filePath(QStringLiteral("stub.png"));
        QVERIFY(writeBytes(stub, png.left(20)));
        r = openMedia(stub);
        QVERIFY(!r);
        QVERIFY2(r.error.startsWith(QStringLiteral("Cannot open %1: ").arg(stub)), qPrintable(r.error));
        QVERIFY(r.error.endsWith(QLatin1Char('.')));
        // Text with an image name.
        const QString text = m_tmp.filePath(QStringLiteral("notes.png"));
        QVERIFY(writeBytes(text, QByteArray("not an image\n").repeated(40)));
        r = openMedia(text);
        QVERIFY(!r);
        QCOMPARE(r.error, QStringLiteral("Cannot open %1: it is not an image format NerveScope can read.").arg(text));
        // A format Qt reads but a study cannot be made of.
        const QString svg = m_tmp.filePath(QStringLiteral("drawing.svg"));
        QVERIFY(writeBytes(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"5\" height=\"5\"/></svg>"));
        r = openImageFile(svg);
        QVERIFY(!r);
        QCOMPARE(r.error, QStringLiteral("Cannot open %1: SVG images are not supported.").arg(svg));
        const QString missing = m_tmp.filePath(QStringLiteral("missing.png"));
        r = openImageFile(missing);
        QCOMPARE(r.error, QStringLiteral("Cannot open %1: the file does not exist.").arg(missing));
    }

    void naturalSortOrder()
    {
        QStringList names{QStringLiteral("frame10.png"), QStringLiteral("frame2.png"), QStringLiteral("Frame3.png"),
                          QStringLiteral("frame1.png"),  QStringLiteral("img_100.png"), QStringLiteral("img_9.png"),
                          QStringLiteral("img_10.png"),  QStringLiteral("frame01.png"), QStringLiteral("a.png")};
        sortNaturally(names);
        QCOMPARE(names, (QStringList{QStringLiteral("a.png"), QStringLiteral("frame01.png"), QStringLiteral("frame1.png"),
                                     QStringLiteral("frame2.png"), QStringLiteral("Frame3.png"), QStringLiteral("frame10.png"),
                                     QStringLiteral("img_9.png"), QStringLiteral("img_10.png"), QStringLiteral("img_100.png")}));
    }

    void folderOfVideoFramesIsASequence()
    {
        // Frames of a real video saved as PNGs, named without zero padding, next to files
        // that are not frames.
        const QString video = opencvSample(QStringLiteral("vtest.avi"));
        NS_REQUIRE_FILE(video);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        cv::VideoCapture cap(video.toStdString(), cv::CAP_FFMPEG);
        std::vector<QImage> frames;
        cv::Mat bgr;
        for (int i = 0; i < 12 && cap.read(bgr); ++i) {
            frames.push_back(fromMat(bgr));
            QVERIFY(cv::imwrite(dir.filePath(QStringLiteral("frame%1.png").arg(i + 1)).toStdString(), bgr));
        }
        QCOMPARE(int(frames.size()), 12);
        QVERIFY(writeBytes(dir.filePath(QStringLiteral("notes.txt")), "frames of vtest.avi\n"));
        QVERIFY(cv::imwrite(dir.filePath(QStringLiteral(".hidden.png")).toStdString(), m_grey));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub.png")));

        OpenResult r = openMedia(dir.path());
        QVERIFY2(r, qPrintable(r.error));
        auto* seq = dynamic_cast<ImageSequenceSource*>(r.source.get());
        QVERIFY(seq);
        QCOMPARE(seq->info().kind, SourceKind::ImageSequence);
        QCOMPARE(seq->info().formatName, QStringLiteral("PNG image sequence"));
        QCOMPARE(seq->frameCount(), 12);
        QCOMPARE(seq->frameRate(), 0.0);
        QCOMPARE(seq->frameSize(), QSize(768, 576));
        QCOMPARE(QFileInfo(seq->files().at(1)).fileName(), QStringLiteral("frame2.png"));
        QCOMPARE(QFileInfo(seq->files().at(9)).fileName(), QStringLiteral("frame10.png"));
        QCOMPARE(attribute(*seq, QStringLiteral("First image")), QStringLiteral("frame1.png"));
        QCOMPARE(attribute(*seq, QStringLiteral("Last image")), QStringLiteral("frame12.png"));
        // Decoded on demand: opening decoded and cached the first image only.
        QCOMPARE(seq->cache().framesHeld(), 1);
        for (int i : {11, 0, 5, 9, 1}) {
            QString error;
            const QImage frame = seq->frame(i, &error);
            QVERIFY2(!frame.isNull(), qPrintable(error));
            QCOMPARE(frame, frames[size_t(i)]);
        }

        // A frame that goes bad after opening fails alone, naming its file.
        QVERIFY(writeBytes(dir.filePath(QStringLiteral("frame7.png")), "broken"));
        QString error;
        QVERIFY(seq->frame(6, &error).isNull());
        QCOMPARE(error, QStringLiteral("Frame 7 (frame7.png) cannot be decoded: it is not an image format NerveScope can read."));
        QVERIFY(!seq->frame(7).isNull());
    }

    void folderErrors()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        OpenResult r = openImageFolder(dir.path());
        QVERIFY(!r);
        QCOMPARE(r.error, QStringLiteral("Cannot open %1: the folder contains no images (PNG, JPEG, TIFF, BMP, PGM or PPM).")
                              .arg(dir.path()));
        QVERIFY(writeBytes(dir.filePath(QStringLiteral("readme.txt")), "no images here"));
        QVERIFY(!openImageFolder(dir.path()));

        // Sizes differ: the first odd one is named.
        QVERIFY(cv::imwrite(dir.filePath(QStringLiteral("img1.png")).toStdString(), m_grey));
        QVERIFY(cv::imwrite(dir.filePath(QStringLiteral("img2.png")).toStdString(), m_grey));
        cv::Mat small;
        cv::resize(m_grey, small, cv::Size(320, 240));
        QVERIFY(cv::imwrite(dir.filePath(QStringLiteral("img10.png")).toStdString(), small));
        QVERIFY(cv::imwrite(dir.filePath(QStringLiteral("img11.png")).toStdString(), small));
        r = openImageFolder(dir.path());
        QVERIFY(!r);
        QCOMPARE(r.error, QStringLiteral("Cannot open %1: img10.png is 320 x 240 pixels but img1.png is 800 x 640 pixels; "
                                         "all images in a folder must have the same size.").arg(dir.path()));

        // A file that is not an image although it is named like one.
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("img10.png"))));
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("img11.png"))));
        QVERIFY(writeBytes(dir.filePath(QStringLiteral("img3.png")), "garbage"));
        r = openImageFolder(dir.path());
        QVERIFY(!r);
        QCOMPARE(r.error, QStringLiteral("Cannot open %1: img3.png cannot be read: it is not an image format NerveScope can read.")
                              .arg(dir.path()));
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("img3.png"))));
        r = openImageFolder(dir.path());
        QVERIFY2(r, qPrintable(r.error));
        QCOMPARE(r.source->frameCount(), 2);
        QCOMPARE(r.source->frame(1).format(), QImage::Format_Grayscale8);

        const QString missing = dir.filePath(QStringLiteral("nowhere"));
        r = openImageFolder(missing);
        QCOMPARE(r.error, QStringLiteral("Cannot open %1: the folder does not exist.").arg(missing));
    }

    void mixedFolderTakesTheFirstImagesFormat()
    {
        QTemporaryDir dir;
        QVERIFY(cv::imwrite(dir.filePath(QStringLiteral("a1.png")).toStdString(), m_colour));
        QVERIFY(cv::imwrite(dir.filePath(QStringLiteral("a2.tif")).toStdString(), m_grey));
        OpenResult r = openImageFolder(dir.path());
        QVERIFY2(r, qPrintable(r.error));
        QCOMPARE(r.source->info().formatName, QStringLiteral("Image sequence (PNG, TIFF)"));
        QCOMPARE(r.source->info().photometric, QStringLiteral("RGB"));
        const QImage second = r.source->frame(1);
        QCOMPARE(second.format(), QImage::Format_RGB888);
        QCOMPARE(maxDifference(second, fromMat(m_grey).convertToFormat(QImage::Format_RGB888)), 0);
    }
};

QTEST_GUILESS_MAIN(TestImageSource)
#include "test_image_source.moc"
