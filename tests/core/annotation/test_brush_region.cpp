// The brush and eraser's region editing: a contour rasterised, painted into or erased
// from, traced back. Areas are checked against the painted geometry, so the half-pixel
// bias of tracing pixel centres would show.
#include "core/annotation/BrushRegion.h"
#include "core/annotation/Measurements.h"

#include <QTest>
#include <QtMath>

using namespace ns::annotation;

namespace {
QPolygonF rect(double x, double y, double w, double h)
{
    return QPolygonF({QPointF(x, y), QPointF(x + w, y), QPointF(x + w, y + h), QPointF(x, y + h)});
}
} // namespace

class TestBrushRegion : public QObject {
    Q_OBJECT
private slots:
    void untouchedRegionTracesBack()
    {
        for (int scale : {1, 3}) {
            BrushRegion region({rect(20, 30, 40, 25)}, QSize(200, 150), scale);
            QCOMPARE(region.areaPx(), 1000.0);
            const QList<QPolygonF> out = region.outlines();
            QCOMPARE(out.size(), 1);
            QVERIFY2(qAbs(shoelaceArea(out[0]) - 1000.0) < 1.0, qPrintable(QString::number(shoelaceArea(out[0]))));
            const QRectF box = out[0].boundingRect();
            QVERIFY(qAbs(box.left() - 20) < 0.01 && qAbs(box.bottom() - 55) < 0.01);
        }
    }

    void dabInEmptySpaceIsACircle()
    {
        BrushRegion region({}, QSize(640, 480));
        QCOMPARE(region.scale(), 3);
        QVERIFY(region.isEmpty());
        region.paint({100, 100}, {100, 100}, 10, false);
        const QList<QPolygonF> out = region.outlines();
        QCOMPARE(out.size(), 1);
        const double area = shoelaceArea(out[0]);
        QVERIFY2(qAbs(area - M_PI * 100) / (M_PI * 100) < 0.03, qPrintable(QString::number(area)));
        QVERIFY(qAbs(region.areaPx() - M_PI * 100) / (M_PI * 100) < 0.03);
    }

    void strokeGrowsTheRegion()
    {
        BrushRegion region({rect(50, 50, 20, 20)}, QSize(200, 200));
        // A stroke along the right edge, brush radius 5: adds a 5 px band beyond x = 70.
        region.paint({70, 52}, {70, 68}, 5, false);
        const QList<QPolygonF> out = region.outlines();
        QCOMPARE(out.size(), 1);
        // The union of the square and the swept disc, counted on a fine grid.
        double expected = 0;
        const double step = 0.05;
        for (double y = 40; y < 80; y += step)
            for (double x = 45; x < 80; x += step) {
                const QPointF p(x + step / 2, y + step / 2);
                const double cy = std::clamp(p.y(), 52.0, 68.0);
                const bool inSquare = p.x() >= 50 && p.x() < 70 && p.y() >= 50 && p.y() < 70;
                const bool inStroke = std::hypot(p.x() - 70, p.y() - cy) <= 5;
                expected += (inSquare || inStroke) ? step * step : 0;
            }
        QVERIFY2(qAbs(shoelaceArea(out[0]) - expected) / expected < 0.03, qPrintable(QString::number(shoelaceArea(out[0]))));
        QVERIFY(qAbs(out[0].boundingRect().right() - 75) < 0.4);
    }

    void eraserCutSplitsInTwo()
    {
        BrushRegion region({rect(40, 40, 60, 20)}, QSize(200, 200));
        region.paint({70, 30}, {70, 70}, 3, true); // a 6 px wide cut across the middle
        const QList<QPolygonF> out = region.outlines();
        QCOMPARE(out.size(), 2);
        for (const QPolygonF& p : out)
            QVERIFY2(qAbs(shoelaceArea(p) - 27 * 20) < 8, qPrintable(QString::number(shoelaceArea(p))));
    }

    void erasingEverythingLeavesNothing()
    {
        BrushRegion region({rect(40, 40, 10, 10)}, QSize(100, 100));
        region.paint({38, 45}, {52, 45}, 8, true);
        QVERIFY(region.isEmpty());
        QVERIFY(region.outlines().isEmpty());
    }

    void crumbsAreDropped()
    {
        BrushRegion region({rect(40, 40, 10, 10)}, QSize(100, 100), 1);
        region.paint({44.5, 44.5}, {44.5, 44.5}, 20, true);
        region.paint({41.5, 41.5}, {41.5, 41.5}, 0.6, false); // one pixel
        QVERIFY(!region.isEmpty());
        QVERIFY(region.outlines().isEmpty());
    }

    void previewCoversThePaintedPart()
    {
        BrushRegion region({}, QSize(300, 200));
        region.paint({100, 100}, {140, 100}, 6, false);
        QRectF where;
        const QImage img = region.preview(Qt::red, &where);
        QVERIFY(!img.isNull());
        QVERIFY(where.contains(QRectF(94, 94, 52, 12)));
        QVERIFY(where.width() < 70);
    }
};

QTEST_APPLESS_MAIN(TestBrushRegion)
#include "test_brush_region.moc"
