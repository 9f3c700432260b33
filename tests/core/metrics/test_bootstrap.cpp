// Bootstrap percentile CIs (Bootstrap.h) and descriptive statistics (Statistics.h):
// determinism with a seed, coverage of the point estimate, shrinking with n, resampling
// whole groups (patients), NaN resamples, and percentiles against numpy's definition.

#include "core/metrics/Bootstrap.h"
#include "core/metrics/Roc.h"
#include "core/metrics/Statistics.h"

#include <QTest>

#include <cmath>
#include <random>
#include <set>

using namespace ns::metrics;

namespace {

std::vector<double> normalSample(int n, unsigned seed)
{
    std::mt19937 gen(seed);
    std::normal_distribution<double> d(0.8, 0.1);
    std::vector<double> v;
    for (int i = 0; i < n; ++i)
        v.push_back(d(gen));
    return v;
}

} // namespace

class TestBootstrap : public QObject {
    Q_OBJECT

private slots:
    void percentileMatchesNumpysLinearRule()
    {
        // numpy.percentile([1, 2, 3, 4], [0, 25, 50, 95, 100]) = 1, 1.75, 2.5, 3.85, 4
        const std::vector<double> v{4, 1, 3, 2};
        QCOMPARE(percentileLinear(v, 0), 1.0);
        QCOMPARE(percentileLinear(v, 25), 1.75);
        QCOMPARE(percentileLinear(v, 50), 2.5);
        QVERIFY(std::abs(percentileLinear(v, 95) - 3.85) < 1e-12);
        QCOMPARE(percentileLinear(v, 100), 4.0);
        QVERIFY(std::isnan(percentileLinear({}, 50)));

        const Descriptive d = describe({1.0, std::nan(""), 3.0, 2.0, 6.0});
        QCOMPARE(d.n, 4);
        QCOMPARE(d.undefined, 1);
        QCOMPARE(d.mean, 3.0);
        QCOMPARE(d.median, 2.5);
        QCOMPARE(d.sd, std::sqrt(14.0 / 3.0)); // squared deviations 4, 0, 1, 9
        QCOMPARE(d.min, 1.0);
        QCOMPARE(d.max, 6.0);
    }

    void sameSeedSameIntervalOtherSeedOther()
    {
        const std::vector<double> v = normalSample(60, 1);
        BootstrapOptions o;
        o.resamples = 1000;
        o.seed = 99;
        const ConfidenceInterval a = bootstrapMeanCi(v, o), b = bootstrapMeanCi(v, o);
        QCOMPARE(a.lower, b.lower);
        QCOMPARE(a.upper, b.upper);
        QCOMPARE(bootstrapDistribution(60, [&](const std::vector<int>& i) { return meanOfDefined(v, i); }, o),
                 bootstrapDistribution(60, [&](const std::vector<int>& i) { return meanOfDefined(v, i); }, o));
        o.seed = 100;
        const ConfidenceInterval c = bootstrapMeanCi(v, o);
        QVERIFY(c.lower != a.lower || c.upper != a.upper);
        QCOMPARE(a.validResamples, 1000);
    }

    void intervalCoversTheEstimateAndShrinksWithN()
    {
        double previousWidth = 1e9;
        for (int n : {20, 80, 320, 1280}) {
            const std::vector<double> v = normalSample(n, 7);
            const ConfidenceInterval ci = bootstrapMeanCi(v, BootstrapOptions{2000, 5, 0.95, {}});
            QVERIFY(ci.defined());
            QVERIFY(ci.lower < ci.estimate && ci.estimate < ci.upper);
            const double width = ci.upper - ci.lower;
            // The mean's CI width is about 2 x 1.96 x sd / sqrt(n): it halves when n quadruples.
            QVERIFY2(std::abs(width - 2 * 1.96 * 0.1 / std::sqrt(double(n))) < 0.25 * width,
                     qPrintable(QStringLiteral("n %1: width %2").arg(n).arg(width)));
            QVERIFY(width < previousWidth * 0.65);
            previousWidth = width;
        }
        // A narrower confidence gives a narrower interval.
        const std::vector<double> v = normalSample(100, 3);
        const ConfidenceInterval c95 = bootstrapMeanCi(v, BootstrapOptions{2000, 5, 0.95, {}});
        const ConfidenceInterval c80 = bootstrapMeanCi(v, BootstrapOptions{2000, 5, 0.80, {}});
        QVERIFY(c80.upper - c80.lower < c95.upper - c95.lower);
    }

    void groupsAreResampledWhole()
    {
        // Six patients with 4 frames each; every resample must hold whole patients.
        std::vector<int> groups;
        for (int p = 0; p < 6; ++p)
            for (int f = 0; f < 4; ++f)
                groups.push_back(100 + p);
        BootstrapOptions o{300, 11, 0.95, groups};
        int checked = 0;
        bootstrapDistribution(
            24,
            [&](const std::vector<int>& idx) {
                if (idx.size() != 24)
                    return std::nan("");
                std::multiset<int> perGroup;
                for (int i : idx)
                    perGroup.insert(groups[size_t(i)]);
                for (int g : perGroup)
                    if (perGroup.count(g) % 4 != 0)
                        return std::nan("");
                ++checked;
                return 0.0;
            },
            o);
        QCOMPARE(checked, 300);

        // Frames of one patient that agree with each other: resampling patients gives a wider
        // (honest) interval than pretending the 24 frames are independent.
        std::vector<double> v;
        for (int p = 0; p < 6; ++p)
            for (int f = 0; f < 4; ++f)
                v.push_back(0.80 + 0.03 * p + 0.001 * f);
        const ConfidenceInterval byFrame = bootstrapMeanCi(v, BootstrapOptions{2000, 1, 0.95, {}});
        const ConfidenceInterval byPatient = bootstrapMeanCi(v, o = BootstrapOptions{2000, 1, 0.95, groups});
        QVERIFY(byPatient.upper - byPatient.lower > 1.5 * (byFrame.upper - byFrame.lower));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, bootstrapMeanCi(v, BootstrapOptions{10, 1, 0.95, {1, 2}}));
    }

    void undefinedResamplesAreLeftOutAndCounted()
    {
        // AUC of 12 cases with 2 positives: some resamples draw no positive, AUC undefined.
        const std::vector<int> labels{1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0};
        const std::vector<double> scores{0.9, 0.1, 0.3, 0.2, 0.6, 0.7, 0.4, 0.2, 0.1, 0.5, 0.3, 0.8};
        const ConfidenceInterval ci = bootstrapCi(
            12,
            [&](const std::vector<int>& idx) {
                std::vector<double> s;
                std::vector<int> l;
                for (int i : idx) {
                    s.push_back(scores[size_t(i)]);
                    l.push_back(labels[size_t(i)]);
                }
                return rocAuc(s, l);
            },
            BootstrapOptions{1000, 4, 0.95, {}});
        QCOMPARE(ci.estimate, rocAuc(scores, labels));
        QVERIFY(ci.validResamples < 1000);
        QVERIFY(ci.validResamples > 700); // P(no positive) = (10/12)^12 ~ 11%
        QVERIFY(ci.lower <= ci.estimate && ci.estimate <= ci.upper);
        QVERIFY(ci.upper <= 1.0);
    }
};

QTEST_GUILESS_MAIN(TestBootstrap)
#include "test_bootstrap.moc"
