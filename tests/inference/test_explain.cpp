// The explanation engines. Occlusion and LIME against score functions whose true
// attribution is known exactly (a score that is the mean brightness of one square is
// linear in what is hidden), batching that changes nothing but speed, the fills, and
// Grad-CAM/occlusion/LIME through real networks of every architecture: heatmaps at frame
// size for frames of any size, classes by index, cancellation mid-way, bad requests.

#include "core/jobs/Progress.h"
#include "inference/ModelFile.h"
#include "inference/explain/Explainer.h"
#include "inference/explain/Faithfulness.h"
#include "inference/explain/HeatmapImage.h"
#include "inference/explain/Lime.h"
#include "inference/explain/Occlusion.h"

#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace ns::inference;
using namespace ns::inference::explain;

namespace {

const cv::Rect kSquare(40, 24, 24, 16);

// A 96x96 image: dark speckle-free background, a bright square.
cv::Mat squareImage()
{
    cv::Mat m(96, 96, CV_32FC1, cv::Scalar(0.1));
    m(kSquare).setTo(0.9);
    return m;
}

// The mean brightness inside the square: what hides the square lowers it, nothing else.
BatchScore squareScore(int* calls = nullptr, int* largestBatch = nullptr)
{
    return [=](const std::vector<cv::Mat>& inputs) {
        if (calls)
            ++*calls;
        if (largestBatch)
            *largestBatch = std::max(*largestBatch, int(inputs.size()));
        std::vector<double> s;
        for (const cv::Mat& m : inputs)
            s.push_back(cv::mean(m(kSquare))[0]);
        return s;
    };
}

LoadedModel freshModel(const QString& task, const QString& arch, QStringList classes, int input)
{
    LoadedModel m;
    m.card.name = QStringLiteral("test-") + arch;
    m.card.version = QStringLiteral("0");
    m.card.task = task;
    m.card.architecture = arch;
    m.card.inputWidth = input;
    m.card.inputHeight = input;
    m.card.classes = std::move(classes);
    QString error;
    m.net = createNetwork(m.card, &error);
    if (!m.net)
        qFatal("%s", qPrintable(error));
    return m;
}

QImage noiseFrame(int w, int h, int seed)
{
    cv::Mat m(h, w, CV_8UC1);
    cv::RNG rng(static_cast<uint64>(seed));
    rng.fill(m, cv::RNG::UNIFORM, 0, 256);
    cv::GaussianBlur(m, m, cv::Size(0, 0), 3);
    cv::circle(m, cv::Point(w / 2, h / 2), std::min(w, h) / 6, cv::Scalar(230), -1);
    QImage img(w, h, QImage::Format_Grayscale8);
    for (int y = 0; y < h; ++y)
        std::memcpy(img.scanLine(y), m.ptr(y), size_t(w));
    return img;
}

} // namespace

class TestExplain : public QObject {
    Q_OBJECT
private slots:
    void windowsCoverTheWholeAxis()
    {
        QCOMPARE(windowStarts(224, 16, 8).size(), size_t(27));
        QCOMPARE(windowStarts(224, 16, 8).back(), 208);
        QCOMPARE(windowStarts(100, 16, 8), (std::vector<int>{0, 8, 16, 24, 32, 40, 48, 56, 64, 72, 80, 84}));
        QCOMPARE(windowStarts(10, 16, 8), std::vector<int>{0}); // patch larger than the image
    }

    void occlusionCreditsExactlyTheHiddenShare()
    {
        const cv::Mat img = squareImage();
        OcclusionOptions o;
        o.patch = 8;
        o.stride = 8; // no overlap: each pixel carries its one window's drop
        o.fill = Fill::Zero;
        const PerturbationMap r = occlusionMap(img, o, squareScore());
        QCOMPARE(r.evaluations, 144);
        QVERIFY(std::abs(r.baseScore - 0.9) < 1e-6);
        // A window wholly inside the square hides 64 of its 384 pixels of 0.9.
        QVERIFY(std::abs(r.map.at<float>(28, 44) - 0.9 * 64 / 384) < 1e-6);
        QCOMPARE(r.map.at<float>(80, 8), 0.0f); // far from the square: no drop at all
        QVERIFY(pointingHit(r.map, [] { cv::Mat m = cv::Mat::zeros(96, 96, CV_8UC1); m(kSquare).setTo(255); return m; }(), 0));
    }

