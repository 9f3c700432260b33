// DeLong's test for two correlated AUCs (DeLong.h): a case worked by hand, and random
// correlated scores with ties compared with a straightforward O(m n) implementation of the
// 1988 structural components in Python (delong_reference.py).

#include "core/metrics/DeLong.h"
#include "core/metrics/Roc.h"

#include "PythonReference.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using namespace ns::metrics;

namespace {

bool close(double a, double b, double tol = 1e-10) { return std::abs(a - b) <= tol * std::max(1.0, std::abs(b)); }

} // namespace

class TestDelong : public QObject {
    Q_OBJECT

private slots:
    void twoByTwoByHand()
    {
        // A: positives {0.8, 0.4}, negatives {0.6, 0.2}. V10 = (1, 1/2), V01 = (1/2, 1)
        // (V01 here = fraction of positives above each negative), AUC 3/4.
        // S10 = var(1, 1/2) = 1/8, S01 = 1/8 (denominator m - 1 = n - 1 = 1): Var = 1/16 + 1/16.
        // B separates perfectly: AUC 1, all components 1, variance and covariance 0.
        const std::vector<int> labels{1, 1, 0, 0};
        const std::vector<double> a{0.8, 0.4, 0.6, 0.2}, b{0.7, 0.9, 0.1, 0.3};
        const DelongComparison r = delongTest(labels, a, b);
        QVERIFY(r.valid);
        QCOMPARE(r.aucA, 0.75);
        QCOMPARE(r.aucB, 1.0);
        QCOMPARE(r.varianceA, 0.125);
        QCOMPARE(r.varianceB, 0.0);
        QCOMPARE(r.covariance, 0.0);
        QVERIFY(close(r.z, -0.25 / std::sqrt(0.125)));
        QVERIFY(close(r.pValue, 0.4795001221869535)); // 2 (1 - Phi(0.70711))

        const DelongAuc single = delongAuc(labels, a);
        QCOMPARE(single.auc, 0.75);
        QCOMPARE(single.variance, 0.125);
        QCOMPARE(single.upper, 1.0); // 0.75 + 1.96 * 0.354 clipped
        QVERIFY(close(single.lower, 0.75 - 1.959963984540054 * std::sqrt(0.125)));
    }

    void identicalScoresAndBadInput()
    {
        const std::vector<int> labels{1, 0, 1, 0, 1, 0};
        const std::vector<double> s{0.9, 0.2, 0.4, 0.5, 0.7, 0.1};
        const DelongComparison same = delongTest(labels, s, s);
        QVERIFY(same.valid);
        QCOMPARE(same.z, 0.0);
        QCOMPARE(same.pValue, 1.0);
        QVERIFY(!delongTest({1, 0, 0}, {0.1, 0.2, 0.3}, {0.3, 0.2, 0.1}).valid); // one positive
        const DelongComparison wrong = delongTest(labels, s, {0.1});
        QVERIFY(!wrong.valid);
        QVERIFY(!wrong.why.isEmpty());
        QCOMPARE(twoSidedNormalP(1.959963984540054), 0.05);
    }

    void randomCorrelatedScoresAgreeWithTheDefinition()
    {
        std::mt19937 gen(2014);
        std::normal_distribution<double> n01(0.0, 1.0);
        std::bernoulli_distribution isPositive(0.4);
        for (int trial = 0; trial < 4; ++trial) {
            const int n = 40 + 70 * trial;
            std::vector<int> labels;
            std::vector<double> a, b;
            for (int i = 0; i < n; ++i) {
                const int y = isPositive(gen) ? 1 : 0;
                const double shared = n01(gen); // the case's difficulty, seen by both models
                labels.push_back(y);
                // Rounded to one decimal on even trials so that ties are frequent.
                const double sa = 1.1 * y + shared + 0.6 * n01(gen);
                const double sb = 0.7 * y + shared + 0.9 * n01(gen);
                a.push_back(trial % 2 == 0 ? std::round(sa * 10) / 10 : sa);
                b.push_back(trial % 2 == 0 ? std::round(sb * 10) / 10 : sb);
            }
            QTemporaryDir dir;
            QVERIFY(dir.isValid());
            std::vector<double> both(a);
            both.insert(both.end(), b.begin(), b.end());
            QVERIFY(ns::testref::writeNpy(dir.filePath(QStringLiteral("labels.npy")), labels));
            QVERIFY(ns::testref::writeNpyRaw(dir.filePath(QStringLiteral("scores.npy")), "<f8", {2, n}, both.data(),
                                             both.size() * sizeof(double)));
            QJsonObject e;
            const QString error = ns::testref::runScript(QStringLiteral("delong_reference.py"), {dir.path()}, e);
            QVERIFY2(error.isEmpty(), qPrintable(error));

            const DelongComparison r = delongTest(labels, a, b);
            QVERIFY(r.valid);
            const QJsonArray auc = e[QStringLiteral("auc")].toArray();
            const QJsonArray cov = e[QStringLiteral("cov")].toArray();
            QVERIFY(close(r.aucA, auc[0].toDouble()));
            QVERIFY(close(r.aucB, auc[1].toDouble()));
            QVERIFY(close(r.aucA, rocAuc(a, labels)));
            QVERIFY(close(r.varianceA, cov[0].toArray()[0].toDouble()));
            QVERIFY(close(r.varianceB, cov[1].toArray()[1].toDouble()));
            QVERIFY(close(r.covariance, cov[0].toArray()[1].toDouble()));
            QVERIFY(r.covariance > 0.0); // the shared difficulty correlates the two AUCs
            QVERIFY2(close(r.z, e[QStringLiteral("z")].toDouble(), 1e-8),
                     qPrintable(QStringLiteral("trial %1: z %2 vs %3").arg(trial).arg(r.z).arg(e[QStringLiteral("z")].toDouble())));
            QVERIFY(close(r.pValue, e[QStringLiteral("p")].toDouble(), 1e-8));
        }
    }
};

QTEST_GUILESS_MAIN(TestDelong)
#include "test_delong.moc"
