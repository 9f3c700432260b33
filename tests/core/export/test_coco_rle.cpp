// COCO run-length encoded masks (core/export/CocoRle.h) and their import: the decoder
// against values from outside NerveScope (rpycocotools' test pairs "52203" with the runs
// 5,2,2,2,5 on a 4 x 4 mask) and worked out by hand from pycocotools' maskApi.c
// (multi-character values, a negative difference); a COCO folder whose annotations are
// masks imports as the same pixels; malformed or mis-sized masks are refused by name and
// leave the workspace untouched.

#include "core/annotation/Mask.h"
#include "core/export/CocoRle.h"
#include "core/export/DatasetImport.h"
#include "core/workspace/StudyStore.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <opencv2/imgproc.hpp>

using namespace ns;

namespace {

QJsonObject rle(int h, int w, const QJsonValue& counts)
{
    return QJsonObject{{QStringLiteral("size"), QJsonArray{h, w}}, {QStringLiteral("counts"), counts}};
}

// The runs of a mask, column by column, starting with a run of 0 (the format's definition).
QJsonArray runsOf(const cv::Mat& mask)
{
    const cv::Mat columns = mask.t();
    QJsonArray runs;
    uchar current = 0;
    int length = 0;
    for (int i = 0; i < int(columns.total()); ++i) {
        const uchar v = columns.data[i] ? 1 : 0;
        if (v != current) {
            runs << length;
            current = v;
            length = 0;
        }
        ++length;
    }
    runs << length;
    return runs;
}

// pycocotools' rleToString, written from its description; checked by packsLikePycocotools.
QString packed(const QJsonArray& runs)
{
    QString s;
    for (int i = 0; i < runs.size(); ++i) {
        long long x = runs[i].toInteger() - (i > 2 ? runs[i - 2].toInteger() : 0);
        bool more = true;
        while (more) {
            int c = int(x & 0x1f);
            x >>= 5;
            more = (c & 0x10) ? x != -1 : x != 0;
            if (more)
                c |= 0x20;
            s += QChar(c + 48);
        }
    }
    return s;
}

int pixels(const cv::Mat& m) { return cv::countNonZero(m); }

} // namespace

