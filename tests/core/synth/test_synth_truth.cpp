// Ground truth: masks match the exact shape's area, bifid nerves are two contours,
// empty frames have empty masks, annotation noise perturbs the label, not the truth.
#include "core/synth/CineGenerator.h"
#include "core/synth/NerveLabel.h"
#include "core/synth/SynthTypes.h"

#include <QTest>

#include <cmath>

using namespace ns::synth;

namespace {
SynthRequest withCsa(double csa, const QString& profile, View view = View::WristTransverse)
{
    SynthRequest r;
    r.profile = profile;
    r.view = view;
    SeverityParams s;
    s.csaMm2 = csa;
    s.flattening = 2.0;
    r.severity = s;
    r.seed = static_cast<std::uint64_t>(csa * 100);
    return r;
}
} // namespace

class TestSynthTruth : public QObject {
    Q_OBJECT
private slots:
    void maskAreaMatchesShape_data()
    {
        QTest::addColumn<double>("csa");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<bool>("bifid");
        QTest::addColumn<int>("view");
        for (const char* p : {"hm70a", "minisono", "handheld"})
            for (double csa : {5.0, 8.0, 14.0, 25.0})
                QTest::addRow("%s csa %.0f", p, csa) << csa << QString::fromLatin1(p) << false << int(View::WristTransverse);
        QTest::newRow("bifid hm70a") << 10.0 << QStringLiteral("hm70a") << true << int(View::WristTransverse);
        QTest::newRow("bifid handheld") << 7.0 << QStringLiteral("handheld") << true << int(View::WristTransverse);
        QTest::newRow("forearm minisono") << 8.0 << QStringLiteral("minisono") << false << int(View::ForearmTransverse);
        QTest::newRow("longitudinal hm70a") << 12.0 << QStringLiteral("hm70a") << false << int(View::Longitudinal);
    }
    void maskAreaMatchesShape()
    {
        QFETCH(double, csa);
        QFETCH(QString, profile);
        QFETCH(bool, bifid);
        QFETCH(int, view);
        SynthRequest r = withCsa(csa, profile, static_cast<View>(view));
        r.bifid = bifid;
        const SynthCine c = generateCine(r);
        QCOMPARE(int(c.frames.size()), 1);
        const GroundTruth& t = c.frames[0].truth;
        QVERIFY(t.nervePresent);
        const int set = countSet(t.mask);
        QCOMPARE(double(set), t.labelAreaPx);
        QVERIFY2(std::abs(set - t.areaPx) / t.areaPx < 0.02,
                 qPrintable(QStringLiteral("mask %1 px vs shape %2 px").arg(set).arg(t.areaPx)));
        const double sp = c.profile.pixelSpacingMm;
        QVERIFY(std::abs(t.areaMm2 - t.areaPx * sp * sp) < 1e-9);
        double contourArea = 0;
        for (const QPolygonF& p : t.contours) {
            QVERIFY(p.size() >= 24);
            contourArea += polygonArea(p);
        }
        QVERIFY(std::abs(contourArea - t.areaPx) < 1e-6 * t.areaPx);
        if (static_cast<View>(view) == View::WristTransverse) {
            // One frame images the inlet: its cross-section is the sampled CSA exactly.
            QVERIFY2(std::abs(t.areaMm2 - csa) / csa < 0.01, qPrintable(QString::number(t.areaMm2)));
            QCOMPARE(t.level, QStringLiteral("DWC"));
        }
        QCOMPARE(t.bifid, bifid);
        QCOMPARE(int(t.contours.size()), bifid ? 2 : 1);
    }
    void bifidTwoSeparateBundles()
    {
        SynthRequest r = withCsa(12, QStringLiteral("hm70a"));
        r.bifid = true;
        const GroundTruth t = generateCine(r).frames[0].truth;
        QCOMPARE(int(t.contours.size()), 2);
        // The bundles do not overlap: the mask holds the sum of both areas.
        const double a0 = polygonArea(t.contours[0]), a1 = polygonArea(t.contours[1]);
        QVERIFY(std::abs(countSet(t.mask) - (a0 + a1)) / (a0 + a1) < 0.02);
        QVERIFY(!t.contours[0].boundingRect().intersects(t.contours[1].boundingRect().adjusted(2, 0, -2, 0))
                || std::abs(t.contours[0].boundingRect().center().x() - t.contours[1].boundingRect().center().x()) > 10);
    }
    void emptyFramesHaveEmptyMasks_data()
    {
        QTest::addColumn<int>("view");
        QTest::newRow("wrist") << int(View::WristTransverse);
        QTest::newRow("forearm") << int(View::ForearmTransverse);
        QTest::newRow("longitudinal") << int(View::Longitudinal);
    }
    void emptyFramesHaveEmptyMasks()
    {
        QFETCH(int, view);
        SynthRequest r;
        r.view = static_cast<View>(view);
        r.emptyFrames = true;
        r.frames = 4;
        r.seed = 9;
        const SynthCine c = generateCine(r);
        QCOMPARE(int(c.frames.size()), 4);
        for (const SynthFrame& f : c.frames) {
            QVERIFY(!f.truth.nervePresent);
            QVERIFY(f.truth.contours.isEmpty());
            QCOMPARE(countSet(f.truth.mask), 0);
            QCOMPARE(f.truth.areaPx, 0.0);
            QVERIFY(!f.image.isNull());
        }
    }
    void annotationNoisePerturbsLabelOnly()
    {
        SynthRequest r = withCsa(10, QStringLiteral("hm70a"));
        r.frames = 8;
        r.sweepMm = 0.5; // near-identical frames
        const SynthCine clean = generateCine(r);
        r.noise.boundaryJitterPx = 3;
        r.noise.inconsistentShare = 0.5;
        const SynthCine noisy = generateCine(r);
        int inconsistent = 0, differing = 0;
        for (size_t i = 0; i < noisy.frames.size(); ++i) {
            const GroundTruth& a = clean.frames[i].truth;
            const GroundTruth& b = noisy.frames[i].truth;
            QCOMPARE(b.areaPx, a.areaPx); // the anatomy is the same
            QCOMPARE(noisy.frames[i].image, clean.frames[i].image);
            inconsistent += b.labelInconsistent;
            differing += b.mask != a.mask;
            QVERIFY(!a.labelInconsistent);
            if (b.labelInconsistent)
                QVERIFY(std::abs(b.labelAreaPx - b.areaPx) / b.areaPx > 0.1);
        }
        QCOMPARE(differing, 8);
        QVERIFY(inconsistent >= 1 && inconsistent <= 7);
    }
    void rasteriserIsUnbiased()
    {
        // A square with edges between pixel centres covers exactly its area.
        QPolygonF sq{QPointF(9.5, 9.5), QPointF(29.5, 9.5), QPointF(29.5, 19.5), QPointF(9.5, 19.5)};
        QCOMPARE(countSet(rasterisePolygons({sq}, QSize(40, 40))), 200);
        QCOMPARE(polygonArea(sq), 200.0);
        // A circle of radius 30 px: within 1%.
        QPolygonF circle;
        for (int i = 0; i < 400; ++i)
            circle << QPointF(50.3 + 30 * std::cos(2 * M_PI * i / 400), 49.6 + 30 * std::sin(2 * M_PI * i / 400));
        QVERIFY(std::abs(countSet(rasterisePolygons({circle}, QSize(100, 100))) - polygonArea(circle)) < 0.01 * polygonArea(circle));
    }
};

QTEST_GUILESS_MAIN(TestSynthTruth)
#include "test_synth_truth.moc"
