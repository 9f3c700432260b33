// The building blocks of the motor-unit simulator (SEEDS S4): the Raikova twitch (peak at
// Tc, half relaxation at Thr, velocity = dF/dt that integrates back to F) and the firing
// trains (rate, inter-pulse jitter, synchronisation).

#include "core/synth/motor/FiringTrains.h"
#include "core/synth/motor/MotorRandom.h"
#include "core/synth/motor/RaikovaTwitch.h"

#include <QTest>
#include <cmath>
#include <numeric>

using namespace ns::synth::motor;

namespace {

RaikovaTwitch twitch(double fmax, double tcMs, double thrMs)
{
    RaikovaTwitch t;
    t.fmax = fmax;
    t.tcS = tcMs / 1000.0;
    t.thrS = thrMs / 1000.0;
    t.init();
    return t;
}

double mean(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0) / double(v.size()); }
double sd(const std::vector<double>& v)
{
    const double m = mean(v);
    double s = 0;
    for (double x : v)
        s += (x - m) * (x - m);
    return std::sqrt(s / double(v.size() - 1));
}

} // namespace

class TestMotorTwitch : public QObject {
    Q_OBJECT

private slots:
    void exponentFromTheFormula()
    {
        // m = ln2 / (ln Tc - ln Thr + Thr/Tc - 1); Tc 100, Thr 200: ln2 / (1 - ln 2).
        QVERIFY(std::abs(raikovaExponent(100, 200) - std::log(2.0) / (1.0 - std::log(2.0))) < 1e-12);
        QCOMPARE(raikovaExponent(100, 100), 0.0); // Thr must exceed Tc
        QCOMPARE(raikovaExponent(100, 80), 0.0);
        QVERIFY(raikovaExponent(100, 101) > 1000); // the spike the simulator avoids
    }

    void peaksAtTcAndHalfRelaxesAtThr_data()
    {
        QTest::addColumn<double>("tc");
        QTest::addColumn<double>("thr");
        QTest::newRow("fast") << 30.0 << 50.0;
        QTest::newRow("typical") << 80.0 << 150.0;
        QTest::newRow("slow") << 150.0 << 250.0;
        QTest::newRow("m below 1") << 30.0 << 250.0;
        QTest::newRow("narrow") << 120.0 << 145.0;
    }
    void peaksAtTcAndHalfRelaxesAtThr()
    {
        QFETCH(double, tc);
        QFETCH(double, thr);
        const RaikovaTwitch t = twitch(1.7, tc, thr);
        // Numerical search on a 0.01 ms grid over 0..1 s.
        double best = 0, bestT = 0;
        for (int i = 1; i <= 100000; ++i) {
            const double time = i * 1e-5;
            const double f = t.force(time);
            if (f > best) {
                best = f;
                bestT = time;
            }
        }
        QVERIFY2(std::abs(bestT - tc / 1000.0) < 2e-5, qPrintable(QString::number(bestT)));
        QVERIFY(std::abs(best - 1.7) < 1e-6);
        QVERIFY(std::abs(t.force(thr / 1000.0) - 0.85) < 1e-9);
        // After the peak the force falls monotonically through Fmax/2 exactly once, at Thr.
        QVERIFY(t.force(thr / 1000.0 - 1e-4) > 0.85);
        QVERIFY(t.force(thr / 1000.0 + 1e-4) < 0.85);
        QCOMPARE(t.force(0.0), 0.0);
        QCOMPARE(t.force(-0.01), 0.0);
    }

    void sampledVelocityIsTheDerivative()
    {
        // For a smooth twitch (m > 2) the frame-averaged velocity equals the analytic dF/dt
        // at mid-interval to second order: error << 1% of the peak velocity at 400 Hz.
        const RaikovaTwitch t = twitch(1.0, 100, 180);
        QVERIFY(t.m > 2);
        const int n = 400;
        const double rate = 400;
        std::vector<float> force(n, 0.0f), velocity(n, 0.0f);
        addTwitch(t, 0.0123, rate, n, force.data(), velocity.data());
        double peak = 0, worst = 0;
        for (int k = 1; k < n; ++k) {
            const double analytic = t.forceDerivative((k - 0.5) / rate - 0.0123);
            peak = std::max(peak, std::abs(analytic));
            worst = std::max(worst, std::abs(analytic - velocity[size_t(k)]));
        }
        QVERIFY2(worst < 0.005 * peak, qPrintable(QStringLiteral("%1 of %2").arg(worst).arg(peak)));
    }

    void velocityIntegratesBackToForce()
    {
        // Several overlapping firings, including a twitch with m < 1 (singular dF/dt at the
        // onset): the running sum of velocity / rate reproduces the force train.
        const int n = 400;
        const double rate = 400;
        for (const RaikovaTwitch& t : {twitch(1.0, 60, 120), twitch(0.8, 30, 250)}) {
            std::vector<float> force(n, 0.0f), velocity(n, 0.0f);
            for (double onset : {0.01, 0.093, 0.2, 0.31, 0.395, 0.52})
                addTwitch(t, onset, rate, n, force.data(), velocity.data());
            double integral = 0, worst = 0, fmax = 0;
            for (int k = 0; k < n; ++k) {
                integral += velocity[size_t(k)] / rate;
                worst = std::max(worst, std::abs(integral - force[size_t(k)]));
                fmax = std::max(fmax, double(force[size_t(k)]));
                QVERIFY(std::isfinite(velocity[size_t(k)]));
            }
            QVERIFY2(worst < 1e-4 * fmax, qPrintable(QString::number(worst)));
        }
    }

