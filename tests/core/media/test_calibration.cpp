// Region rules of DESIGN section 2, on the region layout of the real ALOKA file
// (two B-mode regions side by side and one small uncalibrated region).
#include "core/media/Calibration.h"

#include <QTest>

using namespace ns::media;

class TestCalibration : public QObject {
    Q_OBJECT

    static Calibration alokaLayout()
    {
        UltrasoundRegion left, right, small;
        left.bounds = QRect(QPoint(32, 24), QPoint(335, 415));
        right.bounds = QRect(QPoint(336, 24), QPoint(639, 415));
        for (UltrasoundRegion* r : {&left, &right}) {
            r->unitsX = r->unitsY = PhysicalUnits::Centimetre;
            r->physicalDeltaX = r->physicalDeltaY = 0.0382653;
            r->spatialFormat = 1;
            r->dataType = 1;
        }
        small.bounds = QRect(QPoint(32, 40), QPoint(63, 103));
        Calibration c;
        c.setRegions({left, right, small});
        return c;
    }

    static QPolygonF square(double x, double y, double side)
    {
        return QPolygonF({QPointF(x, y), QPointF(x + side, y), QPointF(x + side, y + side), QPointF(x, y + side)});
    }

private slots:
    void squareInLeftRegionHasArea()
    {
        const MeasurementScale s = alokaLayout().scaleFor(square(100, 150, 100));
        QVERIFY2(s.valid, qPrintable(s.reason));
        QCOMPARE(s.regionIndex, 0);
        QVERIFY(qAbs(s.mmPerPixelX - 0.382653) < 1e-9);
        // 0.0382653 cm/px (units code 3 = cm) is 0.382653 mm/px, so the 100 x 100 px square
        // is 38.2653 mm on a side: 1464.23 mm^2 = 14.642 cm^2. (shared/testdata/README.md
        // quotes 14.642 "mm^2" with 3.8265 mm sides: a factor-of-ten slip in its units.)
        QVERIFY(qAbs(s.areaMm2(100.0 * 100.0) - 1464.23) < 0.01);
    }
    void shapeAcrossRegionsHasNoSize()
    {
        const MeasurementScale s = alokaLayout().scaleFor(square(300, 150, 100));
        QVERIFY(!s.valid);
        QVERIFY(s.reason.contains(QLatin1String("crosses")));
    }
    void shapeOutsideRegionsHasNoSize()
    {
        const MeasurementScale s = alokaLayout().scaleFor(square(100, 430, 20));
        QVERIFY(!s.valid);
        QVERIFY(s.reason.contains(QLatin1String("outside")));
    }
    void nestedUncalibratedRegionWins()
    {
        // The small region lies inside the left one; a shape in it belongs to it, and it
        // has no spatial calibration.
        const MeasurementScale s = alokaLayout().scaleFor(square(40, 50, 10));
        QVERIFY(!s.valid);
        QCOMPARE(s.regionIndex, 2);
        QVERIFY(s.reason.contains(QLatin1String("no spatial calibration")));
    }
    void edgePixelsBelongToTheirRegion()
    {
        const Calibration c = alokaLayout();
        QCOMPARE(c.regionAt(QPointF(335, 200)), 0);
        QCOMPARE(c.regionAt(QPointF(336, 200)), 1);
        QCOMPARE(c.regionAt(QPointF(20, 200)), -1);
    }
    void pixelSpacingFallback()
    {
        Calibration c;
        QCOMPARE(c.kind(), Calibration::Kind::None);
        QVERIFY(!c.scaleFor(square(0, 0, 10)).valid);
        c.setPixelSpacingMm(0.2, 0.1); // row 0.2 mm, column 0.1 mm
        QCOMPARE(c.kind(), Calibration::Kind::PixelSpacing);
        const MeasurementScale s = c.scaleFor(square(0, 0, 10));
        QVERIFY(s.valid);
        QCOMPARE(s.mmPerPixelX, 0.1);
        QCOMPARE(s.mmPerPixelY, 0.2);
        QVERIFY(qAbs(s.areaMm2(100) - 2.0) < 1e-12);
    }
    void nonSpatialUnitsAreNotCalibrated()
    {
        UltrasoundRegion doppler;
        doppler.bounds = QRect(0, 0, 100, 100);
        doppler.unitsX = PhysicalUnits::Second;
        doppler.unitsY = PhysicalUnits::CentimetrePerSecond;
        doppler.physicalDeltaX = 0.01;
        doppler.physicalDeltaY = 0.5;
        QVERIFY(!doppler.isSpatiallyCalibrated());
    }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "test_calibration.moc"
