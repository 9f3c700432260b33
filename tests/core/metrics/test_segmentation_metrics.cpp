// Segmentation metrics: DSC, IoU, precision, recall (Overlap.h), boundaries, the exact
// anisotropic distance transform, Hausdorff and HD95 in px and mm (SurfaceDistance.h), and
// the per-frame score + summary used by `evaluate` (SegmentationScore.h). Hand-computed
// cases, and random shapes compared with scikit-learn, scikit-image and SciPy.

#include "core/metrics/Overlap.h"
#include "core/metrics/SegmentationScore.h"
#include "core/metrics/SurfaceDistance.h"

#include "PythonReference.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <limits>

using namespace ns::metrics;

namespace {

cv::Mat maskFrom(const std::vector<const char*>& rows)
{
    cv::Mat m(int(rows.size()), int(std::strlen(rows[0])), CV_8UC1, cv::Scalar(0));
    for (int y = 0; y < m.rows; ++y)
        for (int x = 0; x < m.cols; ++x)
            m.at<uchar>(y, x) = rows[size_t(y)][x] == '#' ? 255 : 0;
    return m;
}

cv::Mat ellipseMask(cv::Size size, cv::Point2f c, cv::Size2f axes, float angle)
{
    cv::Mat m(size, CV_8UC1, cv::Scalar(0));
    cv::ellipse(m, cv::RotatedRect(c, axes, angle), cv::Scalar(255), cv::FILLED);
    return m;
}

struct Case {
    cv::Mat pred, ref;
    PixelSpacing spacing;
};

// Shapes that stress the definitions: shifts, scale changes, outlier islands, masks that
// touch the image edge, holes, two components (bifid nerves), speckle, anisotropic spacing.
std::vector<Case> randomCases()
{
    cv::RNG rng(0x5eed);
    const std::vector<PixelSpacing> spacings{{1.0, 1.0}, {0.08, 0.08}, {0.1, 0.05}, {0.3, 0.12}};
    std::vector<Case> cases;
    for (int i = 0; i < 32; ++i) {
        const cv::Size size(48 + rng.uniform(0, 160), 40 + rng.uniform(0, 140));
        const cv::Point2f c(rng.uniform(0.3f, 0.7f) * size.width, rng.uniform(0.3f, 0.7f) * size.height);
        const cv::Size2f axes(rng.uniform(0.2f, 0.6f) * size.width, rng.uniform(0.2f, 0.6f) * size.height);
        Case k;
        k.spacing = spacings[size_t(i) % spacings.size()];
        k.ref = ellipseMask(size, c, axes, rng.uniform(0.f, 180.f));
        const cv::Point2f shift(rng.uniform(-6.f, 6.f), rng.uniform(-6.f, 6.f));
        k.pred = ellipseMask(size, c + shift, axes * rng.uniform(0.8f, 1.2f), rng.uniform(0.f, 180.f));
        switch (i % 8) {
        case 1: // an outlier island far from the nerve: HD jumps, HD95 hardly moves
            cv::circle(k.pred, cv::Point(3, 3), 2, cv::Scalar(255), cv::FILLED);
            break;
        case 2: // touches the image edge
            k.ref = ellipseMask(size, cv::Point2f(2.f, c.y), axes, 0.f);
            k.pred = ellipseMask(size, cv::Point2f(5.f, c.y + 2.f), axes, 10.f);
            break;
        case 3: // a hole in the prediction
            cv::circle(k.pred, c + shift, int(std::min(axes.width, axes.height) / 6), cv::Scalar(0), cv::FILLED);
            break;
        case 4: // bifid: a second component in both
            cv::circle(k.ref, cv::Point(size.width - 8, size.height - 8), 5, cv::Scalar(255), cv::FILLED);
            cv::circle(k.pred, cv::Point(size.width - 10, size.height - 7), 6, cv::Scalar(255), cv::FILLED);
            break;
        case 5: { // speckle along the prediction
            for (int s = 0; s < 60; ++s)
                k.pred.at<uchar>(rng.uniform(0, size.height), rng.uniform(0, size.width)) ^= 255;
            break;
        }
        case 6: // a one-pixel prediction
            k.pred.setTo(0);
            k.pred.at<uchar>(int(c.y), int(c.x)) = 255;
            break;
        default:
            break;
        }
        cases.push_back(k);
    }
    return cases;
}

// Brute-force squared distance to the nearest feature pixel, for checking the fast EDT.
double bruteSquared(const cv::Mat& features, int y, int x, PixelSpacing s)
{
    double best = std::numeric_limits<double>::infinity();
    for (int v = 0; v < features.rows; ++v)
        for (int u = 0; u < features.cols; ++u)
            if (features.at<uchar>(v, u)) {
                const double dx = (u - x) * s.x, dy = (v - y) * s.y;
                best = std::min(best, dx * dx + dy * dy);
            }
    return best;
}

} // namespace