    void firingRateAndJitter()
    {
        // A long train: mean interval 1/FR, SD 0.2/FR (S4's jitter read as an SD).
        MotorRandom rng(7);
        for (double rate : {8.0, 10.5, 13.0}) {
            const FiringTrain train = generateFiringTrain(rng, rate, 0.2, 2000.0);
            std::vector<double> ipi;
            for (size_t k = 1; k < train.timesS.size(); ++k)
                ipi.push_back(train.timesS[k] - train.timesS[k - 1]);
            QVERIFY(ipi.size() > 15000);
            QVERIFY2(std::abs(mean(ipi) * rate - 1.0) < 0.005, qPrintable(QString::number(mean(ipi) * rate)));
            QVERIFY2(std::abs(sd(ipi) * rate - 0.2) < 0.006, qPrintable(QString::number(sd(ipi) * rate)));
            QVERIFY(train.timesS.front() >= 0);
            QVERIFY(train.timesS.back() < 2000.0);
            for (double d : ipi)
                QVERIFY(d >= 0.25 / rate);
        }
    }

    void zeroJitterIsRegular()
    {
        MotorRandom rng(3);
        const FiringTrain train = generateFiringTrain(rng, 10.0, 0.0, 1.0);
        QVERIFY(train.timesS.size() == 10 || train.timesS.size() == 11);
        for (size_t k = 1; k < train.timesS.size(); ++k)
            QVERIFY(std::abs(train.timesS[k] - train.timesS[k - 1] - 0.1) < 1e-12);
    }

    void synchronisedFiringsCoincide()
    {
        MotorRandom rng(11);
        std::vector<FiringTrain> trains;
        for (int u = 0; u < 10; ++u)
            trains.push_back(generateFiringTrain(rng, rng.uniform(8, 13), 0.2, 20.0));
        synchroniseFirings(rng, trains, 0.1);
        int flagged = 0, total = 0;
        for (size_t u = 0; u < trains.size(); ++u) {
            const FiringTrain& t = trains[u];
            QVERIFY(std::is_sorted(t.timesS.begin(), t.timesS.end()));
            for (size_t k = 0; k < t.timesS.size(); ++k) {
                ++total;
                if (!t.synchronised[k])
                    continue;
                ++flagged;
                bool partner = false;
                for (size_t v = 0; v < trains.size() && !partner; ++v)
                    if (v != u)
                        partner = std::find(trains[v].timesS.begin(), trains[v].timesS.end(), t.timesS[k])
                                  != trains[v].timesS.end();
                QVERIFY(partner);
            }
        }
        // Each accepted move flags two firings; most draws are accepted (nearest firing of
        // another unit is within half an interval about half the time or more).
        const double share = double(flagged) / total;
        QVERIFY2(share > 0.05 && share < 0.2, qPrintable(QString::number(share)));

        MotorRandom again(11);
        std::vector<FiringTrain> none;
        for (int u = 0; u < 3; ++u)
            none.push_back(generateFiringTrain(again, 10, 0.2, 5.0));
        const auto before = none;
        synchroniseFirings(again, none, 0.0);
        for (size_t u = 0; u < none.size(); ++u)
            QCOMPARE(none[u].timesS, before[u].timesS);
    }

    void randomStreamIsPinned()
    {
        // The distributions are our own code, so these values hold on any standard library.
        // SplitMix64's published first output for state 0.
        QCOMPARE(mixSeed(0), std::uint64_t(0xE220A8397B1DCDAFull));
        // Pinned values: a change here changes every dataset made from a seed.
        MotorRandom pinned(42);
        QCOMPARE(pinned.uniform(), 0.13967200376411748);
        QCOMPARE(pinned.uniform(), 0.9693205787161252);
        QCOMPARE(pinned.uniform(), 0.97019593185647635);
        QVERIFY(std::abs(pinned.normal() - -0.54252638392021435) < 1e-12); // libm: ulp-level only
        QVERIFY(std::abs(pinned.normal() - -1.5775961716259892) < 1e-12);
        QCOMPARE(pinned.uniformInt(5, 30), 22);
        MotorRandom a(42), b(42);
        for (int i = 0; i < 100; ++i) {
            QCOMPARE(a.uniform(), b.uniform());
            QCOMPARE(a.normal(), b.normal());
        }
        MotorRandom c(1);
        double s = 0, s2 = 0;
        const int n = 200000;
        for (int i = 0; i < n; ++i) {
            const double x = c.normal();
            s += x;
            s2 += x * x;
        }
        QVERIFY(std::abs(s / n) < 0.01);
        QVERIFY(std::abs(s2 / n - 1.0) < 0.01);
    }
};

QTEST_GUILESS_MAIN(TestMotorTwitch)
#include "test_motor_twitch.moc"
