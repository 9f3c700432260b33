// Same seed, same pixels; another seed, other pixels; names and profiles as contracted.
#include "core/synth/CineGenerator.h"
#include "core/synth/SynthTypes.h"

#include <QTest>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

using namespace ns::synth;

namespace {
enum class Band { Tissue, Speckle };
// Pearson correlation of two grey frames in one band: Tissue, what survives a Gaussian blur
// over a few resolution cells; Speckle, what the blur takes away.
double correlation(const QImage& a, const QImage& b, Band band)
{
    auto mat = [band](const QImage& im) {
        cv::Mat m(im.height(), im.width(), CV_32F), blurred;
        for (int y = 0; y < im.height(); ++y)
            for (int x = 0; x < im.width(); ++x)
                m.at<float>(y, x) = float(qGray(im.pixel(x, y)));
        cv::GaussianBlur(m, blurred, cv::Size(), 4);
        return band == Band::Tissue ? blurred : cv::Mat(m - blurred);
    };
    cv::Mat x = mat(a), y = mat(b);
    cv::Scalar mx, sx, my, sy;
    cv::meanStdDev(x, mx, sx);
    cv::meanStdDev(y, my, sy);
    return cv::mean((x - mx[0]).mul(y - my[0]))[0] / (sx[0] * sy[0]);
}
} // namespace