class TestSegmentationMetrics : public QObject {
    Q_OBJECT

private slots:
    void overlapByHand()
    {
        const cv::Mat pred = maskFrom({"##..", "#...", "....", "...."});
        const cv::Mat ref = maskFrom({"#...", "#...", "##..", "#..."});
        const OverlapCounts c = overlapCounts(pred, ref);
        QCOMPARE(c.truePositive, std::int64_t(2));
        QCOMPARE(c.falsePositive, std::int64_t(1));
        QCOMPARE(c.falseNegative, std::int64_t(3));
        QCOMPARE(c.trueNegative, std::int64_t(10));
        const OverlapScores s = c.scores();
        QCOMPARE(s.dice, 4.0 / 8.0); // 2 TP / (2 TP + FP + FN)
        QCOMPARE(s.iou, 2.0 / 6.0);
        QCOMPARE(s.precision, 2.0 / 3.0);
        QCOMPARE(s.recall, 2.0 / 5.0);
    }

    void emptyMaskConventions()
    {
        const cv::Mat empty(5, 5, CV_8UC1, cv::Scalar(0));
        cv::Mat some = empty.clone();
        some.at<uchar>(2, 2) = 1; // any nonzero value is inside
        const OverlapScores both = overlapScores(empty, empty);
        QCOMPARE(both.dice, 1.0);
        QCOMPARE(both.iou, 1.0);
        QCOMPARE(both.precision, 1.0);
        QCOMPARE(both.recall, 1.0);
        const OverlapScores missed = overlapScores(empty, some);
        QCOMPARE(missed.dice, 0.0);
        QCOMPARE(missed.precision, 0.0);
        QCOMPARE(missed.recall, 0.0);
        const OverlapScores falseAlarm = overlapScores(some, empty);
        QCOMPARE(falseAlarm.dice, 0.0);
        QCOMPARE(falseAlarm.recall, 0.0);

        const SurfaceDistances d = surfaceDistances(empty, empty, PixelSpacing{0.1, 0.1});
        QVERIFY(!d.hausdorffPx && !d.hd95Px && !d.hausdorffMm && !d.hd95Mm);
        QCOMPARE(d.undefinedReason, SurfaceUndefined::BothEmpty);
        QCOMPARE(surfaceDistances(empty, some).undefinedReason, SurfaceUndefined::PredictionEmpty);
        QCOMPARE(surfaceDistances(some, empty).undefinedReason, SurfaceUndefined::ReferenceEmpty);
        QVERIFY(!surfaceDistances(some, empty).hd95Px);
    }

