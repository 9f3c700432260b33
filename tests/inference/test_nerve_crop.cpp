// The nerve-centred crop of the CTS classifiers (S1's 15x15 mm): geometry on real phantom
// frames of two scanners with different pixel sizes, and the Grader finding the nerve with
// the shipped segmentation model before it crops.

#include "core/media/Calibration.h"
#include "core/synth/CineGenerator.h"
#include "core/synth/writers/SynthDatasetGenerator.h"
#include "inference/FramePreprocess.h"
#include "inference/Grader.h"
#include "inference/ModelFile.h"
#include "inference/ModelRegistry.h"
#include "inference/NerveCrop.h"
#include "inference/NerveLocator.h"
#include "inference/Segmenter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/imgproc.hpp>

using namespace ns::inference;

namespace {

struct Row {
    QImage image, mask;
    double mmPerPx = 0, areaMm2 = 0;
};

cv::Point2d maskCentroid(const cv::Mat& m)
{
    const cv::Moments mo = cv::moments(m, true);
    return {mo.m10 / mo.m00, mo.m01 / mo.m00};
}

} // namespace

class TestNerveCrop : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QList<Row> m_rows;

private Q_SLOTS:
    void initTestCase()
    {
        ns::synth::DatasetRequest req;
        req.task = ns::synth::DatasetTask::CtsBinary;
        req.patients = 4;
        req.framesPerWrist = 1;
        req.seed = 77;
        req.profiles = {QStringLiteral("hm70a"), QStringLiteral("minisono")}; // 0.06 and 0.042 mm/px
        const QString dir = m_tmp.filePath(QStringLiteral("data"));
        const auto r = ns::synth::generateDataset(req, dir, [](const ns::synth::SynthRequest& s, const ns::jobs::Progress& p) {
            return ns::synth::generateCine(s, p);
        });
        QVERIFY2(r.ok, qPrintable(r.error));
        QFile f(dir + QStringLiteral("/manifest.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QSet<double> spacings;
        for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("items")).toArray()) {
            const QJsonObject o = v.toObject();
            Row row{QImage(dir + QLatin1Char('/') + o.value(QStringLiteral("image")).toString()),
                    QImage(dir + QLatin1Char('/') + o.value(QStringLiteral("mask")).toString()),
                    o.value(QStringLiteral("pixelSpacingMm")).toDouble(), o.value(QStringLiteral("areaMm2")).toDouble()};
            QVERIFY(!row.image.isNull() && !row.mask.isNull() && row.mmPerPx > 0);
            spacings.insert(row.mmPerPx);
            m_rows << row;
        }
        QVERIFY2(spacings.size() == 2, "the phantoms must come from two pixel sizes");
    }

    // The crop is a fixed size in mm: the nerve fills the same fraction of it whatever the
    // scanner's pixel size, and sits in its middle.
    void cropIsCentredAndInMillimetres()
    {
        const cv::Size input(128, 128);
        for (const Row& row : m_rows) {
            const cv::Mat mask = frameToGrey8(row.mask);
            const auto centre = nerveCentre(mask);
            QVERIFY(centre);
            const QRectF rect = nerveCropRect(*centre, row.mmPerPx, kCropMm);
            QVERIFY(std::abs(rect.width() - kCropMm / row.mmPerPx) < 1e-9);
            const cv::Mat cropped = toCroppedModelInput(mask, rect, input);
            QCOMPARE(cropped.size(), input);
            cv::Mat binary = cropped > 0.5f;
            const cv::Point2d c = maskCentroid(binary);
            QVERIFY2(std::abs(c.x - 64) < 2 && std::abs(c.y - 64) < 2, qPrintable(QStringLiteral("centroid %1,%2").arg(c.x).arg(c.y)));
            const double fraction = cv::countNonZero(binary) / double(input.area());
            const double expected = row.areaMm2 / (kCropMm * kCropMm);
            QVERIFY2(std::abs(fraction - expected) < 0.12 * expected,
                     qPrintable(QStringLiteral("nerve fills %1 of the crop, %2 expected from %3 mm²").arg(fraction).arg(expected).arg(row.areaMm2)));
        }
    }

    void outsideTheFrameIsBlackAndMapsGoBack()
    {
        cv::Mat grey(100, 200, CV_8UC1, cv::Scalar(200));
        const QRectF rect(-20, -20, 40, 40); // centred on the top-left corner
        const cv::Mat in = toCroppedModelInput(grey, rect, cv::Size(40, 40));
        QCOMPARE(in.at<float>(5, 5), 0.0f);
        QVERIFY(std::abs(in.at<float>(30, 30) - 200 / 255.0f) < 1e-6);
        const cv::Mat back = cropMapToFrame(cv::Mat(40, 40, CV_32FC1, cv::Scalar(1)), rect, grey.size());
        QCOMPARE(back.size(), grey.size());
        QCOMPARE(cv::countNonZero(back), 20 * 20); // only the quarter inside the frame
        QCOMPARE(back.at<float>(19, 19), 1.0f);
        QCOMPARE(back.at<float>(20, 20), 0.0f);
    }

    void bifidNerveCentreIsBetweenTheHalves()
    {
        cv::Mat m = cv::Mat::zeros(100, 100, CV_8UC1);
        cv::circle(m, {30, 50}, 8, 255, cv::FILLED);
        cv::circle(m, {70, 50}, 8, 255, cv::FILLED);
        cv::circle(m, {90, 90}, 2, 255, cv::FILLED); // a speck: a third component, ignored
        const auto c = nerveCentre(m);
        QVERIFY(c);
        QVERIFY(std::abs(c->x - 50) < 0.5 && std::abs(c->y - 50) < 0.5);
        QVERIFY(!nerveCentre(cv::Mat::zeros(10, 10, CV_8UC1)));
    }

    // The Grader finds the nerve with the shipped segmentation model, crops 15 mm around it
    // at the frame's scale, and leaves frames without a nerve ungraded.
    void graderCropsAroundTheNerveItFinds()
    {
        QTemporaryDir dir;
        ModelCard c;
        c.name = QStringLiteral("crop-test");
        c.version = QStringLiteral("0.0.1-test");
        c.task = QStringLiteral("cts-binary");
        c.architecture = QStringLiteral("severity-transverse"); // small and quick; 2 classes here
        c.classes = {QStringLiteral("no-cts"), QStringLiteral("cts")};
        c.inputWidth = c.inputHeight = 64;
        c.nerveCropMm = kCropMm;
        QString error;
        auto net = createNetwork(c, &error);
        QVERIFY2(net, qPrintable(error));
        QVERIFY2(saveModel(*net, &c, dir.path(), &error), qPrintable(error));
        InferenceOptions options;
        options.forceCpu = true;
        auto grader = Grader::create(*loadModel(dir.filePath(QStringLiteral("crop-test.json")), &error), options, &error);
        QVERIFY2(grader, qPrintable(error));
        QVERIFY(grader->usesNerveCrop());
        QVERIFY(grader->locatorCard());
        QCOMPARE(grader->locatorCard()->task, QStringLiteral("segmentation"));

        for (const Row& row : m_rows) {
            ns::media::Calibration cal;
            cal.setPixelSpacingMm(row.mmPerPx, row.mmPerPx);
            QImage blank(row.image.size(), QImage::Format_Grayscale8);
            blank.fill(0);
            const auto grades = grader->grade({row.image, blank}, cal, &error);
            QCOMPARE(grades.size(), size_t(2));
            QVERIFY(grades[0].nerveFound);
            QCOMPARE(grades[0].probabilities.size(), size_t(2));
            const auto truth = nerveCentre(frameToGrey8(row.mask));
            const QPointF centre = grades[0].crop.center();
            QVERIFY2(std::hypot(centre.x() - truth->x, centre.y() - truth->y) * row.mmPerPx < 0.5,
                     qPrintable(QStringLiteral("crop centre %1,%2, nerve at %3,%4").arg(centre.x()).arg(centre.y()).arg(truth->x).arg(truth->y)));
            QVERIFY(std::abs(grades[0].crop.width() * row.mmPerPx - kCropMm) < 1e-6);
            QVERIFY(!grades[1].nerveFound);
            QVERIFY(grades[1].probabilities.empty());
            QCOMPARE(aggregateWrist(grades).frames, 1);
        }
        // No scale: a crop in mm cannot be cut, and the user is told why.
        const auto none = grader->grade({m_rows.first().image}, ns::media::Calibration(), &error);
        QVERIFY(none.empty());
        QVERIFY2(error.contains(QStringLiteral("scale")), qPrintable(error));
    }

private:
    static constexpr double kCropMm = 15.0;
};

QTEST_GUILESS_MAIN(TestNerveCrop)
#include "test_nerve_crop.moc"