class TestSynthDeterminism : public QObject {
    Q_OBJECT
private slots:
    void sameSeedSamePixels_data()
    {
        QTest::addColumn<int>("view");
        QTest::addColumn<QString>("profile");
        QTest::newRow("wrist hm70a") << int(View::WristTransverse) << QStringLiteral("hm70a");
        QTest::newRow("forearm minisono") << int(View::ForearmTransverse) << QStringLiteral("minisono");
        QTest::newRow("longitudinal handheld") << int(View::Longitudinal) << QStringLiteral("handheld");
    }
    void sameSeedSamePixels()
    {
        QFETCH(int, view);
        QFETCH(QString, profile);
        SynthRequest r;
        r.view = static_cast<View>(view);
        r.profile = profile;
        r.frames = 3;
        r.seed = 4242;
        r.grade = Grade::Moderate;
        r.noise.boundaryJitterPx = 2;
        r.noise.inconsistentShare = 0.5;
        const SynthCine a = generateCine(r);
        const SynthCine b = generateCine(r);
        QCOMPARE(int(a.frames.size()), 3);
        QCOMPARE(int(b.frames.size()), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(a.frames[i].image, b.frames[i].image);
            QCOMPARE(a.frames[i].truth.mask, b.frames[i].truth.mask);
            QCOMPARE(a.frames[i].truth.contours, b.frames[i].truth.contours);
            QCOMPARE(a.frames[i].truth.areaPx, b.frames[i].truth.areaPx);
        }
        r.seed = 4243;
        const SynthCine c = generateCine(r);
        QVERIFY(c.frames[0].image != a.frames[0].image);
        QVERIFY(c.frames[0].truth.severity.csaMm2 != a.frames[0].truth.severity.csaMm2);
    }
    void speckleSeedKeepsTheAnatomy()
    {
        SynthRequest r;
        r.profile = QStringLiteral("minisono");
        r.frames = 2;
        r.seed = 4242;
        r.grade = Grade::Severe;
        const SynthCine first = generateCine(r);
        r.speckleSeed = 7;
        const SynthCine second = generateCine(r);
        r.speckleSeed = 0;
        r.seed = 4243;
        const SynthCine otherWrist = generateCine(r);
        for (int i = 0; i < 2; ++i) {
            // The second look changes the pixels, never the ground truth.
            QVERIFY(second.frames[i].image != first.frames[i].image);
            QCOMPARE(second.frames[i].truth.mask, first.frames[i].truth.mask);
            QCOMPARE(second.frames[i].truth.contours, first.frames[i].truth.contours);
            QCOMPARE(second.frames[i].truth.severity.csaMm2, first.frames[i].truth.severity.csaMm2);
            // The speckle of the two looks is new; the tissue under it is the same, and much
            // more alike than another wrist's.
            const double speckle = correlation(first.frames[i].image, second.frames[i].image, Band::Speckle);
            const double tissue = correlation(first.frames[i].image, second.frames[i].image, Band::Tissue);
            const double otherTissue = correlation(first.frames[i].image, otherWrist.frames[i].image, Band::Tissue);
            qInfo("frame %d: speckle %.3f, tissue %.3f, another wrist's tissue %.3f", i, speckle, tissue, otherTissue);
            QVERIFY(speckle < 0.5);
            QVERIFY(tissue > 0.9);
            QVERIFY(tissue > otherTissue + 0.1);
        }
    }
    void threadCountDoesNotMatter()
    {
        SynthRequest r;
        r.frames = 2;
        r.seed = 99;
        r.profile = QStringLiteral("minisono");
        const int threads = cv::getNumThreads();
        cv::setNumThreads(1);
        const SynthCine one = generateCine(r);
        cv::setNumThreads(std::max(4, threads));
        const SynthCine many = generateCine(r);
        cv::setNumThreads(threads);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(one.frames[i].image, many.frames[i].image);
    }
    void frameFormatAndSize()
    {
        for (const ScannerProfile& p : scannerProfiles()) {
            SynthRequest r;
            r.profile = p.name;
            const SynthCine c = generateCine(r);
            QCOMPARE(int(c.frames.size()), 1);
            const SynthFrame& f = c.frames[0];
            QCOMPARE(f.image.size(), p.imageSize);
            QCOMPARE(f.image.format(), QImage::Format_Grayscale8);
            QCOMPARE(f.truth.mask.size(), p.imageSize);
            QCOMPARE(f.truth.mask.format(), QImage::Format_Grayscale8);
            QCOMPARE(f.truth.profile, p.name);
            QCOMPARE(c.frameRate, p.frameRate);
        }
    }
    void profilesAsContracted()
    {
        ScannerProfile p;
        QVERIFY(profileByName(QStringLiteral("hm70a"), &p));
        QCOMPARE(p.imageSize, QSize(565, 442)); // S0: 442 rows x 565 columns
        QVERIFY(profileByName(QStringLiteral("MiniSono"), &p));
        QCOMPARE(p.imageSize, QSize(864, 576));
        QVERIFY(profileByName(QStringLiteral("handheld"), &p));
        QVERIFY(p.imageSize.width() * p.imageSize.height() < 565 * 442);
        QVERIFY(p.electronicNoise > 0.025);
        QVERIFY(!profileByName(QStringLiteral("nope"), &p));
        SynthRequest r;
        r.profile = QStringLiteral("nope");
        QVERIFY(generateCine(r).frames.empty());
        for (const ScannerProfile& q : scannerProfiles()) {
            const double widthMm = q.imageSize.width() * q.pixelSpacingMm;
            QVERIFY2(widthMm > 28 && widthMm < 42, qPrintable(q.name));
        }
    }
    void namesRoundTrip()
    {
        for (View v : {View::WristTransverse, View::ForearmTransverse, View::Longitudinal}) {
            View back;
            QVERIFY(parseView(viewName(v), &back));
            QCOMPARE(back, v);
        }
        for (Grade g : {Grade::Normal, Grade::Mild, Grade::Moderate, Grade::Severe}) {
            Grade back;
            QVERIFY(parseGrade(gradeName(g), &back));
            QCOMPARE(back, g);
        }
        QCOMPARE(viewName(View::ForearmTransverse), QStringLiteral("forearm"));
        QCOMPARE(gradeName(Grade::Severe), QStringLiteral("severe"));
        View v;
        QVERIFY(!parseView(QStringLiteral("sagittal"), &v));
        Grade g;
        QVERIFY(!parseGrade(QStringLiteral("terrible"), &g));
    }
};

QTEST_GUILESS_MAIN(TestSynthDeterminism)
#include "test_synth_determinism.moc"
