// Speckle physics: before log compression, fully developed speckle in a homogeneous
// region has a Rayleigh envelope, SD/mean = sqrt(4/pi - 1) = 0.523, on every profile.
#include "core/synth/BModeFormer.h"
#include "core/synth/SynthTypes.h"

#include <QTest>

#include <cmath>

using namespace ns::synth;

class TestSynthSpeckle : public QObject {
    Q_OBJECT
private slots:
    void rayleighRatio_data()
    {
        QTest::addColumn<QString>("profile");
        for (const ScannerProfile& p : scannerProfiles())
            QTest::newRow(qPrintable(p.name)) << p.name;
    }
    void rayleighRatio()
    {
        QFETCH(QString, profile);
        ScannerProfile p;
        QVERIFY(profileByName(profile, &p));
        const LinearImage env = envelopeOfHomogeneousPhantom(p, 5);
        QCOMPARE(env.width, p.imageSize.width());
        QCOMPARE(env.height, p.imageSize.height());
        // Central region, away from borders and from the noisy deep rows.
        double s = 0, s2 = 0;
        int n = 0;
        for (int y = env.height / 8; y < env.height / 2; ++y)
            for (int x = env.width / 8; x < env.width * 7 / 8; ++x) {
                const double v = env.data[static_cast<size_t>(y) * env.width + x];
                s += v;
                s2 += v * v;
                ++n;
            }
        const double mean = s / n, sd = std::sqrt(std::max(0.0, s2 / n - mean * mean));
        const double ratio = sd / mean;
        qInfo("%s: envelope SD/mean = %.4f (Rayleigh 0.5227), mean %.3f", qPrintable(profile), ratio, mean);
        QVERIFY2(std::abs(ratio - 0.5227) < 0.03, qPrintable(QString::number(ratio)));
        // Reference tissue has unit RMS: Rayleigh mean = sqrt(pi)/2 = 0.886 (TGC exact).
        QVERIFY2(std::abs(mean - 0.886) < 0.1, qPrintable(QString::number(mean)));
    }
    void notGaussianIntensity()
    {
        // A painted texture would typically be Gaussian in grey level; the envelope must
        // be skewed (Rayleigh skewness 0.63).
        ScannerProfile p;
        QVERIFY(profileByName(QStringLiteral("hm70a"), &p));
        const LinearImage env = envelopeOfHomogeneousPhantom(p, 9);
        double s = 0, s2 = 0, s3 = 0;
        const size_t n = env.data.size() / 2;
        for (size_t i = 0; i < n; ++i)
            s += env.data[i];
        const double mean = s / n;
        for (size_t i = 0; i < n; ++i) {
            const double d = env.data[i] - mean;
            s2 += d * d;
            s3 += d * d * d;
        }
        const double skew = (s3 / n) / std::pow(s2 / n, 1.5);
        QVERIFY2(skew > 0.45 && skew < 0.8, qPrintable(QString::number(skew)));
    }
};

QTEST_GUILESS_MAIN(TestSynthSpeckle)
#include "test_synth_speckle.moc"