    void batchingChangesNothingButTheCalls()
    {
        const cv::Mat img = squareImage();
        OcclusionOptions o;
        o.batchSize = 1;
        int calls1 = 0, calls32 = 0, largest = 0;
        const cv::Mat a = occlusionMap(img, o, squareScore(&calls1)).map;
        o.batchSize = 32;
        const cv::Mat b = occlusionMap(img, o, squareScore(&calls32, &largest)).map;
        QCOMPARE(cv::norm(a, b, cv::NORM_INF), 0.0);
        QCOMPARE(calls1, 1 + 121);                // the base score, then one per window
        QCOMPARE(calls32, 1 + (121 + 31) / 32);
        QCOMPARE(largest, 32);
    }

    void overlappingWindowsAreAveraged()
    {
        const cv::Mat img = squareImage();
        OcclusionOptions o;
        o.patch = 16;
        o.stride = 8;
        o.fill = Fill::Zero;
        const cv::Mat map = occlusionMap(img, o, squareScore()).map;
        // Pixel (44, 28) lies in 4 windows: x starts 32, 40 and y starts 16, 24. Each hides
        // the square's part inside the window.
        double sum = 0;
        for (int wx : {32, 40})
            for (int wy : {16, 24})
                sum += 0.9 * (cv::Rect(wx, wy, 16, 16) & kSquare).area() / 384.0;
        QVERIFY(std::abs(map.at<float>(28, 44) - sum / 4) < 1e-6);
    }

    void limeRecoversALinearModel()
    {
        const cv::Mat img = squareImage();
        LimeOptions o;
        o.superpixels = 36;
        o.samples = 400;
        o.fill = Fill::Zero;
        o.ridgeAlpha = 1e-9;
        const LimeMap r = limeMap(img, o, squareScore());
        // The score is exactly linear in the superpixels' on/off: 0.9 * |sp ∩ square| / |square|.
        const int k = int(r.weights.size());
        std::vector<double> truth(size_t(k), 0.0);
        for (int y = kSquare.y; y < kSquare.br().y; ++y)
            for (int x = kSquare.x; x < kSquare.br().x; ++x)
                truth[size_t(r.labels.at<int>(y, x))] += 0.9 / kSquare.area();
        for (int j = 0; j < k; ++j)
            QVERIFY2(std::abs(r.weights[size_t(j)] - truth[size_t(j)]) < 1e-6, qPrintable(QString::number(j)));
        QVERIFY(r.weightedR2 > 0.999999);
        QVERIFY(std::abs(r.intercept) < 1e-6);
        QCOMPARE(r.evaluations, 400);
    }

    void limeIsSeeded()
    {
        const cv::Mat img = squareImage();
        LimeOptions o;
        o.samples = 100;
        const cv::Mat a = limeMap(img, o, squareScore()).map;
        const cv::Mat b = limeMap(img, o, squareScore()).map;
        QCOMPARE(cv::norm(a, b, cv::NORM_INF), 0.0);
        o.seed = 2;
        QVERIFY(cv::norm(a, limeMap(img, o, squareScore()).map, cv::NORM_INF) > 0);
    }

