// Damaged and broken videos through OpenCV's FFmpeg backend: a re-encode with corrupted
// blocks, recordings cut off mid-write (AVI, Matroska, MP4 without its index), a container
// that lists more frames than it holds, the background damage scan (progress, cancel, reads
// in parallel), and the messages for files that cannot be opened. Real sample videos from
// opencv-doc and files encoded or cut here.
#include "core/jobs/Progress.h"
#include "core/media/MediaOpener.h"
#include "core/media/Openers.h"
#include "core/media/VideoFrameSource.h"
#include "tests/TestData.h"
#include "tests/core/media/VideoTesting.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <thread>

using namespace ns::media;
using namespace ns::testdata::video;
using ns::testdata::opencvSample;

class TestVideoDamage : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void megamindBugyIsVisiblyDamagedButDecodes()
    {
        // Megamind_bugy.avi is a re-encode of Megamind.avi with corrupted blocks in every
        // fifth frame. The bitstream itself is intact: FFmpeg decodes all 270 frames
        // without an error, so no decoder-level damage can be reported for it.
        const QString bugy = opencvSample(QStringLiteral("Megamind_bugy.avi"));
        const QString clean = opencvSample(QStringLiteral("Megamind.avi"));
        NS_REQUIRE_FILE(bugy);
        NS_REQUIRE_FILE(clean);
        OpenResult r = openVideoFile(bugy);
        QVERIFY2(r, qPrintable(r.error));
        VideoFrameSource* video = asVideo(r);
        QVERIFY(video->scanForDamage(ns::jobs::Progress::none()));
        QCOMPARE(video->frameCount(), 270);
        QVERIFY(video->info().damagedRanges.isEmpty());
        QCOMPARE(attribute(*video, QStringLiteral("Damage check")), QStringLiteral("no damaged frames"));
        QVERIFY(!video->frame(269).isNull());

        // The damage is in the pictures: frame 40 is far from the clean one, frame 41 close.
        cv::VideoCapture cap(clean.toStdString(), cv::CAP_FFMPEG);
        cv::Mat bgr;
        std::vector<QImage> cleanFrames;
        for (int i = 0; i <= 41 && cap.read(bgr); ++i)
            cleanFrames.push_back(toRgbImage(bgr));
        QCOMPARE(int(cleanFrames.size()), 42);
        auto psnr = [](const QImage& a, const QImage& b) {
            const cv::Mat ma(a.height(), a.width(), CV_8UC3, const_cast<uchar*>(a.constBits()), size_t(a.bytesPerLine()));
            const cv::Mat mb(b.height(), b.width(), CV_8UC3, const_cast<uchar*>(b.constBits()), size_t(b.bytesPerLine()));
            return cv::PSNR(ma, mb);
        };
        QVERIFY(psnr(video->frame(40), cleanFrames[40]) < 15.0);
        QVERIFY(psnr(video->frame(41), cleanFrames[41]) > 35.0);
    }

    void truncatedVideoOpensAndReportsTheDamagedTail()
    {
        const QString path = truncatedCopy(opencvSample(QStringLiteral("vtest.avi")), m_tmp.filePath(QStringLiteral("cut.avi")), 0.6);
        QVERIFY(!path.isEmpty());
        const Reference intact = readSequentially(opencvSample(QStringLiteral("vtest.avi")), {400});
        const int decodable = readSequentially(path).count();
        QVERIFY2(decodable > 400 && decodable < 795, qPrintable(QString::number(decodable)));

        QElapsedTimer timer;
        timer.start();
        OpenResult r = openVideoFile(path);
        QVERIFY2(r, qPrintable(r.error));
        QVERIFY(timer.elapsed() < 3000);
        VideoFrameSource* video = asVideo(r);
        QCOMPARE(video->frameCount(), 795); // what the container says
        QVERIFY(video->info().damagedRanges.isEmpty()); // not known yet

        // Frames before the cut are the intact file's frames.
        QCOMPARE(video->frame(400), intact.kept.value(400));
        QString error;
        QVERIFY(video->frame(700, &error).isNull());
        QCOMPARE(error, QStringLiteral("Frame 701 of cut.avi is damaged and cannot be decoded."));
        QCOMPARE(video->info().damagedRanges, (QList<FrameRange>{{decodable, 794}}));
        QCOMPARE(attribute(*video, QStringLiteral("Damage check")), QStringLiteral("%1 damaged frame(s)").arg(795 - decodable));
        // The last decodable frame still decodes; the first damaged one fails at once.
        QVERIFY(!video->frame(decodable - 1).isNull());
        QVERIFY(video->frame(decodable, &error).isNull());
        QCOMPARE(error, QStringLiteral("Frame %1 of cut.avi is damaged and cannot be decoded.").arg(decodable + 1));

        // A scan of a fresh source finds the same range and keeps the container's count.
        OpenResult fresh = openVideoFile(path);
        VideoFrameSource* scanned = asVideo(fresh);
        QList<double> fractions;
        ns::jobs::Progress progress([&](double f, const QString&) { fractions << f; }, ns::jobs::CancelToken());
        QVERIFY(scanned->scanForDamage(progress));
        QVERIFY(scanned->isScanned());
        QCOMPARE(scanned->info().damagedRanges, (QList<FrameRange>{{decodable, 794}}));
        QCOMPARE(scanned->frameCount(), 795);
        QVERIFY(fractions.size() > 3);
        QCOMPARE(fractions.last(), 1.0);
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
        QVERIFY(scanned->frame(700, &error).isNull());
        QVERIFY(error.contains(QStringLiteral("damaged")));
        QCOMPARE(scanned->frame(400), intact.kept.value(400));
    }

    void truncatedMatroskaReportsTheDamagedTail()
    {
        NS_REQUIRE_FILE(opencvSample(QStringLiteral("vtest.avi")));
        const QString whole = encodeFromVtest(m_tmp.filePath(QStringLiteral("whole.mkv")), "H264", 80);
        QVERIFY(!whole.isEmpty());
        const QString path = truncatedCopy(whole, m_tmp.filePath(QStringLiteral("cut.mkv")), 0.6);
        const int decodable = readSequentially(path).count();
        QVERIFY(decodable > 10 && decodable < 80);
        OpenResult r = openVideoFile(path);
        QVERIFY2(r, qPrintable(r.error));
        VideoFrameSource* video = asVideo(r);
        QCOMPARE(video->frameCount(), 80);
        QVERIFY(video->scanForDamage(ns::jobs::Progress::none()));
        QCOMPARE(video->info().damagedRanges, (QList<FrameRange>{{decodable, 79}}));
        QVERIFY(!video->frame(decodable - 1).isNull());
    }

    void scanCorrectsAContainerThatOvercounts()
    {
        // tree.avi lists 444 frames, but 376 index entries are empty ("repeat the previous
        // frame"): FFmpeg delivers 68 pictures spread over the 29.6 s the file lasts.
        const QString path = opencvSample(QStringLiteral("tree.avi"));
        NS_REQUIRE_FILE(path);
        OpenResult r = openVideoFile(path);
        QVERIFY2(r, qPrintable(r.error));
        VideoFrameSource* video = asVideo(r);
        QCOMPARE(video->frameCount(), 444);
        // Before a scan, a frame past the pictures is reported as damaged...
        QString error;
        QVERIFY(video->frame(100, &error).isNull());
        QCOMPARE(error, QStringLiteral("Frame 101 of tree.avi is damaged and cannot be decoded."));
        QCOMPARE(video->info().damagedRanges, (QList<FrameRange>{{68, 443}}));
        // ...the scan sees the pictures cover the whole duration: the count was wrong.
        QVERIFY(video->scanForDamage(ns::jobs::Progress::none()));
        QCOMPARE(video->frameCount(), 68);
        QCOMPARE(video->containerFrameCount(), 444);
        QVERIFY(video->info().damagedRanges.isEmpty());
        QVERIFY(qAbs(video->frameRate() - 68.0 / (444.0 / 14.999925)) < 1e-6);
        QCOMPARE(attribute(*video, QStringLiteral("Frames")), QStringLiteral("68 (the file lists 444)"));
        QVERIFY(attribute(*video, QStringLiteral("Frame rate")).contains(QStringLiteral("average")));
        QVERIFY(!video->frame(67).isNull());
    }

    void cancelledScanChangesNothing()
    {
        const QString path = truncatedCopy(opencvSample(QStringLiteral("vtest.avi")), m_tmp.filePath(QStringLiteral("cut2.avi")), 0.6);
        OpenResult r = openVideoFile(path);
        QVERIFY2(r, qPrintable(r.error));
        VideoFrameSource* video = asVideo(r);
        ns::jobs::CancelToken token;
        ns::jobs::Progress progress([&](double f, const QString&) { if (f > 0.1) token.cancel(); }, token);
        QVERIFY(!video->scanForDamage(progress));
        QVERIFY(!video->isScanned());
        QVERIFY(video->info().damagedRanges.isEmpty());
        QCOMPARE(video->frameCount(), 795);
    }

    void framesStayExactWhileAScanRunsInParallel()
    {
        const QString path = opencvSample(QStringLiteral("Megamind.avi"));
        NS_REQUIRE_FILE(path);
        const Reference ref = readSequentially(path);
        OpenResult r = openVideoFile(path);
        QVERIFY2(r, qPrintable(r.error));
        VideoFrameSource* video = asVideo(r);
        video->cache().setBudgetBytes(8LL * 1024 * 1024);
        std::atomic<int> wrong{0}, failed{0};
        bool scanned = false;
        std::thread scanner([&] { scanned = video->scanForDamage(ns::jobs::Progress::none()); });
        auto reader = [&](quint32 seed) {
            for (int i = 0; i < 40; ++i) {
                seed = seed * 1664525u + 1013904223u;
                const int index = int((seed >> 8) % 270u);
                const QImage img = video->frame(index);
                if (img.isNull())
                    ++failed;
                else if (pixelHash(img) != ref.hashes[size_t(index)])
                    ++wrong;
            }
        };
        std::thread a(reader, 1u), b(reader, 2u);
        a.join();
        b.join();
        scanner.join();
        QVERIFY(scanned);
        QCOMPARE(failed.load(), 0);
        QCOMPARE(wrong.load(), 0);
    }

    void errorsNameTheFileAndTheReason()
    {
        // A text file with a video name.
        const QString text = m_tmp.filePath(QStringLiteral("notes.mp4"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("These are not frames.\n").repeated(50));
        }
        OpenResult r = openVideoFile(text);
        QVERIFY(!r);
        QCOMPARE(r.error, QStringLiteral("Cannot open %1: it is not a video file that FFmpeg can read.").arg(text));
        r = openMedia(text);
        QVERIFY(!r);
        QVERIFY(r.error.startsWith(QStringLiteral("Cannot open %1: ").arg(text)));

        // An MP4 cut off before its index (moov atom, written last) was written.
        NS_REQUIRE_FILE(opencvSample(QStringLiteral("vtest.avi")));
        const QString mp4 = encodeFromVtest(m_tmp.filePath(QStringLiteral("rec.mp4")), "avc1", 30);
        QVERIFY(!mp4.isEmpty());
        const QString cut = truncatedCopy(mp4, m_tmp.filePath(QStringLiteral("rec-cut.mp4")), 0.6);
        r = openVideoFile(cut);
        QVERIFY(!r);
        QCOMPARE(r.error, QStringLiteral("Cannot open %1: the MP4 file has no index (moov atom); the recording was "
                                         "probably cut off before it was finished.").arg(cut));

        // A real AVI header with no frame data after it: zero frames.
        const QString headerOnly = m_tmp.filePath(QStringLiteral("empty.avi"));
        {
            QFile in(opencvSample(QStringLiteral("vtest.avi")));
            QVERIFY(in.open(QIODevice::ReadOnly));
            QFile out(headerOnly);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(in.read(4096 + 12)); // hdrl, INFO, JUNK and the start of an empty movi list
        }
        r = openVideoFile(headerOnly);
        QVERIFY(!r);
        QCOMPARE(r.error, QStringLiteral("Cannot open %1: the video contains no decodable frames.").arg(headerOnly));

        const QString missing = m_tmp.filePath(QStringLiteral("missing.avi"));
        r = openVideoFile(missing);
        QVERIFY(!r);
        QCOMPARE(r.error, QStringLiteral("Cannot open %1: the file does not exist.").arg(missing));
    }
};

QTEST_GUILESS_MAIN(TestVideoDamage)
#include "test_video_damage.moc"
