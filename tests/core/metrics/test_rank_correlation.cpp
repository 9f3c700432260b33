// Spearman's rank correlation against scipy.stats.spearmanr (values computed with SciPy
// 1.10 and written down here), ties by average ranks, and the undefined cases.

#include "core/metrics/RankCorrelation.h"

#include <QTest>
#include <cmath>

using namespace ns::metrics;

class TestRankCorrelation : public QObject {
    Q_OBJECT

private slots:
    void averageRanksShareTies()
    {
        const auto r = averageRanks({10, 20, 10, 30});
        QCOMPARE(r, (std::vector<double>{1.5, 3, 1.5, 4}));
    }

    void matchesScipyWithTies()
    {
        // spearmanr([3,1,4,1,5,9,2,6], [2,7,1,8,2,8,1,8]).correlation
        QVERIFY(std::abs(spearman({3, 1, 4, 1, 5, 9, 2, 6}, {2, 7, 1, 8, 2, 8, 1, 8}) - 0.19885368120992467) < 1e-12);
        // spearmanr([1,2,3,4,5], [5,6,7,8,7]).correlation
        QVERIFY(std::abs(spearman({1, 2, 3, 4, 5}, {5, 6, 7, 8, 7}) - 0.8207826816681233) < 1e-12);
    }

    void monotoneIsOneReversedIsMinusOne()
    {
        QCOMPARE(spearman({1, 2, 3, 4}, {1, 4, 9, 16}), 1.0);
        QCOMPARE(spearman({1, 2, 3, 4}, {-1, -4, -9, -16}), -1.0);
    }

    void undefinedCasesAreNan()
    {
        QVERIFY(std::isnan(spearman({1, 2, 3}, {1, 2})));
        QVERIFY(std::isnan(spearman({1}, {1})));
        QVERIFY(std::isnan(spearman({1, 2, 3}, {5, 5, 5})));
    }
};

QTEST_APPLESS_MAIN(TestRankCorrelation)
#include "test_rank_correlation.moc"
