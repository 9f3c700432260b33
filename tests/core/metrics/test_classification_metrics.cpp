// Classification and ROC metrics: confusion matrix and its report (Classification.h),
// Mann–Whitney AUC with ties and the ROC curve (Roc.h), and pixel AUC of probability maps
// (PixelRoc.h). Hand-computed cases, and random data compared with scikit-learn.

#include "core/metrics/BinaryEvaluation.h"
#include "core/metrics/Classification.h"
#include "core/metrics/PixelRoc.h"
#include "core/metrics/Roc.h"

#include "PythonReference.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <random>

using namespace ns::metrics;

namespace {

bool close(double a, double b, double tol = 1e-12) { return std::abs(a - b) <= tol * std::max(1.0, std::abs(b)); }

// A synthetic nerve probability map: a blurred ellipse plus noise, quantised to 1/200 so
// many pixels tie (as 8-bit or low-precision model outputs do).
void probabilityMap(cv::Mat& prob, cv::Mat& ref, int seed)
{
    cv::RNG rng(static_cast<uint64>(seed));
    ref = cv::Mat(180, 220, CV_8UC1, cv::Scalar(0));
    cv::ellipse(ref, cv::RotatedRect(cv::Point2f(110, 90), cv::Size2f(90, 60), 20), cv::Scalar(255), cv::FILLED);
    cv::Mat shifted(ref.size(), CV_8UC1, cv::Scalar(0));
    cv::ellipse(shifted, cv::RotatedRect(cv::Point2f(114, 86), cv::Size2f(96, 54), 25), cv::Scalar(255), cv::FILLED);
    shifted.convertTo(prob, CV_32F, 1.0 / 255.0);
    cv::GaussianBlur(prob, prob, cv::Size(0, 0), 6.0);
    cv::Mat noise(prob.size(), CV_32F);
    rng.fill(noise, cv::RNG::NORMAL, 0.0, 0.15);
    prob += noise;
    prob = cv::max(cv::min(prob, 1.0), 0.0);
    prob.forEach<float>([](float& v, const int*) { v = std::round(v * 200.0f) / 200.0f; });
}

} // namespace