    void superpixelsAreDenseAndFollowEdges()
    {
        int n = 0;
        const cv::Mat labels = slicSuperpixels(squareImage(), 36, &n);
        double lo = 0, hi = 0;
        cv::minMaxLoc(labels, &lo, &hi);
        QCOMPARE(lo, 0.0);
        QCOMPARE(int(hi), n - 1);
        QVERIFY(n >= 20 && n <= 60);
        // No superpixel straddles the square's edge by more than a sliver.
        std::vector<int> inside(size_t(n), 0), total(size_t(n), 0);
        for (int y = 0; y < 96; ++y)
            for (int x = 0; x < 96; ++x) {
                const int l = labels.at<int>(y, x);
                ++total[size_t(l)];
                inside[size_t(l)] += kSquare.contains(cv::Point(x, y)) ? 1 : 0;
            }
        for (int j = 0; j < n; ++j) {
            const double share = double(inside[size_t(j)]) / total[size_t(j)];
            QVERIFY2(share < 0.1 || share > 0.9, qPrintable(QStringLiteral("superpixel %1: %2").arg(j).arg(share)));
        }
    }

    void fills()
    {
        const cv::Mat img = squareImage();
        QCOMPARE(cv::countNonZero(fillImage(img, Fill::Zero, 4)), 0);
        const cv::Mat mean = fillImage(img, Fill::Mean, 4);
        QVERIFY(std::abs(mean.at<float>(0, 0) - cv::mean(img)[0]) < 1e-6);
        QCOMPARE(cv::norm(mean, cv::Mat(img.size(), CV_32FC1, cv::Scalar(cv::mean(img)[0])), cv::NORM_INF) < 1e-6, true);
        const cv::Mat blur = fillImage(img, Fill::Blur, 4);
        QVERIFY(blur.at<float>(32, 52) < 0.9f && blur.at<float>(32, 52) > 0.5f); // softened, not flattened
        QVERIFY(std::abs(cv::mean(blur)[0] - cv::mean(img)[0]) < 0.01);

        // Region: each region by its own mean (two regions: the left and right halves).
        cv::Mat halves(img.size(), CV_32SC1, cv::Scalar(0));
        halves.colRange(48, 96).setTo(1);
        const cv::Mat region = fillImage(img, Fill::Region, 4, cv::Mat(), halves);
        QVERIFY(std::abs(region.at<float>(10, 10) - cv::mean(img.colRange(0, 48))[0]) < 1e-6);
        QVERIFY(std::abs(region.at<float>(10, 90) - cv::mean(img.colRange(48, 96))[0]) < 1e-6);
        // In occlusion, a window by its own mean: hiding the square's inside changes nothing.
        OcclusionOptions o;
        o.patch = 8;
        o.stride = 8;
        o.fill = Fill::Region;
        const PerturbationMap r = occlusionMap(img, o, squareScore());
        QVERIFY(std::abs(r.map.at<float>(28, 44)) < 1e-6);
        // A window across the square's edge averages bright with dark: rows 16-31, columns
        // 32-47 hold 64 square pixels (0.9) and 192 background (0.1), mean 0.3.
        o.patch = 16;
        o.stride = 16;
        const PerturbationMap across = occlusionMap(img, o, squareScore());
        QVERIFY(std::abs(across.map.at<float>(20, 44) - 64 * (0.9 - 0.3) / 384) < 1e-6);
    }

    void paddingIsNeverPerturbed()
    {
        // The top 20 rows are padding beyond the frame (a crop reaching past its edge).
        cv::Mat img = squareImage();
        img.rowRange(0, 20).setTo(0.0f);
        cv::Mat area(img.size(), CV_8UC1, cv::Scalar(255));
        area.rowRange(0, 20).setTo(0);
        for (Fill f : {Fill::Mean, Fill::Zero, Fill::Blur}) {
            const cv::Mat fill = fillImage(img, f, 6, area);
            QCOMPARE(cv::countNonZero(fill.rowRange(0, 20)), 0); // the void stays void
        }
        // The fill comes from the image alone: its mean, and a blur that no black bleeds into.
        const double imageMean = cv::mean(img, area)[0];
        QVERIFY(std::abs(fillImage(img, Fill::Mean, 6, area).at<float>(21, 0) - imageMean) < 1e-6);
        QVERIFY(std::abs(fillImage(img, Fill::Blur, 6, area).at<float>(20, 0) - 0.1f) < 1e-4);
        QVERIFY(fillImage(img, Fill::Blur, 6).at<float>(20, 0) < 0.09f); // without the area it does

        // Windows wholly in the padding are not scored and stay 0; the others are.
        OcclusionOptions o;
        o.patch = 8;
        o.stride = 8;
        int calls = 0;
        const PerturbationMap r = occlusionMap(img, o, squareScore(&calls), ns::jobs::Progress::none(), area);
        QCOMPARE(r.evaluations, 144 - 2 * 12); // rows 0-7 and 8-15 are padding only; 16-23 is not
        QCOMPARE(cv::countNonZero(r.map.rowRange(0, 16)), 0);
        QVERIFY(r.map.at<float>(28, 44) > 0);
    }

