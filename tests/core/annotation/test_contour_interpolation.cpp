// Shape interpolation between key-frame contours, judged by shape properties (centre,
// area, boundary) rather than by exact vertex lists: endpoints are the key frames, a
// translated and scaled circle passes through the expected circle midway, different
// vertex counts and opposite turning senses interpolate without the shape collapsing.
#include "core/annotation/ContourInterpolation.h"
#include "core/annotation/Measurements.h"

#include <QLineF>
#include <QTest>
#include <QtMath>

using namespace ns::annotation;

namespace {

QPolygonF circle(QPointF c, double r, int n, double phaseDeg = 0, bool clockwise = false)
{
    QPolygonF p;
    for (int i = 0; i < n; ++i) {
        const double t = qDegreesToRadians(phaseDeg) + (clockwise ? -1 : 1) * 2 * M_PI * i / n;
        p << c + QPointF(r * std::cos(t), r * std::sin(t));
    }
    return p;
}

QPolygonF rect(double x, double y, double w, double h)
{
    return QPolygonF({QPointF(x, y), QPointF(x + w, y), QPointF(x + w, y + h), QPointF(x, y + h)});
}

QPointF centroid(const QPolygonF& p)
{
    // Area centroid (Green's theorem): independent of how the vertices are spaced.
    double a = 0, cx = 0, cy = 0;
    for (int i = 0; i < p.size(); ++i) {
        const QPointF& u = p[i];
        const QPointF& v = p[(i + 1) % p.size()];
        const double k = u.x() * v.y() - v.x() * u.y();
        a += k;
        cx += (u.x() + v.x()) * k;
        cy += (u.y() + v.y()) * k;
    }
    return QPointF(cx, cy) / (3 * a);
}

double distanceToOutline(const QPolygonF& poly, QPointF p)
{
    double best = 1e300;
    for (int i = 0; i < poly.size(); ++i) {
        const QPointF a = poly[i], b = poly[(i + 1) % poly.size()];
        const QPointF ab = b - a;
        const double t = std::clamp(QPointF::dotProduct(p - a, ab) / QPointF::dotProduct(ab, ab), 0.0, 1.0);
        best = std::min(best, QLineF(p, a + ab * t).length());
    }
    return best;
}

} // namespace

class TestContourInterpolation : public QObject {
    Q_OBJECT
private slots:
    void resampleIsEvenAndOnTheOutline()
    {
        const QPolygonF square = rect(10, 10, 40, 40);
        const QPolygonF r = resampleByArcLength(square, 16);
        QCOMPARE(r.size(), 16);
        QCOMPARE(r[0], square[0]);
        for (int i = 0; i < r.size(); ++i) {
            QVERIFY(distanceToOutline(square, r[i]) < 1e-9);
            QVERIFY(qAbs(QLineF(r[i], r[(i + 1) % 16]).length() - 10.0) < 1e-9); // 160 / 16
        }
    }

    void endpointsAreTheKeyFrames()
    {
        const QPolygonF a = circle({100, 100}, 20, 32);
        const QPolygonF b = rect(150, 80, 30, 50);
        const ContourInterpolator interp(a, b);
        QVERIFY(interp.isValid());
        QCOMPARE(interp.at(0), a);
        QCOMPARE(interp.at(1), b);
        // Just inside the ends, the shape is already almost the key frame's.
        const QPolygonF nearA = interp.at(1e-6), nearB = interp.at(1 - 1e-6);
        for (const QPointF& p : nearA)
            QVERIFY(distanceToOutline(a, p) < 0.01);
        for (const QPointF& p : nearB)
            QVERIFY(distanceToOutline(b, p) < 0.01);
        QVERIFY(qAbs(shoelaceArea(nearB) - 1500.0) < 1.0);
    }

