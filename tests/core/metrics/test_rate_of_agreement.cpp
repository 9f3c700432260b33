// Rate of agreement (SEEDS S4): hand-computed matchings, the 15 ms (6-frame) tolerance
// boundary, and firing detection (11-sample moving average, local maxima >= 0).

#include "core/metrics/RateOfAgreement.h"

#include <QTest>
#include <cmath>

using namespace ns::metrics;

namespace {

// Gaussian bumps of height `height` at `centres` on a constant `baseline`.
std::vector<float> bumps(int n, const std::vector<int>& centres, double sigma, double height, double baseline = 0)
{
    std::vector<float> s(static_cast<size_t>(n), static_cast<float>(baseline));
    for (int c : centres)
        for (int i = 0; i < n; ++i)
            s[size_t(i)] += float(height * std::exp(-0.5 * (i - c) * (i - c) / (sigma * sigma)));
    return s;
}

} // namespace

class TestRateOfAgreement : public QObject {
    Q_OBJECT

private slots:
    void identicalTrainsAgreeFully()
    {
        const std::vector<int> a{5, 40, 90, 200, 333};
        QCOMPARE(rateOfAgreement(a, a), 1.0);
        const RoaCounts c = matchFirings(a, a);
        QCOMPARE(c.matched, 5);
        QCOMPARE(c.onlyInA, 0);
        QCOMPARE(c.onlyInB, 0);
    }

    void disjointTrainsAgreeNot()
    {
        const RoaCounts c = matchFirings({10, 100, 200}, {50, 150, 250, 350});
        QCOMPARE(c.matched, 0);
        QCOMPARE(c.onlyInA, 3);
        QCOMPARE(c.onlyInB, 4);
        QCOMPARE(c.rate, 0.0);
    }

    void knownMixByHand()
    {
        // 10~12 match (2 frames), 50 vs 58 too far (8), 100~103 match, 200/300/400 alone.
        // c = 2, A = 2 (50, 200), B = 3 (58, 300, 400): RoA = 2 / 7.
        const RoaCounts c = matchFirings({10, 50, 100, 200}, {12, 58, 103, 300, 400});
        QCOMPARE(c.matched, 2);
        QCOMPARE(c.onlyInA, 2);
        QCOMPARE(c.onlyInB, 3);
        QCOMPARE(c.rate, 2.0 / 7.0);
    }

    void toleranceBoundaryIsSixFrames()
    {
        QCOMPARE(kRoaToleranceFrames, 6); // 15 ms at 400 Hz
        QCOMPARE(rateOfAgreement({100}, {106}), 1.0);
        QCOMPARE(rateOfAgreement({100}, {94}), 1.0);
        QCOMPARE(rateOfAgreement({100}, {107}), 0.0);
        QCOMPARE(rateOfAgreement({100}, {93}), 0.0);
        QCOMPARE(rateOfAgreement({100}, {107}, 7), 1.0);
    }

    void matchingIsOneToOneAndMaximal()
    {
        // Two firings near one: only one may match.
        RoaCounts c = matchFirings({100}, {98, 102});
        QCOMPARE(c.matched, 1);
        QCOMPARE(c.onlyInB, 1);
        QCOMPARE(c.rate, 0.5);
        // A chain where matching 16 to 16 would strand 10 and 22: the maximum is 2.
        c = matchFirings({10, 16}, {16, 22});
        QCOMPARE(c.matched, 2);
        // Order of input does not matter.
        QCOMPARE(rateOfAgreement({300, 10, 100}, {101, 299, 11}), 1.0);
    }

    void emptyTrains()
    {
        QCOMPARE(rateOfAgreement({}, {}), 1.0);
        QCOMPARE(rateOfAgreement({5}, {}), 0.0);
        QCOMPARE(rateOfAgreement({}, {5, 9}), 0.0);
    }

    void movingAverageKeepsLengthAndLevel()
    {
        const std::vector<float> flat(30, 2.5f);
        const std::vector<float> s = movingAverage(flat, 11);
        QCOMPARE(s.size(), flat.size());
        for (float v : s)
            QCOMPARE(v, 2.5f);
        // A unit impulse spreads to 1/11 over its 11 neighbours (centre of the signal).
        std::vector<float> impulse(40, 0.0f);
        impulse[20] = 11.0f;
        const std::vector<float> t = movingAverage(impulse, 11);
        QCOMPARE(t[15], 1.0f);
        QCOMPARE(t[25], 1.0f);
        QCOMPARE(t[14], 0.0f);
        QCOMPARE(t[26], 0.0f);
    }

    void detectsKnownPeaks()
    {
        const std::vector<int> truth{40, 120, 210, 330};
        const std::vector<int> found = detectFirings(bumps(400, truth, 6.0, 1.0));
        QCOMPARE(found, truth);
    }

    void ignoresMaximaBelowZero()
    {
        // Baseline -1; bumps of height 2 reach +1 (kept), the one of height 0.5 peaks at
        // -0.5 (a local maximum below 0: ignored).
        std::vector<float> s = bumps(400, {60, 250}, 6.0, 2.0, -1.0);
        const std::vector<float> low = bumps(400, {150}, 6.0, 0.5, 0.0);
        for (size_t i = 0; i < s.size(); ++i)
            s[i] += low[i];
        const std::vector<int> found = detectFirings(s);
        QCOMPARE(found, (std::vector<int>{60, 250}));
    }

    void smoothingSuppressesJitter()
    {
        // A ripple with an 11-sample period on one broad bump: raw it has a local maximum
        // every period, the 11-sample average cancels it and one firing remains. The
        // baseline of -1 keeps the ripple's uncancelled remainder at the ends below 0.
        std::vector<float> s = bumps(200, {100}, 12.0, 2.0, -1.0);
        for (size_t i = 0; i < s.size(); ++i)
            s[i] += float(0.3 * std::sin(2.0 * M_PI * double(i) / 11.0));
        int rawMaxima = 0;
        for (size_t i = 1; i + 1 < s.size(); ++i)
            rawMaxima += s[i] > s[i - 1] && s[i] > s[i + 1];
        QVERIFY(rawMaxima > 10);
        const std::vector<int> found = detectFirings(s);
        QCOMPARE(int(found.size()), 1);
        QVERIFY(std::abs(found[0] - 100) <= 1);
    }

    void flatTopCountsOnceAtItsMiddle()
    {
        std::vector<float> s(100, 0.0f);
        for (int i = 30; i <= 60; ++i)
            s[size_t(i)] = 1.0f;
        // After smoothing, the top is flat from 35 to 55: one firing at 45.
        QCOMPARE(detectFirings(s), (std::vector<int>{45}));
    }

    void signalsVersionUsesDetection()
    {
        const std::vector<float> a = bumps(400, {50, 150, 250}, 5.0, 1.0);
        const std::vector<float> b = bumps(400, {53, 160, 250, 350}, 5.0, 1.0);
        // 50~53 and 250~250 match, 150 vs 160 do not, 350 alone: 2 / (2 + 1 + 2).
        QCOMPARE(rateOfAgreementSignals(a, b), 2.0 / 5.0);
    }
};

QTEST_GUILESS_MAIN(TestRateOfAgreement)
#include "test_rate_of_agreement.moc"