    void mismatchedMasksAreRefusedWithAReason()
    {
        const cv::Mat a(4, 5, CV_8UC1, cv::Scalar(0)), b(5, 4, CV_8UC1, cv::Scalar(0));
        QVERIFY(maskMismatch(a, a).isEmpty());
        QVERIFY(maskMismatch(a, b).contains(QLatin1String("5 x 4")));
        QVERIFY(!maskMismatch(a, cv::Mat(4, 5, CV_32FC1)).isEmpty());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, overlapCounts(a, b));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, surfaceDistances(a, b));
    }

    void boundaryIsTheFourConnectedRim()
    {
        const cv::Mat square = maskFrom({".....", ".###.", ".###.", ".###.", "....."});
        const cv::Mat rim = maskBoundary(square);
        QCOMPARE(cv::countNonZero(rim), 8);
        QCOMPARE(int(rim.at<uchar>(2, 2)), 0);
        // A diagonal-only outside neighbour does not make a boundary pixel (4-connectivity).
        const cv::Mat notch = maskFrom({"####.", "#####", "#####", "#####"});
        QCOMPARE(int(maskBoundary(notch).at<uchar>(1, 3)), 0); // only its upper-right diagonal is outside
        QCOMPARE(int(maskBoundary(notch).at<uchar>(1, 4)), 255); // its upper neighbour is outside
        // Beyond the image edge counts as outside: a full mask's boundary is the frame.
        const cv::Mat full(6, 7, CV_8UC1, cv::Scalar(255));
        QCOMPARE(cv::countNonZero(maskBoundary(full)), 2 * 7 + 2 * 4);
    }

    void distancesByHand()
    {
        cv::Mat a(8, 8, CV_8UC1, cv::Scalar(0)), b = a.clone();
        a.at<uchar>(0, 0) = 255;
        b.at<uchar>(4, 3) = 255; // 3 columns right, 4 rows down
        const SurfaceDistances d = surfaceDistances(a, b, PixelSpacing{0.5, 2.0});
        QCOMPARE(*d.hausdorffPx, 5.0);
        QCOMPARE(*d.hd95Px, 5.0);
        QVERIFY(std::abs(*d.hausdorffMm - std::sqrt(1.5 * 1.5 + 8.0 * 8.0)) < 1e-12);
        QVERIFY(!surfaceDistances(a, b).hausdorffMm); // no spacing, no mm

        // A 5x5 square and the same square 2 columns to the right: every rim pixel of one is
        // at most 2 px from the other's rim, and the far sides are exactly 2 px apart.
        cv::Mat s1(12, 14, CV_8UC1, cv::Scalar(0)), s2 = s1.clone();
        s1(cv::Rect(3, 3, 5, 5)).setTo(255);
        s2(cv::Rect(5, 3, 5, 5)).setTo(255);
        const SurfaceDistances sq = surfaceDistances(s1, s2, PixelSpacing{0.1, 0.3});
        QCOMPARE(*sq.hausdorffPx, 2.0);
        QVERIFY(std::abs(*sq.hausdorffMm - 0.2) < 1e-12);
        QCOMPARE(*surfaceDistances(s1, s1).hausdorffPx, 0.0);
    }

    void hd95IsThePooledPercentile()
    {
        // 16 rim pixels per 5x5 square; add one far island to the prediction. Pooled
        // distances: 32 zeros + the island's one distance + the reference rim's distances
        // (0, unchanged): the 95th percentile interpolates among zeros; HD is the island.
        cv::Mat ref(30, 30, CV_8UC1, cv::Scalar(0));
        ref(cv::Rect(2, 2, 5, 5)).setTo(255);
        cv::Mat pred = ref.clone();
        pred.at<uchar>(26, 6) = 255; // 20 rows below the square's bottom rim (row 6)
        const SurfaceDistances d = surfaceDistances(pred, ref);
        QCOMPARE(*d.hausdorffPx, 20.0);
        // 33 pooled values, 32 zeros and one 20: position 0.95 * 32 = 30.4 lies among the zeros.
        QCOMPARE(*d.hd95Px, 0.0);
    }

    void distanceTransformIsExactAndAnisotropic()
    {
        cv::RNG rng(7);
        cv::Mat features(23, 31, CV_8UC1, cv::Scalar(0));
        for (int k = 0; k < 9; ++k)
            features.at<uchar>(rng.uniform(0, 23), rng.uniform(0, 31)) = 255;
        for (const PixelSpacing s : {PixelSpacing{1, 1}, PixelSpacing{0.2, 0.7}, PixelSpacing{3.0, 0.5}}) {
            const cv::Mat dt = squaredDistanceTransform(features, s);
            for (int y = 0; y < features.rows; ++y)
                for (int x = 0; x < features.cols; ++x)
                    QVERIFY2(std::abs(dt.at<double>(y, x) - bruteSquared(features, y, x, s)) < 1e-9,
                             qPrintable(QStringLiteral("(%1, %2)").arg(x).arg(y)));
        }
        const cv::Mat none = squaredDistanceTransform(cv::Mat(4, 4, CV_8UC1, cv::Scalar(0)));
        QVERIFY(std::isinf(none.at<double>(2, 2)));
    }

    void randomShapesAgreeWithScikitAndScipy()
    {
        const std::vector<Case> cases = randomCases();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        std::vector<double> spacing;
        for (size_t i = 0; i < cases.size(); ++i) {
            QVERIFY(ns::testref::writeNpy(dir.filePath(QStringLiteral("pred_%1.npy").arg(i)), cases[i].pred));
            QVERIFY(ns::testref::writeNpy(dir.filePath(QStringLiteral("ref_%1.npy").arg(i)), cases[i].ref));
            spacing.push_back(cases[i].spacing.x);
            spacing.push_back(cases[i].spacing.y);
        }
        QVERIFY(ns::testref::writeNpyRaw(dir.filePath(QStringLiteral("spacing.npy")), "<f8", {int(cases.size()), 2},
                                         spacing.data(), spacing.size() * sizeof(double)));
        QJsonObject ref;
        const QString error = ns::testref::runScript(QStringLiteral("segmentation_reference.py"),
                                                     {dir.path(), QString::number(cases.size())}, ref);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonArray expected = ref.value(QStringLiteral("cases")).toArray();
        QCOMPARE(expected.size(), qsizetype(cases.size()));

        std::vector<SegmentationScore> scores;
        int conventionsDiffer = 0;
        for (size_t i = 0; i < cases.size(); ++i) {
            const QJsonObject e = expected[qsizetype(i)].toObject();
            const SegmentationScore s = scoreSegmentation(cases[i].pred, cases[i].ref, cases[i].spacing);
            scores.push_back(s);
            const auto near = [&](const char* what, double ours, double theirs) {
                QVERIFY2(std::abs(ours - theirs) <= 1e-9 * std::max(1.0, std::abs(theirs)),
                         qPrintable(QStringLiteral("case %1 %2: ours %3, reference %4")
                                        .arg(i)
                                        .arg(QLatin1String(what))
                                        .arg(ours, 0, 'g', 17)
                                        .arg(theirs, 0, 'g', 17)));
            };
            near("dice", s.overlap.dice, e[QStringLiteral("dice")].toDouble());
            near("iou", s.overlap.iou, e[QStringLiteral("iou")].toDouble());
            near("precision", s.overlap.precision, e[QStringLiteral("precision")].toDouble());
            near("recall", s.overlap.recall, e[QStringLiteral("recall")].toDouble());
            QVERIFY(s.distances.hausdorffPx && s.distances.hd95Px && s.distances.hausdorffMm && s.distances.hd95Mm);
            near("HD px (skimage)", *s.distances.hausdorffPx, e[QStringLiteral("hdPx")].toDouble());
            near("HD95 px", *s.distances.hd95Px, e[QStringLiteral("hd95Px")].toDouble());
            near("HD mm", *s.distances.hausdorffMm, e[QStringLiteral("hdMm")].toDouble());
            near("HD95 mm", *s.distances.hd95Mm, e[QStringLiteral("hd95Mm")].toDouble());
            if (std::abs(*s.distances.hd95Px - e[QStringLiteral("hd95PxMonai")].toDouble()) > 1e-9)
                ++conventionsDiffer;
        }
        // The cases are varied enough that MONAI's convention differs somewhere, so the
        // comparison above really pins down the pooled (medpy) one.
        QVERIFY(conventionsDiffer > 0);

        const SegmentationSummary summary = summarizeSegmentation(scores, BootstrapOptions{500, 1, 0.95, {}});
        QVERIFY(std::abs(summary.dice.stats.mean - ref[QStringLiteral("diceMean")].toDouble()) < 1e-12);
        QVERIFY(std::abs(summary.dice.stats.median - ref[QStringLiteral("diceMedian")].toDouble()) < 1e-12);
        QVERIFY(std::abs(summary.dice.stats.sd - ref[QStringLiteral("diceSd")].toDouble()) < 1e-12);
        QVERIFY(summary.dice.ci.lower <= summary.dice.stats.mean && summary.dice.stats.mean <= summary.dice.ci.upper);
    }

    void fullScoreIsFastEnoughForCines()
    {
        // A 500x500 frame with px and mm distances: four exact distance transforms, O(pixels)
        // each. Hundreds of frames must take seconds, not minutes (about 40 ms measured on a busy 2-core machine).
        const cv::Mat ref = ellipseMask(cv::Size(500, 500), cv::Point2f(250, 240), cv::Size2f(160, 100), 15.f);
        const cv::Mat pred = ellipseMask(cv::Size(500, 500), cv::Point2f(256, 236), cv::Size2f(150, 110), 20.f);
        QElapsedTimer t;
        t.start();
        const SegmentationScore s = scoreSegmentation(pred, ref, PixelSpacing{0.08, 0.1});
        const qint64 ms = t.elapsed();
        qInfo("scoreSegmentation on 500x500 with mm: %lld ms", ms);
        QVERIFY(s.distances.hd95Mm && *s.distances.hd95Mm > 0.0);
        QVERIFY2(ms < 500, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    }

    void summaryCountsUndefinedFramesAndPoolsCounts()
    {
        const cv::Mat empty(10, 10, CV_8UC1, cv::Scalar(0));
        cv::Mat a = empty.clone(), b = empty.clone();
        a(cv::Rect(1, 1, 4, 4)).setTo(255);
        b(cv::Rect(2, 1, 4, 4)).setTo(255);
        std::vector<SegmentationScore> scores{scoreSegmentation(a, b, PixelSpacing{0.1, 0.1}),
                                              scoreSegmentation(empty, empty, PixelSpacing{0.1, 0.1}),
                                              scoreSegmentation(empty, b)};
        const SegmentationSummary s = summarizeSegmentation(scores, BootstrapOptions{200, 3, 0.95, {7, 7, 8}});
        QCOMPARE(s.frames, 3);
        QCOMPARE(s.bothEmptyFrames, 1);
        QCOMPARE(s.dice.stats.n, 3); // DSC is defined on every frame (1 on the empty pair)
        QCOMPARE(s.dice.stats.mean, (0.75 + 1.0 + 0.0) / 3.0);
        QCOMPARE(s.hd95Px.stats.n, 1);
        QCOMPARE(s.hd95Px.stats.undefined, 2);
        QCOMPARE(s.hausdorffMm.stats.n, 1);
        QVERIFY(std::abs(s.hausdorffMm.stats.mean - 0.1) < 1e-12);
        // Pooled: TP 12, FP 4, FN 4 + 16 → DSC 24 / (24 + 4 + 20).
        QCOMPARE(s.pooled.dice, 24.0 / 48.0);
        const QJsonObject json = s.toJson();
        QCOMPARE(json.value(QStringLiteral("hd95Px")).toObject().value(QStringLiteral("undefined")).toInt(), 2);
        QVERIFY(json.value(QStringLiteral("hd95Px")).toObject().value(QStringLiteral("sd")).isNull()); // n = 1
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, summarizeSegmentation(scores, BootstrapOptions{10, 1, 0.95, {1}}));
    }
};

QTEST_GUILESS_MAIN(TestSegmentationMetrics)
#include "test_segmentation_metrics.moc"