class TestClassificationMetrics : public QObject {
    Q_OBJECT

private slots:
    void confusionMatrixByHand()
    {
        // scikit-learn's documented example: y_true [2,0,2,2,0,1], y_pred [0,0,2,2,0,2].
        ConfusionMatrix cm(3);
        QCOMPARE(cm.addAll({2, 0, 2, 2, 0, 1}, {0, 0, 2, 2, 0, 2}), 0);
        const int expected[3][3] = {{2, 0, 0}, {0, 0, 1}, {1, 0, 2}};
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 3; ++c)
                QCOMPARE(cm.count(r, c), std::int64_t(expected[r][c]));
        const ClassificationReport rep = cm.report();
        QCOMPARE(rep.accuracy, 4.0 / 6.0);
        QCOMPARE(rep.perClass[0].precision, 2.0 / 3.0);
        QCOMPARE(rep.perClass[0].recall, 1.0);
        QCOMPARE(rep.perClass[0].specificity, 3.0 / 4.0); // TN 3 (rows 1,2 x cols 1,2), FP 1
        QCOMPARE(rep.perClass[2].f1, 2.0 * 2.0 / (2.0 * 2.0 + 1.0 + 1.0));
        // Class 1 is never predicted: precision 0/0 -> 0, and the report says so.
        QCOMPARE(rep.perClass[1].precision, 0.0);
        QCOMPARE(rep.undefinedClasses, std::vector<int>{1});
        QCOMPARE(cm.add(3, 0), false);
        QCOMPARE(cm.addAll({0, 1}, {0}), 1);
        QVERIFY(cm.toText({QStringLiteral("normal"), QStringLiteral("mild"), QStringLiteral("severe")})
                    .contains(QLatin1String("severe")));
    }

    void aucByHandWithTies()
    {
        QCOMPARE(rocAuc({0.1, 0.4, 0.35, 0.8}, {0, 0, 1, 1}), 0.75);
        QCOMPARE(rocAuc({0.5, 0.5}, {1, 0}), 0.5);
        // Positives {0.3, 0.7, 0.7}, negatives {0.3, 0.5}: wins 0.5+0 + 1+1 + 1+1 = 4.5 of 6.
        QCOMPARE(rocAuc({0.3, 0.7, 0.7, 0.3, 0.5}, {1, 1, 1, 0, 0}), 4.5 / 6.0);
        QVERIFY(std::isnan(rocAuc({0.1, 0.2}, {1, 1})));
        QVERIFY(std::isnan(rocAuc({0.1, std::nan("")}, {1, 0})));
        QVERIFY(rocCurve({0.1, 0.2}, {0, 0}).empty());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, rocAuc({0.1}, {1, 0}));

        const std::vector<RocPoint> c = rocCurve({0.1, 0.4, 0.35, 0.8}, {0, 0, 1, 1});
        QCOMPARE(int(c.size()), 5);
        QVERIFY(std::isinf(c[0].threshold));
        QCOMPARE(c[1].threshold, 0.8);
        QCOMPARE(c[1].truePositiveRate, 0.5);
        QCOMPARE(c[2].falsePositiveRate, 0.5);
        QCOMPARE(c.back().truePositiveRate, 1.0);
        QCOMPARE(youdenPoint(c).threshold, 0.8); // J = 0.5 first reached at 0.8
    }

    void binaryEvaluationByHand()
    {
        const std::vector<int> labels{1, 1, 0, 0, 1, 0, 1, 0};
        const std::vector<double> scores{0.8, 0.4, 0.6, 0.2, 0.9, 0.1, 0.55, 0.3};
        const BinaryEvaluation e = evaluateBinary(labels, scores, 0.5, BootstrapOptions{500, 8, 0.95, {}});
        QCOMPARE(e.positives, 4);
        QCOMPARE(e.negatives, 4);
        QCOMPARE(e.auc, 14.0 / 16.0); // positives 0.4 and 0.55 fall below the negative 0.6
        QCOMPARE(e.delong.auc, e.auc);
        // At 0.5: positives 0.8, 0.9, 0.55 called, 0.4 missed; negative 0.6 called.
        QCOMPARE(e.atThreshold.perClass[1].recall, 0.75);      // sensitivity
        QCOMPARE(e.atThreshold.perClass[1].specificity, 0.75); // 3 of 4 negatives below 0.5
        QCOMPARE(e.atThreshold.accuracy, 0.75);
        QCOMPARE(e.youden.threshold, 0.4); // sensitivity 1, specificity 3/4: J = 0.75
        QVERIFY(e.aucCi.lower <= e.auc && e.auc <= e.aucCi.upper);
        const QJsonObject json = e.toJson();
        QCOMPARE(json.value(QStringLiteral("auc")).toDouble(), 14.0 / 16.0);
        QCOMPARE(json.value(QStringLiteral("rocFpr")).toArray().size(), qsizetype(e.curve.size()));
        QCOMPARE(json.value(QStringLiteral("atThreshold")).toObject().value(QStringLiteral("accuracy")).toDouble(), 0.75);
        QVERIFY(std::isnan(evaluateBinary({0, 0}, {0.1, 0.2}).auc));
        QVERIFY(evaluateBinary({0, 0}, {0.1, 0.2}).toJson().value(QStringLiteral("auc")).isNull());
    }

    void randomDataAgreesWithScikitLearn()
    {
        std::mt19937 gen(42);
        // Four severity grades, predictions right ~70% of the time, grade 3 rare.
        std::discrete_distribution<int> grade({40, 30, 25, 5});
        std::uniform_real_distribution<double> u(0.0, 1.0);
        std::vector<int> yTrue, yPred;
        for (int i = 0; i < 400; ++i) {
            const int t = grade(gen);
            yTrue.push_back(t);
            yPred.push_back(u(gen) < 0.7 ? t : std::min(3, std::max(0, t + (u(gen) < 0.5 ? -1 : 1))));
        }
        // Binary scores rounded to 2 decimals: many ties, which the AUC counts as one half.
        std::vector<int> bl;
        std::vector<double> bs;
        std::normal_distribution<double> noise(0.0, 1.0);
        for (int i = 0; i < 300; ++i) {
            const int label = u(gen) < 0.35 ? 1 : 0;
            bl.push_back(label);
            bs.push_back(std::round((1.0 / (1.0 + std::exp(-(1.2 * label + noise(gen) - 0.5)))) * 100.0) / 100.0);
        }
        cv::Mat prob, ref;
        probabilityMap(prob, ref, 3);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        using namespace ns::testref;
        QVERIFY(writeNpy(dir.filePath(QStringLiteral("y_true.npy")), yTrue));
        QVERIFY(writeNpy(dir.filePath(QStringLiteral("y_pred.npy")), yPred));
        QVERIFY(writeNpy(dir.filePath(QStringLiteral("classes.npy")), std::vector<int>{4}));
        QVERIFY(writeNpy(dir.filePath(QStringLiteral("bin_labels.npy")), bl));
        QVERIFY(writeNpy(dir.filePath(QStringLiteral("bin_scores.npy")), bs));
        QVERIFY(writeNpy(dir.filePath(QStringLiteral("pix_prob.npy")), prob));
        QVERIFY(writeNpy(dir.filePath(QStringLiteral("pix_ref.npy")), ref));
        QJsonObject e;
        const QString error = runScript(QStringLiteral("classification_reference.py"), {dir.path()}, e);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        ConfusionMatrix cm(4);
        QCOMPARE(cm.addAll(yTrue, yPred), 0);
        const QJsonArray rows = e[QStringLiteral("confusion")].toArray();
        for (int r = 0; r < 4; ++r)
            for (int c = 0; c < 4; ++c)
                QCOMPARE(cm.count(r, c), std::int64_t(rows[r].toArray()[c].toInt()));
        const ClassificationReport rep = cm.report();
        QVERIFY(close(rep.accuracy, e[QStringLiteral("accuracy")].toDouble()));
        for (int c = 0; c < 4; ++c) {
            const ClassMetrics& m = rep.perClass[size_t(c)];
            QVERIFY(close(m.precision, e[QStringLiteral("precision")][c].toDouble()));
            QVERIFY(close(m.recall, e[QStringLiteral("recall")][c].toDouble()));
            QVERIFY(close(m.f1, e[QStringLiteral("f1")][c].toDouble()));
            QVERIFY(close(m.specificity, e[QStringLiteral("specificity")][c].toDouble()));
            QCOMPARE(m.support, std::int64_t(e[QStringLiteral("support")][c].toInt()));
        }
        const QJsonArray macro = e[QStringLiteral("macro")].toArray(), weighted = e[QStringLiteral("weighted")].toArray();
        QVERIFY(close(rep.macro.precision, macro[0].toDouble()));
        QVERIFY(close(rep.macro.recall, macro[1].toDouble()));
        QVERIFY(close(rep.macro.f1, macro[2].toDouble()));
        QVERIFY(close(rep.macro.specificity, macro[3].toDouble()));
        QVERIFY(close(rep.weighted.precision, weighted[0].toDouble()));
        QVERIFY(close(rep.weighted.recall, weighted[1].toDouble()));
        QVERIFY(close(rep.weighted.f1, weighted[2].toDouble()));

        QVERIFY(close(rocAuc(bs, bl), e[QStringLiteral("auc")].toDouble()));
        const std::vector<RocPoint> curve = rocCurve(bs, bl);
        const QJsonArray fpr = e[QStringLiteral("fpr")].toArray(), tpr = e[QStringLiteral("tpr")].toArray();
        const QJsonArray thr = e[QStringLiteral("thresholds")].toArray();
        QCOMPARE(qsizetype(curve.size()), fpr.size());
        for (size_t i = 0; i < curve.size(); ++i) {
            QVERIFY(close(curve[i].falsePositiveRate, fpr[qsizetype(i)].toDouble()));
            QVERIFY(close(curve[i].truePositiveRate, tpr[qsizetype(i)].toDouble()));
            if (i > 0) // sklearn 1.2 writes max + 1 for the first threshold, later versions inf
                QCOMPARE(curve[i].threshold, thr[qsizetype(i) - 1].toDouble());
        }

        const double pixel = pixelAuc(prob, ref);
        QVERIFY(close(pixel, e[QStringLiteral("pixelAuc")].toDouble()));
        QVERIFY(pixel > 0.8 && pixel < 1.0); // the map is informative but imperfect
    }

    void pixelAccumulatorBoundsItsBinningError()
    {
        // Pooled over frames: the histogram AUC is within its own bound of the exact pooled AUC.
        std::vector<double> pos, neg;
        PixelRocAccumulator coarse(64), fine;
        for (int f = 0; f < 4; ++f) {
            cv::Mat prob, ref;
            probabilityMap(prob, ref, 10 + f);
            coarse.add(prob, ref);
            fine.add(prob, ref);
            for (int y = 0; y < prob.rows; ++y)
                for (int x = 0; x < prob.cols; ++x)
                    (ref.at<uchar>(y, x) ? pos : neg).push_back(prob.at<float>(y, x));
        }
        const double exact = aucFromClasses(pos, neg);
        QCOMPARE(fine.positives(), std::int64_t(pos.size()));
        QCOMPARE(fine.negatives(), std::int64_t(neg.size()));
        QVERIFY(std::abs(coarse.auc() - exact) <= coarse.aucErrorBound() + 1e-15);
        QVERIFY(coarse.aucErrorBound() > 1e-4); // 64 bins do merge distinct values here...
        QVERIFY(std::abs(coarse.auc() - exact) > 0.0);
        // ...while 65536 bins keep the 1/200-quantised values apart: exact up to rounding.
        QVERIFY(std::abs(fine.auc() - exact) < 1e-12);
        const std::vector<RocPoint> c = fine.curve(50);
        QVERIFY(c.size() <= 50);
        QCOMPARE(c.front().truePositiveRate, 0.0);
        QCOMPARE(c.back().truePositiveRate, 1.0);
        QCOMPARE(c.back().falsePositiveRate, 1.0);

        cv::Mat eight;
        cv::Mat prob, ref;
        probabilityMap(prob, ref, 20);
        prob.convertTo(eight, CV_8U, 255.0);
        PixelRocAccumulator fromBytes;
        fromBytes.add(eight, ref);
        QVERIFY(std::abs(fromBytes.auc() - pixelAuc(eight, ref)) < 1e-12); // 8-bit maps read as /255
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, fromBytes.add(prob, ref(cv::Rect(0, 0, 10, 10))));
    }

    void pixelAucIsFastEnoughForCines()
    {
        // 500x500 maps, as an ultrasound frame: one exact AUC must take well under 100 ms so
        // that hundreds of frames are evaluated in seconds (about 60 ms measured on a busy 2-core machine).
        cv::Mat prob(500, 500, CV_32F), ref(500, 500, CV_8UC1, cv::Scalar(0));
        cv::randu(prob, 0.0, 1.0);
        cv::circle(ref, cv::Point(250, 250), 80, cv::Scalar(255), cv::FILLED);
        QElapsedTimer t;
        t.start();
        const double a = pixelAuc(prob, ref);
        const qint64 ms = t.elapsed();
        qInfo("pixelAuc on 500x500: %lld ms", ms);
        QVERIFY(std::abs(a - 0.5) < 0.01);
        QVERIFY2(ms < 400, qPrintable(QStringLiteral("pixelAuc on 500x500 took %1 ms").arg(ms)));
    }
};

QTEST_GUILESS_MAIN(TestClassificationMetrics)
#include "test_classification_metrics.moc"