    void deletionCurveFallsFasterInTheRightOrder()
    {
        const cv::Mat img = squareImage();
        int n = 0;
        const cv::Mat labels = slicSuperpixels(img, 36, &n);
        cv::Mat truthMap = cv::Mat::zeros(img.size(), CV_32FC1);
        truthMap(kSquare).setTo(1.0f);
        const cv::Mat fill = fillImage(img, Fill::Zero, 0);
        const auto good = deletionCurve(img, fill, labels, superpixelOrder(truthMap, labels, n), squareScore());
        std::mt19937_64 rng(3);
        const auto random = deletionCurve(img, fill, labels, randomOrder(n, rng), squareScore());
        QCOMPARE(int(good.size()), n + 1);
        QVERIFY(std::abs(good.front() - 0.9) < 1e-6);
        QVERIFY(std::abs(good.back()) < 1e-6);
        QVERIFY(curveArea(good) < 0.5 * curveArea(random));
    }

    void gradCamOnEveryArchitecture()
    {
        struct Case { const char* task; const char* arch; QStringList classes; int input; };
        const QList<Case> cases = {
            {"cts-binary", "squeezenet1_1", {"normal", "cts"}, 64},
            {"cts-binary", "mobilenet_v2", {"normal", "cts"}, 64},
            {"cts-binary", "efficientnet_b0", {"normal", "cts"}, 64},
            {"cts-severity", "severity-transverse", {"normal", "mild", "moderate", "severe"}, 64},
            {"cts-severity", "severity-longitudinal", {"normal", "mild", "moderate", "severe"}, 64},
        };
        for (const Case& c : cases) {
            InferenceOptions options;
            options.cpuThreads = 1;
            QString error;
            auto ex = Explainer::create(freshModel(QString::fromLatin1(c.task), QString::fromLatin1(c.arch), c.classes, c.input), options, &error);
            QVERIFY2(ex, qPrintable(error));
            ExplainRequest r;
            r.method = Method::GradCam;
            r.targetClass = 1;
            const QImage frame = noiseFrame(150, 110, 7);
            const ExplainResult res = ex->explain(frame, r, ns::jobs::Progress::none(), &error);
            QVERIFY2(res.ok(), qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(c.arch), error)));
            QCOMPARE(res.heatmap.cols, 150);
            QCOMPARE(res.heatmap.rows, 110);
            QCOMPARE(res.modelMap.cols, c.input);
            double lo = 0, hi = 0;
            cv::minMaxLoc(res.heatmap, &lo, &hi);
            QVERIFY2(lo >= 0 && std::isfinite(hi), c.arch);
            QCOMPARE(res.target, c.classes[1]);
        }
        // Segmenters: the nerve they predict, at the bottleneck (Seg-Grad-CAM).
        for (const char* arch : {"sa-unet", "unet"}) {
            QString error;
            InferenceOptions options;
            options.cpuThreads = 1;
            auto seg = Explainer::create(freshModel(QStringLiteral("segmentation"), QString::fromLatin1(arch), {QStringLiteral("nerve")}, 64), options, &error);
            QVERIFY(seg);
            ExplainRequest r;
            r.method = Method::GradCam;
            const ExplainResult res = seg->explain(noiseFrame(96, 80, 2), r, ns::jobs::Progress::none(), &error);
            QVERIFY2(res.ok(), qPrintable(error));
            QCOMPARE(res.target, QStringLiteral("nerve"));
            QCOMPARE(res.heatmap.size(), cv::Size(96, 80));
            double lo = 0, hi = 0;
            cv::minMaxLoc(res.heatmap, &lo, &hi);
            QVERIFY2(lo >= 0 && std::isfinite(hi), arch);
        }
    }

    void perturbationMethodsThroughARealNetwork()
    {
        InferenceOptions options;
        options.cpuThreads = 1;
        QString error;
        auto ex = Explainer::create(freshModel(QStringLiteral("cts-binary"), QStringLiteral("squeezenet1_1"), {QStringLiteral("normal"), QStringLiteral("cts")}, 64), options, &error);
        QVERIFY(ex);
        QCOMPARE(ex->targets(), (QStringList{QStringLiteral("normal"), QStringLiteral("cts")}));
        const QImage frame = noiseFrame(201, 97, 3).convertToFormat(QImage::Format_RGB32);
        for (Method m : {Method::Occlusion, Method::Lime}) {
            ExplainRequest r;
            r.method = m;
            r.targetClass = 0;
            r.lime.samples = 60;
            QList<double> fractions;
            const ns::jobs::Progress progress([&](double f, const QString&) { fractions << f; }, ns::jobs::CancelToken());
            const ExplainResult res = ex->explain(frame, r, progress, &error);
            QVERIFY2(res.ok(), qPrintable(error));
            QCOMPARE(res.heatmap.size(), cv::Size(201, 97));
            QCOMPARE(res.target, QStringLiteral("normal"));
            QVERIFY(!fractions.isEmpty() && fractions.last() == 1.0);
            QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
            // The map explains the score the engine reports for the frame.
            const cv::Mat input = ex->modelInput(frame);
            QCOMPARE(res.score, Score::LogOdds);
            QVERIFY(std::abs(ex->targetScore(input, 0, Score::LogOdds)({input}).at(0) - res.baseScore) < 1e-5);
            // The log-odds are those of the probability the engines report.
            const double p = ex->targetScore(input, 0, Score::Probability)({input}).at(0);
            QVERIFY2(std::abs(std::log(p / (1 - p)) - res.baseScore) < 1e-3, qPrintable(QStringLiteral("%1 %2").arg(p).arg(res.baseScore)));
        }
    }

    void sameRequestSameMap()
    {
        // Seeded and single-threaded: a second explanation in the same process (with the
        // tensor cache now warm) must repeat the first exactly.
        InferenceOptions options;
        options.cpuThreads = 1;
        QString error;
        auto ex = Explainer::create(freshModel(QStringLiteral("cts-binary"), QStringLiteral("mobilenet_v2"), {QStringLiteral("normal"), QStringLiteral("cts")}, 64), options, &error);
        QVERIFY(ex);
        const QImage frame = noiseFrame(120, 90, 11);
        for (Method m : {Method::Occlusion, Method::Lime}) {
            ExplainRequest r;
            r.method = m;
            r.targetClass = 1;
            r.lime.samples = 100;
            const ExplainResult a = ex->explain(frame, r);
            const ExplainResult b = ex->explain(frame, r);
            QVERIFY(a.ok() && b.ok());
            QCOMPARE(cv::norm(a.modelMap, b.modelMap, cv::NORM_INF), 0.0);
        }
    }

    void segmenterTargetIsTheNerveItFinds()
    {
        InferenceOptions options;
        options.cpuThreads = 1;
        QString error;
        auto ex = Explainer::create(freshModel(QStringLiteral("segmentation"), QStringLiteral("sa-unet"), {QStringLiteral("nerve")}, 64), options, &error);
        QVERIFY(ex);
        QVERIFY(ex->isSegmenter());
        ExplainRequest r;
        r.occlusion.patch = 16;
        r.occlusion.stride = 16;
        r.score = Score::Probability;
        const ExplainResult res = ex->explain(noiseFrame(128, 128, 5), r, ns::jobs::Progress::none(), &error);
        QVERIFY2(res.ok(), qPrintable(error));
        QCOMPARE(res.target, QStringLiteral("nerve"));
        QCOMPARE(res.evaluations, 16);
        QVERIFY(res.baseScore > 0 && res.baseScore <= 1);
        QCOMPARE(describeScore(res.score, 0.5, true), QStringLiteral("mean P = 0.500"));
        QCOMPARE(describeScore(Score::LogOdds, 0.0, false), QStringLiteral("log-odds 0.00 (P = 0.500)"));
    }

    void cancelStopsMidway()
    {
        InferenceOptions options;
        options.cpuThreads = 1;
        options.batchSize = 4;
        QString error;
        auto ex = Explainer::create(freshModel(QStringLiteral("cts-binary"), QStringLiteral("squeezenet1_1"), {QStringLiteral("normal"), QStringLiteral("cts")}, 64), options, &error);
        ns::jobs::CancelToken token;
        int reports = 0;
        const ns::jobs::Progress progress([&](double f, const QString&) { if (f > 0.2) token.cancel(); ++reports; }, token);
        ExplainRequest r;
        r.method = Method::Lime;
        r.lime.batchSize = 8;
        r.lime.samples = 400;
        const ExplainResult res = ex->explain(noiseFrame(80, 80, 1), r, progress, &error);
        QVERIFY(res.cancelled);
        QVERIFY(!res.ok());
        QVERIFY(res.evaluations < 400 / 2);
    }

    void badRequestsAreRefused()
    {
        QString error;
        InferenceOptions options;
        auto ex = Explainer::create(freshModel(QStringLiteral("cts-binary"), QStringLiteral("squeezenet1_1"), {QStringLiteral("normal"), QStringLiteral("cts")}, 64), options, &error);
        ExplainRequest r;
        r.targetClass = 5;
        QVERIFY(!ex->explain(noiseFrame(64, 64, 1), r, ns::jobs::Progress::none(), &error).ok());
        QVERIFY2(error.contains(QStringLiteral("class 5")), qPrintable(error));
        error.clear();
        QVERIFY(!ex->explain(QImage(), ExplainRequest{}, ns::jobs::Progress::none(), &error).ok());
        QVERIFY(error.contains(QStringLiteral("empty")));
        LoadedModel none;
        none.card.task = QStringLiteral("motor-units");
        QVERIFY(!Explainer::create(none, options, &error));
    }

    void overlayAndRawTiff()
    {
        QTemporaryDir dir;
        cv::Mat map(50, 80, CV_32FC1, cv::Scalar(0));
        map(cv::Rect(10, 10, 20, 20)).setTo(2.5f);
        map.at<float>(0, 0) = -1.0f;
        QString error;
        const QString tiff = dir.filePath(QStringLiteral("h.tiff"));
        QVERIFY2(writeRawTiff(tiff, map, &error), qPrintable(error));
        const cv::Mat back = cv::imread(tiff.toStdString(), cv::IMREAD_UNCHANGED);
        QCOMPARE(back.type(), CV_32FC1);
        QCOMPARE(cv::norm(back, map, cv::NORM_INF), 0.0);
        const QString png = dir.filePath(QStringLiteral("h.png"));
        QImage frame(80, 50, QImage::Format_Grayscale8);
        frame.fill(128);
        QVERIFY2(writeOverlay(png, frame, map, 0.6, &error), qPrintable(error));
        const QImage img(png);
        QCOMPARE(img.size(), QSize(80, 50));
        QVERIFY(img.pixelColor(15, 15) != img.pixelColor(60, 40)); // hot spot differs from the rest
        QVERIFY(!writeRawTiff(dir.filePath(QStringLiteral("missing/h.tiff")), map, &error));
    }
};

QTEST_GUILESS_MAIN(TestExplain)
#include "test_explain.moc"
