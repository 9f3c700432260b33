// Measurements on known shapes: physical area through the real ALOKA file's calibration
// (left region 0.382653 mm/px), no physical area across regions, analytic ellipses, masks.
#include "core/annotation/Mask.h"
#include "core/annotation/Measurements.h"
#include "core/media/MediaOpener.h"
#include "tests/TestData.h"

#include <QTest>
#include <QtMath>
#include <opencv2/core.hpp>

using namespace ns::annotation;
namespace td = ns::testdata;

namespace {

QPolygonF square(double x, double y, double side)
{
    return QPolygonF({QPointF(x, y), QPointF(x + side, y), QPointF(x + side, y + side), QPointF(x, y + side)});
}

QPolygonF ellipse(QPointF c, double a, double b, double angleDeg, int n)
{
    const double t = qDegreesToRadians(angleDeg);
    QPolygonF p;
    for (int i = 0; i < n; ++i) {
        const double u = 2 * M_PI * i / n;
        const double x = a * std::cos(u), y = b * std::sin(u);
        p << QPointF(c.x() + x * std::cos(t) - y * std::sin(t), c.y() + x * std::sin(t) + y * std::cos(t));
    }
    return p;
}

} // namespace

class TestMeasurements : public QObject {
    Q_OBJECT
    std::unique_ptr<ns::media::FrameSource> m_aloka;

private slots:
    void initTestCase()
    {
        const QString file = td::shared(QStringLiteral("gdcm-US-ALOKA-16.dcm"));
        NS_REQUIRE_FILE(file);
        ns::media::OpenResult r = ns::media::openMedia(file);
        QVERIFY2(r, qPrintable(r.error));
        m_aloka = std::move(r.source);
    }

    void squaresInTheLeftRegion()
    {
        const Measurements small = measure(square(100, 100, 10), &m_aloka->calibration());
        QCOMPARE(small.areaPx, 100.0);
        QVERIFY2(small.areaMm2, qPrintable(small.noPhysicalReason));
        QVERIFY(qAbs(*small.areaMm2 - 14.642) < 1e-3);
        QVERIFY(qAbs(*small.perimeterMm - 40 * 0.382653) < 1e-4);
        const Measurements big = measure(square(100, 100, 100), &m_aloka->calibration());
        QVERIFY(qAbs(*big.areaMm2 - 1464.23) < 1e-2);
        QCOMPARE(big.perimeterPx, 400.0);
        QVERIFY(qAbs(big.circularity - M_PI / 4) < 1e-9); // 4*pi*A/P^2 of any square
        // Vertex order does not change the area (shoelace takes the absolute value).
        QPolygonF reversed = square(100, 100, 10);
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(measure(reversed, &m_aloka->calibration()).areaPx, 100.0);
    }

    void crossingRegionsHasNoPhysicalArea()
    {
        // x 330..340 spans the left (..335) and right (336..) regions.
        const Measurements m = measure(square(330, 100, 10), &m_aloka->calibration());
        QCOMPARE(m.areaPx, 100.0);
        QVERIFY(!m.areaMm2);
        QVERIFY(!m.perimeterMm);
        QVERIFY(!m.ellipseMm);
        QVERIFY2(m.noPhysicalReason.contains(QStringLiteral("crosses")), qPrintable(m.noPhysicalReason));
        // Below every region: outside.
        const Measurements out = measure(square(100, 440, 10), &m_aloka->calibration());
        QVERIFY(!out.areaMm2);
        QVERIFY(out.noPhysicalReason.contains(QStringLiteral("outside")));
        // No calibration at all.
        QVERIFY(!measure(square(0, 0, 10), nullptr).areaMm2);
    }

    void analyticEllipse()
    {
        // Semi-axes 40 and 20 px, rotated 30 degrees, 720 vertices.
        const QPolygonF p = ellipse(QPointF(200, 200), 40, 20, 30, 720);
        const Measurements m = measure(p, &m_aloka->calibration());
        QVERIFY(m.ellipsePx);
        QVERIFY2(qAbs(m.ellipsePx->majorAxis - 80) < 0.1, qPrintable(QString::number(m.ellipsePx->majorAxis)));
        QVERIFY(qAbs(m.ellipsePx->minorAxis - 40) < 0.1);
        QVERIFY2(qAbs(m.ellipsePx->angleDeg - 30) < 0.5, qPrintable(QString::number(m.ellipsePx->angleDeg)));
        QVERIFY(qAbs(*m.flatteningRatio - 2.0) < 0.01);
        QVERIFY(qAbs(m.areaPx - M_PI * 40 * 20) < 0.5); // polygon area converges to pi*a*b
        // Ramanujan's perimeter of an ellipse a=40, b=20.
        const double h = std::pow(40.0 - 20, 2) / std::pow(40.0 + 20, 2);
        const double perim = M_PI * 60 * (1 + 3 * h / (10 + std::sqrt(4 - 3 * h)));
        QVERIFY(qAbs(m.perimeterPx - perim) < 0.05);
        QVERIFY(qAbs(m.circularity - 4 * M_PI * M_PI * 800 / (perim * perim)) < 1e-3);
        QVERIFY(m.ellipseMm);
        QVERIFY(qAbs(m.ellipseMm->majorAxis - 80 * 0.382653) < 0.05);
        // A circle is as round as it gets.
        const Measurements circle = measure(ellipse(QPointF(200, 200), 30, 30, 0, 720), nullptr);
        QVERIFY(qAbs(circle.circularity - 1.0) < 1e-4);
        QVERIFY(qAbs(*circle.flatteningRatio - 1.0) < 1e-3);
        // Too few vertices for an ellipse fit: no axes rather than nonsense.
        QVERIFY(!measure(square(0, 0, 10), nullptr).ellipsePx);
    }

    void maskHasTheContourArea()
    {
        const cv::Mat m = rasterise(square(40, 40, 10), QSize(100, 80));
        QCOMPARE(m.rows, 80);
        QCOMPARE(m.cols, 100);
        QCOMPARE(cv::countNonZero(m), 100);
        QCOMPARE(int(m.at<uchar>(40, 40)), 255);
        QCOMPARE(int(m.at<uchar>(49, 49)), 255);
        QCOMPARE(int(m.at<uchar>(50, 50)), 0);
        QCOMPARE(int(m.at<uchar>(39, 45)), 0);
        // Bifid: two contours unite; a big circle's mask tracks its polygon area.
        QCOMPARE(cv::countNonZero(rasterise(QList<QPolygonF>{square(0, 0, 5), square(10, 10, 5)}, QSize(20, 20))), 50);
        const QPolygonF circle = ellipse(QPointF(50.3, 40.7), 25, 25, 0, 360);
        QVERIFY(qAbs(cv::countNonZero(rasterise(circle, QSize(100, 80))) - shoelaceArea(circle)) < 0.01 * shoelaceArea(circle));
    }
};

QTEST_GUILESS_MAIN(TestMeasurements)
#include "test_measurements.moc"
