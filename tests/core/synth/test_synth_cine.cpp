// Cines: anatomy continuous through the sweep, speckle partially decorrelating, levels
// named along the limb, progress reported and cancellation honoured.
#include "core/synth/CineGenerator.h"
#include "core/synth/NerveLabel.h"

#include <QTest>

#include <cmath>

using namespace ns::synth;

namespace {
QPointF maskCentroid(const QImage& m)
{
    double sx = 0, sy = 0, n = 0;
    for (int y = 0; y < m.height(); ++y) {
        const uchar* row = m.constScanLine(y);
        for (int x = 0; x < m.width(); ++x)
            if (row[x]) {
                sx += x;
                sy += y;
                ++n;
            }
    }
    return n ? QPointF(sx / n, sy / n) : QPointF();
}

// Pearson correlation of two frames over a rectangle.
double correlation(const QImage& a, const QImage& b, QRect r)
{
    double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
    int n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const uchar* pa = a.constScanLine(y);
        const uchar* pb = b.constScanLine(y);
        for (int x = r.left(); x <= r.right(); ++x) {
            sa += pa[x];
            sb += pb[x];
            saa += pa[x] * double(pa[x]);
            sbb += pb[x] * double(pb[x]);
            sab += pa[x] * double(pb[x]);
            ++n;
        }
    }
    const double ca = saa / n - (sa / n) * (sa / n), cb = sbb / n - (sb / n) * (sb / n);
    return (sab / n - (sa / n) * (sb / n)) / std::sqrt(ca * cb);
}
} // namespace

class TestSynthCine : public QObject {
    Q_OBJECT
private slots:
    void transverseSweepIsContinuous_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("grade");
        QTest::newRow("hm70a normal") << QStringLiteral("hm70a") << int(Grade::Normal);
        QTest::newRow("minisono severe") << QStringLiteral("minisono") << int(Grade::Severe);
    }
    void transverseSweepIsContinuous()
    {
        QFETCH(QString, profile);
        QFETCH(int, grade);
        SynthRequest r;
        r.profile = profile;
        r.grade = static_cast<Grade>(grade);
        r.frames = 60;
        r.seed = 31;
        const SynthCine c = generateCine(r);
        QCOMPARE(int(c.frames.size()), 60);
        QCOMPARE(c.frames.front().truth.level, QStringLiteral("DWC-1"));
        QCOMPARE(c.frames[30].truth.level, QStringLiteral("DWC"));
        QCOMPARE(c.frames.back().truth.level, QStringLiteral("DWC+1"));
        QCOMPARE(c.frames.front().truth.sweepPositionMm, 0.0);
        QCOMPARE(c.frames.back().truth.sweepPositionMm, 20.0);
        const QRect region(c.profile.imageSize.width() / 4, c.profile.imageSize.height() / 8,
                           c.profile.imageSize.width() / 2, c.profile.imageSize.height() / 4);
        double minCorr = 1, maxCorr = -1, maxStep = 0, maxAreaChange = 0;
        double minArea = 1e9, maxArea = 0;
        for (int i = 1; i < 60; ++i) {
            const GroundTruth& a = c.frames[i - 1].truth;
            const GroundTruth& b = c.frames[i].truth;
            QCOMPARE(b.frameIndex, i);
            QVERIFY(b.nervePresent);
            const QPointF d = maskCentroid(b.mask) - maskCentroid(a.mask);
            maxStep = std::max(maxStep, std::hypot(d.x(), d.y()));
            maxAreaChange = std::max(maxAreaChange, std::abs(b.areaPx - a.areaPx) / a.areaPx);
            minArea = std::min(minArea, b.areaMm2);
            maxArea = std::max(maxArea, b.areaMm2);
            const double corr = correlation(c.frames[i - 1].image, c.frames[i].image, region);
            minCorr = std::min(minCorr, corr);
            maxCorr = std::max(maxCorr, corr);
        }
        qInfo("max centroid step %.2f px, max area change %.2f%%, consecutive corr %.2f..%.2f, CSA %.1f..%.1f mm2",
              maxStep, 100 * maxAreaChange, minCorr, maxCorr, minArea, maxArea);
        QVERIFY2(maxStep < 4, qPrintable(QString::number(maxStep)));
        QVERIFY2(maxAreaChange < 0.06, qPrintable(QString::number(maxAreaChange)));
        QVERIFY2(minCorr > 0.3 && maxCorr < 0.95, qPrintable(QStringLiteral("%1 %2").arg(minCorr).arg(maxCorr)));
        // Frames far apart decorrelate more than neighbours.
        QVERIFY(correlation(c.frames[0].image, c.frames[59].image, region) < minCorr);
        // The nerve's size does change along the tunnel (not a pasted copy).
        QVERIFY(maxArea - minArea > 0.2);
    }
    void longitudinalSweepTranslates()
    {
        SynthRequest r;
        r.view = View::Longitudinal;
        r.frames = 30;
        r.seed = 8;
        const SynthCine c = generateCine(r);
        QCOMPARE(int(c.frames.size()), 30);
        for (const SynthFrame& f : c.frames) {
            QVERIFY(f.truth.nervePresent);
            QCOMPARE(int(f.truth.contours.size()), 1);
            // The nerve band crosses the whole frame.
            const QRectF box = f.truth.contours[0].boundingRect();
            QVERIFY(box.left() < 0 && box.right() > f.image.width() - 1);
        }
    }
    void forearmLevels()
    {
        SynthRequest r;
        r.view = View::ForearmTransverse;
        r.frames = 3;
        const SynthCine c = generateCine(r);
        QCOMPARE(c.frames[0].truth.level, QStringLiteral("forearm DWC+9"));
        QCOMPARE(c.frames[1].truth.level, QStringLiteral("forearm DWC+10"));
        QCOMPARE(c.frames[2].truth.level, QStringLiteral("forearm DWC+11"));
        // Forearm nerves are smaller and flatter than swollen wrist nerves.
        SynthRequest w = r;
        w.view = View::WristTransverse;
        w.grade = Grade::Severe;
        w.frames = 1;
        r.grade = Grade::Severe;
        r.frames = 1;
        QVERIFY(generateCine(r).frames[0].truth.areaMm2 < generateCine(w).frames[0].truth.areaMm2);
    }
    void progressAndCancel()
    {
        SynthRequest r;
        r.profile = QStringLiteral("handheld");
        r.frames = 10;
        ns::jobs::CancelToken token;
        int reports = 0;
        double last = 0;
        ns::jobs::Progress progress(
            [&](double f, const QString& msg) {
                ++reports;
                QVERIFY(f > last);
                QVERIFY(!msg.isEmpty());
                last = f;
                if (reports == 3)
                    token.cancel();
            },
            token);
        const SynthCine c = generateCine(r, progress);
        QCOMPARE(int(c.frames.size()), 3);
        QCOMPARE(reports, 3);
    }
};

QTEST_GUILESS_MAIN(TestSynthCine)
#include "test_synth_cine.moc"
