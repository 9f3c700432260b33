// CTS severity: grade distributions rise in CSA and fade in fascicles/echogenicity,
// overlapping between neighbours; S1's figures are reproduced on average.
#include "core/synth/CineGenerator.h"
#include "core/synth/Severity.h"

#include <QTest>

#include <cmath>

using namespace ns::synth;

namespace {
struct Stats {
    double csa = 0, csaSd = 0, fascicles = 0, echo = 0, blur = 0, peri = 0, minCsa = 1e9, maxCsa = 0;
};
Stats sample(Grade g, int n)
{
    Stats s;
    double s2 = 0;
    for (int i = 0; i < n; ++i) {
        const SeverityParams p = sampleSeverity(g, 1000 + i);
        s.csa += p.csaMm2;
        s2 += p.csaMm2 * p.csaMm2;
        s.fascicles += p.fascicleVisibility;
        s.echo += p.echogenicity;
        s.blur += p.epineuriumBlur;
        s.peri += p.perineuralThickness;
        s.minCsa = std::min(s.minCsa, p.csaMm2);
        s.maxCsa = std::max(s.maxCsa, p.csaMm2);
    }
    s.csa /= n;
    s.csaSd = std::sqrt(s2 / n - s.csa * s.csa);
    s.fascicles /= n;
    s.echo /= n;
    s.blur /= n;
    s.peri /= n;
    return s;
}
} // namespace

class TestSynthSeverity : public QObject {
    Q_OBJECT
private slots:
    void meanCsaRisesWithGrade()
    {
        const int n = 600;
        Stats s[4];
        for (int g = 0; g < 4; ++g)
            s[g] = sample(static_cast<Grade>(g), n);
        for (int g = 1; g < 4; ++g) {
            QVERIFY2(s[g].csa > s[g - 1].csa + 1, qPrintable(QStringLiteral("grade %1").arg(g)));
            QVERIFY(s[g].fascicles < s[g - 1].fascicles);
            QVERIFY(s[g].echo < s[g - 1].echo);
            QVERIFY(s[g].blur > s[g - 1].blur);
            QVERIFY(s[g].peri > s[g - 1].peri);
            // Overlapping, not separable by CSA alone.
            QVERIFY(s[g].minCsa < s[g - 1].maxCsa);
        }
        // S1: controls 8.2 +- 2.4 mm^2.
        QVERIFY2(std::abs(s[0].csa - 8.2) < 0.4, qPrintable(QString::number(s[0].csa)));
        QVERIFY(s[0].csaSd > 1.5 && s[0].csaSd < 2.8);
        // S1: CTS 14.7 +- 5.3 with S3's grade mix (34 mild, 13 moderate, 17 severe).
        const double cts = (34 * s[1].csa + 13 * s[2].csa + 17 * s[3].csa) / 64;
        QVERIFY2(std::abs(cts - 14.7) < 1.0, qPrintable(QString::number(cts)));
    }
    void generatedCsaRisesWithGrade()
    {
        // The same through the image generator's ground truth (single inlet frames).
        double mean[4] = {};
        const int wrists = 12;
        for (int g = 0; g < 4; ++g) {
            for (int i = 0; i < wrists; ++i) {
                SynthRequest r;
                r.grade = static_cast<Grade>(g);
                r.profile = QStringLiteral("handheld");
                r.seed = 500 + i;
                r.patientId = QStringLiteral("SYN-%1").arg(i, 4, 10, QLatin1Char('0'));
                r.wrist = i % 2 ? QStringLiteral("left") : QStringLiteral("right");
                const GroundTruth t = generateCine(r).frames.at(0).truth;
                QCOMPARE(t.patientId, r.patientId);
                QCOMPARE(t.wrist, r.wrist);
                QCOMPARE(t.grade, r.grade);
                QVERIFY(std::abs(t.areaMm2 - t.severity.csaMm2) / t.severity.csaMm2 < 0.01);
                mean[g] += t.areaMm2 / wrists;
            }
        }
        for (int g = 1; g < 4; ++g)
            QVERIFY2(mean[g] > mean[g - 1], qPrintable(QStringLiteral("grade %1: %2 vs %3").arg(g).arg(mean[g]).arg(mean[g - 1])));
    }
    void explicitSeverityIsUsed()
    {
        SynthRequest r;
        SeverityParams p;
        p.csaMm2 = 21.5;
        r.severity = p;
        const GroundTruth t = generateCine(r).frames.at(0).truth;
        QCOMPARE(t.severity.csaMm2, 21.5);
        QVERIFY(std::abs(t.areaMm2 - 21.5) < 0.2);
    }
};

QTEST_GUILESS_MAIN(TestSynthSeverity)
#include "test_synth_severity.moc"