    void translatedScaledCircleMidway()
    {
        const QPolygonF a = circle({100, 100}, 10, 40);
        const QPolygonF b = circle({160, 140}, 30, 40, 73); // other start point too
        const ContourInterpolator interp(a, b);
        const QPolygonF mid = interp.at(0.5);
        const QPointF c = centroid(mid);
        QVERIFY2(QLineF(c, QPointF(130, 120)).length() < 0.05, qPrintable(QStringLiteral("%1,%2").arg(c.x()).arg(c.y())));
        // Radius 20 midway: area pi r^2 (within the polygon's own discretisation).
        const double area = shoelaceArea(mid);
        QVERIFY2(qAbs(area - M_PI * 400) / (M_PI * 400) < 0.01, qPrintable(QString::number(area)));
        for (const QPointF& p : mid)
            QVERIFY2(qAbs(QLineF(p, QPointF(130, 120)).length() - 20) < 0.3, qPrintable(QString::number(QLineF(p, c).length())));
        // A quarter of the way: centre and radius a quarter of the way too.
        const QPolygonF q = interp.at(0.25);
        QVERIFY(QLineF(centroid(q), QPointF(115, 110)).length() < 0.05);
        QVERIFY(qAbs(shoelaceArea(q) - M_PI * 225) / (M_PI * 225) < 0.01);
    }

    void differentVertexCounts()
    {
        // A 4-vertex square and a 50-vertex circle of the same area, same centre.
        const double side = 40;
        const QPolygonF a = rect(80, 80, side, side);
        const QPolygonF b = circle({100, 100}, side / std::sqrt(M_PI), 50);
        const ContourInterpolator interp(a, b);
        QCOMPARE(interp.fromPoints().size(), interp.toPoints().size());
        QVERIFY(interp.fromPoints().size() >= 50);
        for (double t : {0.2, 0.5, 0.8}) {
            const QPolygonF m = interp.at(t);
            QVERIFY(QLineF(centroid(m), QPointF(100, 100)).length() < 0.2);
            // Between a square and a circle of equal area: no collapse, no blow-up.
            const double area = shoelaceArea(m);
            QVERIFY2(area > 0.95 * side * side && area < 1.1 * side * side, qPrintable(QString::number(area)));
        }
    }

    void orientationMismatchIsFixed()
    {
        const QPolygonF a = circle({100, 100}, 20, 36);
        const QPolygonF b = circle({100, 100}, 20, 36, 0, true); // the same circle, clockwise
        QVERIFY((signedArea(a) > 0) != (signedArea(b) > 0));
        const ContourInterpolator interp(a, b);
        // Matched point for point: every point stays where it is.
        for (int i = 0; i < interp.fromPoints().size(); ++i)
            QVERIFY(QLineF(interp.fromPoints()[i], interp.toPoints()[i]).length() < 1e-6);
        const QPolygonF mid = interp.at(0.5);
        QVERIFY(qAbs(shoelaceArea(mid) - shoelaceArea(interp.fromPoints())) < 1e-6);
        // Without the fix the midway shape would pass through the centre (area near zero).
        QVERIFY(shoelaceArea(mid) > 0.95 * M_PI * 400);
    }

    void rotatedStartIsMatched()
    {
        // The same ellipse with its vertex list starting a third of the way round.
        QPolygonF a;
        for (int i = 0; i < 30; ++i)
            a << QPointF(100 + 30 * std::cos(2 * M_PI * i / 30), 100 + 12 * std::sin(2 * M_PI * i / 30));
        QPolygonF b;
        for (int i = 0; i < 30; ++i)
            b << a[(i + 10) % 30] + QPointF(20, 0);
        const QPolygonF mid = ContourInterpolator(a, b).at(0.5);
        QVERIFY(QLineF(centroid(mid), QPointF(110, 100)).length() < 0.05);
        QVERIFY(qAbs(shoelaceArea(mid) - shoelaceArea(a)) / shoelaceArea(a) < 0.01);
    }

    void degenerateInputIsInvalid()
    {
        const ContourInterpolator interp(QPolygonF({QPointF(0, 0), QPointF(1, 1)}), circle({0, 0}, 5, 8));
        QVERIFY(!interp.isValid());
        QVERIFY(interp.at(0.5).isEmpty());
    }

    void bifidContoursArePairedByPosition()
    {
        const QList<QPolygonF> a{circle({50, 50}, 5, 16), circle({90, 50}, 5, 16)};
        const QList<QPolygonF> b{circle({95, 55}, 6, 16), circle({52, 48}, 6, 16)};
        const auto pairs = pairContours(a, b);
        QCOMPARE(pairs.size(), 2);
        QCOMPARE(pairs[0], qMakePair(0, 1));
        QCOMPARE(pairs[1], qMakePair(1, 0));
        QVERIFY(pairContours(a, {b[0]}).isEmpty()); // different counts: not guessed
    }
};

QTEST_APPLESS_MAIN(TestContourInterpolation)
#include "test_contour_interpolation.moc"
