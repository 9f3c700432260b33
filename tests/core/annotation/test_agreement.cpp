// Agreement between two raters on squares whose Dice and Hausdorff distance are worked out
// by hand.
#include "core/annotation/Agreement.h"
#include "core/annotation/ContourStore.h"
#include "core/annotation/RaterAgreement.h"
#include "core/media/MediaOpener.h"
#include "core/workspace/StudyStore.h"
#include "tests/TestData.h"

#include <QTemporaryDir>

#include <QTest>

using namespace ns::annotation;

namespace {
QPolygonF rect(double x, double y, double w, double h)
{
    return QPolygonF({QPointF(x, y), QPointF(x + w, y), QPointF(x + w, y + h), QPointF(x, y + h)});
}
} // namespace

class TestAgreement : public QObject {
    Q_OBJECT
private slots:
    void halfOverlappingSquares()
    {
        // A = [10,20)x[10,20), B = [15,25)x[10,20): 100 px each, 50 shared: DSC = 2*50/200.
        // Outlines: A's left column x=10 is 5 px from B's left column x=15, and B's right
        // column x=24 is 5 px from A's right column x=19; nothing is farther: HD = 5.
        const Agreement a = compareRaters({rect(10, 10, 10, 10)}, {rect(15, 10, 10, 10)}, QSize(40, 40));
        QCOMPARE(a.pixelsA, 100);
        QCOMPARE(a.pixelsB, 100);
        QCOMPARE(a.pixelsBoth, 50);
        QCOMPARE(*a.dice, 0.5);
        QCOMPARE(*a.hausdorffPx, 5.0);
        QVERIFY(!a.hausdorffMm); // no calibration given
    }

    void identicalAndDisjoint()
    {
        const Agreement same = compareRaters({rect(5, 5, 8, 8)}, {rect(5, 5, 8, 8)}, QSize(30, 30));
        QCOMPARE(*same.dice, 1.0);
        QCOMPARE(*same.hausdorffPx, 0.0);
        // 4x4 at (0,0) and at (10,10): no overlap. A's corner pixel (0,0) is nearest to B's
        // corner (10,10), and B's (13,13) to A's (3,3): sqrt(10^2+10^2).
        const Agreement apart = compareRaters({rect(0, 0, 4, 4)}, {rect(10, 10, 4, 4)}, QSize(20, 20));
        QCOMPARE(*apart.dice, 0.0);
        QVERIFY(qAbs(*apart.hausdorffPx - std::sqrt(200.0)) < 1e-3);
    }

    void nestedSquaresAndCalibration()
    {
        // B = [25,35)^2 centred in A = [20,40)^2: DSC = 2*100/(400+100) = 0.4. A's corner
        // pixel (20,20) is farthest from B's outline, whose nearest pixel is B's corner
        // (25,25): HD = sqrt(5^2+5^2); B to A is only 5.
        ns::media::Calibration cal;
        ns::media::UltrasoundRegion r;
        r.bounds = QRect(0, 0, 100, 100);
        r.spatialFormat = 1;
        r.dataType = 1;
        r.unitsX = r.unitsY = ns::media::PhysicalUnits::Centimetre;
        r.physicalDeltaX = r.physicalDeltaY = 0.01; // 0.1 mm/px
        cal.setRegions({r});
        const Agreement a = compareRaters({rect(20, 20, 20, 20)}, {rect(25, 25, 10, 10)}, QSize(60, 60), &cal);
        QCOMPARE(*a.dice, 0.4);
        QVERIFY(qAbs(*a.hausdorffPx - std::sqrt(50.0)) < 1e-3);
        QVERIFY2(a.hausdorffMm, qPrintable(a.noPhysicalReason));
        QVERIFY(qAbs(*a.hausdorffMm - 0.1 * std::sqrt(50.0)) < 1e-4);
    }

    void bifidContoursUniteAndEmptyRater()
    {
        // Rater A draws the nerve as two fascicle groups, rater B as one contour around both.
        const Agreement a = compareRaters({rect(0, 0, 5, 10), rect(5, 0, 5, 10)}, {rect(0, 0, 10, 10)}, QSize(20, 20));
        QCOMPARE(*a.dice, 1.0);
        const Agreement none = compareRaters({rect(0, 0, 5, 5)}, {}, QSize(20, 20));
        QCOMPARE(*none.dice, 0.0);
        QVERIFY(!none.hausdorffPx);
        QVERIFY(!compareRaters({}, {}, QSize(20, 20)).dice);
    }

    void twoRatersInAWorkspace()
    {
        // Alice and Bob contour the same frame of the ALOKA study (left region, 0.382653 mm/px);
        // a third rater's contour and a deleted one of Bob's must not count.
        const QString file = ns::testdata::shared(QStringLiteral("gdcm-US-ALOKA-16.dcm"));
        NS_REQUIRE_FILE(file);
        QTemporaryDir tmp;
        auto r = ns::workspace::Workspace::create(tmp.path());
        QVERIFY(r);
        const qint64 study = ns::workspace::importStudy(*r.workspace, file, false).study->id;
        QString error;
        auto add = [&](const QString& rater, const QPolygonF& p, int frame = 0) {
            Contour c;
            c.studyId = study;
            c.frame = frame;
            c.rater = rater;
            c.vertices = p;
            return insertContour(*r.workspace, c, &error) ? c.id : qint64(-1);
        };
        QVERIFY(add(QStringLiteral("alice"), rect(100, 100, 10, 10)) > 0);
        QVERIFY(add(QStringLiteral("bob"), rect(105, 100, 10, 10)) > 0);
        QVERIFY(add(QStringLiteral("carol"), rect(0, 0, 50, 50)) > 0);
        QVERIFY(add(QStringLiteral("bob"), rect(100, 100, 10, 10), 1) > 0); // another frame
        const qint64 gone = add(QStringLiteral("bob"), rect(200, 200, 30, 30));
        QVERIFY(setContourDeleted(*r.workspace, gone, true, QStringLiteral("bob"), &error));
        auto opened = ns::media::openMedia(file);
        QVERIFY(opened);
        const std::optional<Agreement> a = agreementOnFrame(*r.workspace, study, 0, QStringLiteral("alice"), QStringLiteral("bob"),
                                                            QSize(640, 480), &opened.source->calibration(), &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(*a->dice, 0.5);
        QCOMPARE(*a->hausdorffPx, 5.0);
        QVERIFY(qAbs(*a->hausdorffMm - 5 * 0.382653) < 1e-5);
    }
};

QTEST_GUILESS_MAIN(TestAgreement)
#include "test_agreement.moc"