class TestCocoRle : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;

    // A COCO folder with one 96 x 64 image and the given annotations.
    QString cocoFolder(const QString& name, const QJsonArray& annotations)
    {
        const QString dir = m_tmp.filePath(name);
        QDir().mkpath(dir);
        QImage img(96, 64, QImage::Format_Grayscale8);
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x)
                img.scanLine(y)[x] = uchar((x * 3 + y * 5) % 256);
        if (!img.save(dir + QStringLiteral("/frame.png")))
            return {};
        const QJsonObject doc{
            {QStringLiteral("images"), QJsonArray{QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("file_name"), QStringLiteral("frame.png")},
                                                              {QStringLiteral("width"), 96}, {QStringLiteral("height"), 64}}}},
            {QStringLiteral("categories"), QJsonArray{QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("name"), QStringLiteral("median nerve")}}}},
            {QStringLiteral("annotations"), annotations}};
        QFile f(dir + QStringLiteral("/annotations.json"));
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(doc).toJson()) <= 0)
            return {};
        return dir;
    }

    static QJsonObject cocoAnnotation(int id, const QJsonObject& segmentation)
    {
        return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("image_id"), 1}, {QStringLiteral("category_id"), 1},
                           {QStringLiteral("iscrowd"), 1}, {QStringLiteral("segmentation"), segmentation}};
    }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void decodesThirdPartyAndHandWorkedStrings()
    {
        // rpycocotools' tests build COCO_RLE(size=[4,4], counts="52203") beside
        // RLE(size=[4,4], counts=[5,2,2,2,5]): a 2 x 2 square at rows 1-2, columns 1-2.
        QCOMPARE(*exporting::decodeCocoCounts("52203"), (std::vector<long long>{5, 2, 2, 2, 5}));
        cv::Mat square(4, 4, CV_8UC1, cv::Scalar(0));
        square(cv::Rect(1, 1, 2, 2)).setTo(255);
        for (const QJsonValue& counts : {QJsonValue(QStringLiteral("52203")), QJsonValue(QJsonArray{5, 2, 2, 2, 5})}) {
            QString error;
            const auto m = exporting::decodeCocoRle(rle(4, 4, counts), &error);
            QVERIFY2(m, qPrintable(error));
            QCOMPARE(cv::countNonZero(*m != square), 0);
        }

        // By hand from maskApi.c: 40 = 8 + 1*32 -> 'X' (8 with the continuation bit) then
        // '1'; 10 -> ':'; the fourth run is stored as 5 - 40 = -35 = 29 - 2*32 -> 'm' (29
        // with the continuation bit) then 'N' (30, whose bit 0x10 sign-extends).
        QCOMPARE(*exporting::decodeCocoCounts("0X1:mN"), (std::vector<long long>{0, 40, 10, 5}));
        QString error;
        const auto m = exporting::decodeCocoRle(rle(5, 11, QStringLiteral("0X1:mN")), &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(pixels((*m)(cv::Rect(0, 0, 8, 5))), 40); // columns 0-7 full
        QCOMPARE(pixels((*m)(cv::Rect(8, 0, 2, 5))), 0);
        QCOMPARE(pixels((*m)(cv::Rect(10, 0, 1, 5))), 5);
    }

    void packsLikePycocotools()
    {
        // The test's encoder (used below) gives the strings above back.
        QCOMPARE(packed(QJsonArray{5, 2, 2, 2, 5}), QStringLiteral("52203"));
        QCOMPARE(packed(QJsonArray{0, 40, 10, 5}), QStringLiteral("0X1:mN"));
    }

    void refusesMalformedMasks_data()
    {
        QTest::addColumn<QJsonObject>("segmentation");
        QTest::addColumn<QString>("reason");
        QTest::newRow("runs short of the size") << rle(4, 4, QJsonArray{5, 2, 2}) << QStringLiteral("4 x 4");
        QTest::newRow("runs beyond the size") << rle(4, 4, QJsonArray{5, 2, 2, 2, 6}) << QStringLiteral("4 x 4");
        QTest::newRow("a negative run") << rle(4, 4, QJsonArray{5, -2, 13}) << QStringLiteral("run lengths");
        QTest::newRow("a character below '0'") << rle(4, 4, QStringLiteral("52 03")) << QStringLiteral("malformed");
        QTest::newRow("a value cut short") << rle(5, 11, QStringLiteral("0X")) << QStringLiteral("malformed");
        QTest::newRow("no size") << QJsonObject{{QStringLiteral("counts"), QStringLiteral("52203")}} << QStringLiteral("size");
        QTest::newRow("no counts") << QJsonObject{{QStringLiteral("size"), QJsonArray{4, 4}}} << QStringLiteral("counts");
        QTest::newRow("absurd size") << rle(1 << 20, 1 << 20, QJsonArray{0}) << QStringLiteral("larger");
    }

    void refusesMalformedMasks()
    {
        QFETCH(QJsonObject, segmentation);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!exporting::decodeCocoRle(segmentation, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    // Two masks, one as a list of runs and one packed, import as outlines that rasterise
    // back to the same pixels; a bifid mask gives two outlines.
    void importsMasksAsTheSamePixels()
    {
        cv::Mat nerve(64, 96, CV_8UC1, cv::Scalar(0));
        cv::ellipse(nerve, cv::Point(40, 30), cv::Size(18, 9), 15, 0, 360, cv::Scalar(255), cv::FILLED);
        cv::Mat bifid(64, 96, CV_8UC1, cv::Scalar(0));
        cv::ellipse(bifid, cv::Point(25, 40), cv::Size(8, 6), 0, 0, 360, cv::Scalar(255), cv::FILLED);
        cv::ellipse(bifid, cv::Point(60, 40), cv::Size(9, 5), 0, 0, 360, cv::Scalar(255), cv::FILLED);
        const QString dir = cocoFolder(QStringLiteral("masks"), QJsonArray{cocoAnnotation(7, rle(64, 96, runsOf(nerve))),
                                                                           cocoAnnotation(8, rle(64, 96, packed(runsOf(bifid))))});
        QVERIFY(!dir.isEmpty());
        QString error;
        const QList<exporting::ImportImage> images = exporting::readDataset(exporting::ImportFormat::Coco, dir, jobs::Progress::none(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(images.size(), 1);
        const QList<exporting::ImportContour>& contours = images.first().contours;
        QCOMPARE(contours.size(), 3);
        QCOMPARE(contours[0].label, QStringLiteral("median nerve"));
        const cv::Mat first = annotation::rasterise(contours[0].vertices, QSize(96, 64));
        QCOMPARE(cv::countNonZero(first != nerve), 0);
        const cv::Mat second = annotation::rasterise(QList<QPolygonF>{contours[1].vertices, contours[2].vertices}, QSize(96, 64));
        QCOMPARE(cv::countNonZero(second != bifid), 0);

        auto ws = workspace::Workspace::create(m_tmp.filePath(QStringLiteral("ws-masks")));
        QVERIFY(ws.workspace);
        const exporting::ImportSummary s = exporting::importDataset(*ws.workspace, exporting::ImportFormat::Coco, dir, jobs::Progress::none());
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.studies, 1);
        QCOMPARE(s.contours, 3);
    }

    // A mask of another size than its image, or a broken one, stops the import before
    // anything is written, naming the annotation.
    void refusesMisfitMasksAndWritesNothing()
    {
        cv::Mat small(32, 48, CV_8UC1, cv::Scalar(0));
        small(cv::Rect(10, 10, 8, 6)).setTo(255);
        const QString wrongSize = cocoFolder(QStringLiteral("wrong-size"), QJsonArray{cocoAnnotation(3, rle(32, 48, runsOf(small)))});
        const QString broken = cocoFolder(QStringLiteral("broken"), QJsonArray{cocoAnnotation(4, rle(64, 96, QStringLiteral("0X")))});
        QVERIFY(!wrongSize.isEmpty() && !broken.isEmpty());
        auto ws = workspace::Workspace::create(m_tmp.filePath(QStringLiteral("ws-refused")));
        QVERIFY(ws.workspace);
        exporting::ImportSummary s = exporting::importDataset(*ws.workspace, exporting::ImportFormat::Coco, wrongSize, jobs::Progress::none());
        QVERIFY(!s.ok);
        QVERIFY2(s.error.contains(QStringLiteral("annotation 3")) && s.error.contains(QStringLiteral("48 x 32"))
                     && s.error.contains(QStringLiteral("96 x 64")), qPrintable(s.error));
        s = exporting::importDataset(*ws.workspace, exporting::ImportFormat::Coco, broken, jobs::Progress::none());
        QVERIFY(!s.ok);
        QVERIFY2(s.error.contains(QStringLiteral("annotation 4")) && s.error.contains(QStringLiteral("malformed")), qPrintable(s.error));
        QCOMPARE(workspace::listStudies(*ws.workspace).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCocoRle)
#include "test_coco_rle.moc"
