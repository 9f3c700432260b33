// The inference engines on real files: model files with their cards (a wrong hash, missing
// weights or weights of another architecture are refused), contours from probability maps,
// and the Segmenter/Grader on frames of any size and colour.

#include "core/annotation/Mask.h"
#include "core/annotation/Measurements.h"
#include "core/media/MediaOpener.h"
#include "core/metrics/Overlap.h"
#include "core/synth/CineGenerator.h"
#include "inference/Grader.h"
#include "inference/MaskContours.h"
#include "inference/ModelFile.h"
#include "inference/ModelRegistry.h"
#include "inference/Segmenter.h"
#include "tests/TestData.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/imgproc.hpp>

using namespace ns::inference;

namespace {

ModelCard card(const QString& name, const QString& task, const QString& arch, QStringList classes, int input = 64)
{
    ModelCard c;
    c.name = name;
    c.version = QStringLiteral("0.0.1-test");
    c.task = task;
    c.architecture = arch;
    c.inputWidth = input;
    c.inputHeight = input;
    c.classes = std::move(classes);
    c.notice = QStringLiteral("untrained test model");
    return c;
}

// A fresh (untrained) network written as a model file; returns the card's path.
QString writeModel(const QString& dir, ModelCard c)
{
    QString error;
    auto net = createNetwork(c, &error);
    if (!net)
        qFatal("createNetwork: %s", qPrintable(error));
    if (!saveModel(*net, &c, dir, &error))
        qFatal("saveModel: %s", qPrintable(error));
    return dir + QLatin1Char('/') + c.name + QStringLiteral(".json");
}

} // namespace

class TestEngines : public QObject {
    Q_OBJECT
private slots:
    void savedModelLoadsWithMatchingHash()
    {
        QTemporaryDir dir;
        const QString path = writeModel(dir.path(), card(QStringLiteral("seg"), QStringLiteral("segmentation"), QStringLiteral("sa-unet"), {QStringLiteral("nerve")}));
        QString error;
        auto loaded = loadModel(path, &error);
        QVERIFY2(loaded.has_value(), qPrintable(error));
        QCOMPARE(loaded->card.parameters, 495047);
        QCOMPARE(loaded->card.sha256, sha256OfFile(dir.filePath(QStringLiteral("seg.pt"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("seg.pt.partial"))));
    }

    void wrongHashIsRefused()
    {
        QTemporaryDir dir;
        const QString path = writeModel(dir.path(), card(QStringLiteral("seg"), QStringLiteral("segmentation"), QStringLiteral("sa-unet"), {QStringLiteral("nerve")}));
        QFile weights(dir.filePath(QStringLiteral("seg.pt")));
        QVERIFY(weights.open(QIODevice::ReadWrite));
        weights.seek(weights.size() / 2);
        char byte = 0;
        weights.getChar(&byte);
        weights.seek(weights.size() / 2);
        weights.putChar(char(byte ^ 0x5a));
        weights.close();
        QString error;
        QVERIFY(!loadModel(path, &error).has_value());
        QVERIFY2(error.contains(QLatin1String("does not match its card")), qPrintable(error));
    }

    void missingWeightsAndBadCardsAreRefused()
    {
        QTemporaryDir dir;
        const QString path = writeModel(dir.path(), card(QStringLiteral("seg"), QStringLiteral("segmentation"), QStringLiteral("sa-unet"), {QStringLiteral("nerve")}));
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("seg.pt"))));
        QString error;
        QVERIFY(!loadModel(path, &error).has_value());
        QVERIFY2(error.contains(QLatin1String("missing")), qPrintable(error));

        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{ not json");
        bad.close();
        QVERIFY(!loadModel(bad.fileName(), &error).has_value());
        QVERIFY2(error.contains(QLatin1String("not valid JSON")), qPrintable(error));
        QVERIFY(!loadModel(dir.filePath(QStringLiteral("absent.json")), &error).has_value());
        QVERIFY(!error.isEmpty());
    }

    void weightsOfAnotherArchitectureAreRefused()
    {
        // A card that claims "unet" for SA-UNet weights, with the right sha256: the hash
        // passes, the tensors do not fit.
        QTemporaryDir dir;
        const QString path = writeModel(dir.path(), card(QStringLiteral("seg"), QStringLiteral("segmentation"), QStringLiteral("sa-unet"), {QStringLiteral("nerve")}));
        ModelCard c;
        QString error;
        QVERIFY(readModelCard(path, &c, &error));
        c.architecture = QStringLiteral("unet");
        c.parameters = 0;
        QVERIFY(writeModelCard(path, c, &error));
        QVERIFY(!loadModel(path, &error).has_value());
        QVERIFY2(error.contains(QLatin1String("do not fit")), qPrintable(error));
        c.architecture = QStringLiteral("no-such-net");
        QVERIFY(writeModelCard(path, c, &error));
        QVERIFY(!loadModel(path, &error).has_value());
        QVERIFY2(error.contains(QLatin1String("unknown architecture")), qPrintable(error));
    }

    void enginesRefuseTheWrongTask()
    {
        QTemporaryDir dir;
        const QString seg = writeModel(dir.path(), card(QStringLiteral("seg"), QStringLiteral("segmentation"), QStringLiteral("sa-unet"), {QStringLiteral("nerve")}));
        const QString cls = writeModel(dir.path(), card(QStringLiteral("cls"), QStringLiteral("cts-binary"), QStringLiteral("squeezenet1_1"), {QStringLiteral("no-cts"), QStringLiteral("cts")}));
        QString error;
        QVERIFY(!Grader::create(*loadModel(seg, &error), {}, &error));
        QVERIFY2(error.contains(QLatin1String("not a CTS classifier")), qPrintable(error));
        QVERIFY(!Segmenter::create(*loadModel(cls, &error), {}, &error));
        QVERIFY2(error.contains(QLatin1String("not a segmentation model")), qPrintable(error));
    }

    void registryFindsByNameAndExplainsWhatIsThere()
    {
        QTemporaryDir dir;
        writeModel(dir.path(), card(QStringLiteral("seg-a"), QStringLiteral("segmentation"), QStringLiteral("sa-unet"), {QStringLiteral("nerve")}));
        ModelRegistry registry({dir.path()});
        QCOMPARE(registry.list().size(), 1);
        QVERIFY(!registry.find(QStringLiteral("seg-a")).cardPath.isEmpty());
        QString error;
        QVERIFY(registry.find(QStringLiteral("nope"), &error).cardPath.isEmpty());
        QVERIFY2(error.contains(QLatin1String("seg-a")), qPrintable(error));
    }

    void contoursFollowTheComponentsAndKeepTwo()
    {
        // Two nerve halves (bifid) of different size and a speckle: two contours, largest
        // first, each with an area close to its pixel count, and the speckle dropped.
        cv::Mat p(200, 240, CV_32F, cv::Scalar(0.05f));
        cv::ellipse(p, {80, 100}, {30, 18}, 20, 0, 360, cv::Scalar(0.9f), cv::FILLED);
        cv::circle(p, {170, 100}, 14, cv::Scalar(0.8f), cv::FILLED);
        cv::rectangle(p, {220, 10}, {222, 12}, cv::Scalar(0.95f), cv::FILLED);
        const auto out = extractContours(p);
        QCOMPARE(out.contours.size(), 2);
        const cv::Mat big = p > 0.5f;
        const double ellipsePixels = cv::countNonZero(big(cv::Rect(0, 0, 130, 200)));
        const double circlePixels = cv::countNonZero(big(cv::Rect(140, 0, 60, 200)));
        QVERIFY(std::abs(ns::annotation::shoelaceArea(out.contours[0]) - ellipsePixels) / ellipsePixels < 0.02);
        QVERIFY(std::abs(ns::annotation::shoelaceArea(out.contours[1]) - circlePixels) / circlePixels < 0.03);
        // The contour rasterised back is the component (DSC-level agreement).
        const cv::Mat back = ns::annotation::rasterise(out.contours, QSize(240, 200));
        cv::Mat both;
        cv::bitwise_and(back, out.mask, both);
        const double dsc = 2.0 * cv::countNonZero(both) / (cv::countNonZero(back) + cv::countNonZero(out.mask));
        QVERIFY2(dsc > 0.98, qPrintable(QString::number(dsc)));
        QCOMPARE(out.meanProbability.size(), 2);
        QVERIFY(std::abs(out.meanProbability[0] - 0.9) < 1e-4);

        ContourExtraction one;
        one.maxComponents = 1;
        QCOMPARE(extractContours(p, one).contours.size(), 1);
        ContourExtraction ellipse;
        ellipse.ellipseRegularise = true;
        const auto fitted = extractContours(p, ellipse);
        QCOMPARE(fitted.contours.size(), 2);
        QCOMPARE(fitted.contours[0].size(), 64);
        QVERIFY(std::abs(ns::annotation::shoelaceArea(fitted.contours[0]) - ellipsePixels) / ellipsePixels < 0.03);
    }

    void emptyMapGivesNoContour()
    {
        const auto out = extractContours(cv::Mat(50, 60, CV_32F, cv::Scalar(0.1f)));
        QVERIFY(out.contours.isEmpty());
        QCOMPARE(out.mask.size(), cv::Size(60, 50));
    }

    void segmenterTakesAnyFrameSizeAndColour()
    {
        QTemporaryDir dir;
        const QString path = writeModel(dir.path(), card(QStringLiteral("seg"), QStringLiteral("segmentation"), QStringLiteral("sa-unet"), {QStringLiteral("nerve")}));
        QString error;
        InferenceOptions options;
        options.forceCpu = true;
        auto seg = Segmenter::create(*loadModel(path, &error), options, &error);
        QVERIFY2(seg, qPrintable(error));
        const QString rgbFile = ns::testdata::shared(QStringLiteral("US1_UNCR.dcm")); // RGB, 640x480
        NS_REQUIRE_FILE(rgbFile);
        auto opened = ns::media::openMedia(rgbFile);
        QVERIFY2(opened, qPrintable(opened.error));
        const QImage rgb = opened.source->frame(0, &error);
        QVERIFY(!rgb.isNull());
        QImage odd(37, 121, QImage::Format_Grayscale16);
        odd.fill(4000);
        const auto results = seg->segment(std::vector<QImage>{rgb, odd}, &error);
        QCOMPARE(results.size(), size_t(2));
        QCOMPARE(results[0].probability.cols, rgb.width());
        QCOMPARE(results[0].probability.rows, rgb.height());
        QCOMPARE(results[1].probability.size(), cv::Size(37, 121));
        double lo = 0, hi = 0;
        cv::minMaxLoc(results[0].probability, &lo, &hi);
        QVERIFY(lo >= 0 && hi <= 1);
        QVERIFY(seg->device().cpuThreads >= 1);
        QVERIFY(!seg->device().cuda);
        QVERIFY(seg->segment(QImage(), &error).probability.empty());
        QVERIFY(!error.isEmpty());
    }

    // bfloat16 (what explanations run in on a CPU that has it) is asked for per engine, is
    // really used (the numbers change), and finds the same nerve as float32.
    void bfloat16IsOptInAndFindsTheSameNerve()
    {
        const ModelEntry shipped = ModelRegistry().find(QStringLiteral("sa-unet-wrist"));
        QVERIFY2(!shipped.cardPath.isEmpty(), "the shipped sa-unet-wrist is missing");
        ns::synth::SynthRequest r;
        r.grade = ns::synth::Grade::Moderate;
        r.seed = 4242;
        const QImage frame = ns::synth::generateCine(r).frames.front().image;
        QString error;
        const auto run = [&](Precision precision) {
            InferenceOptions options;
            options.forceCpu = true;
            options.cpuThreads = 1;
            options.precision = precision;
            auto seg = Segmenter::create(*loadModel(shipped.cardPath, &error), options, &error);
            if (!seg)
                qFatal("%s", qPrintable(error));
            return std::make_pair(seg->device(), seg->segment(frame, &error));
        };
        const auto [fp32Device, fp32] = run(Precision::Float32);
        const auto [bf16Device, bf16] = run(Precision::BFloat16);
        const auto [autoDevice, automatic] = run(Precision::Automatic);
        QVERIFY(!fp32Device.bfloat16);
        QVERIFY(bf16Device.bfloat16);
        QVERIFY(bf16Device.describe().contains(QLatin1String("bfloat16")));
        QVERIFY(!fp32Device.describe().contains(QLatin1String("bfloat16")));
        QCOMPARE(autoDevice.bfloat16, cpuHasNativeBFloat16());
        QVERIFY(cv::norm(fp32.probability, bf16.probability, cv::NORM_INF) > 0); // autocast took effect
        QVERIFY(cv::norm(fp32.probability, bf16.probability, cv::NORM_L1) / double(fp32.probability.total()) < 0.01);
        QVERIFY(cv::countNonZero(fp32.nerve.mask) > 100);
        const double dsc = ns::metrics::overlapScores(bf16.nerve.mask, fp32.nerve.mask).dice;
        QVERIFY2(dsc > 0.97, qPrintable(QString::number(dsc)));
    }

    void graderGivesDistributionsAndWristMean()
    {
        QTemporaryDir dir;
        const QString path = writeModel(dir.path(), card(QStringLiteral("sev"), QStringLiteral("cts-severity"), QStringLiteral("severity-transverse"),
                                                         {QStringLiteral("normal"), QStringLiteral("mild"), QStringLiteral("moderate"), QStringLiteral("severe")}));
        QString error;
        InferenceOptions options;
        options.forceCpu = true;
        options.batchSize = 2; // three frames: two batches
        auto grader = Grader::create(*loadModel(path, &error), options, &error);
        QVERIFY2(grader, qPrintable(error));
        QImage a(300, 200, QImage::Format_Grayscale8), b(64, 64, QImage::Format_RGB32), c(500, 400, QImage::Format_Grayscale8);
        a.fill(30);
        b.fill(Qt::gray);
        c.fill(200);
        const auto grades = grader->grade({a, b, c}, &error);
        QCOMPARE(grades.size(), size_t(3));
        for (const auto& g : grades) {
            QCOMPARE(g.probabilities.size(), size_t(4));
            double sum = 0;
            for (double p : g.probabilities)
                sum += p;
            QVERIFY(std::abs(sum - 1) < 1e-5);
        }
        const auto wrist = aggregateWrist(grades);
        QCOMPARE(wrist.frames, 3);
        for (size_t k = 0; k < 4; ++k)
            QVERIFY(std::abs(wrist.probabilities[k] - (grades[0].probabilities[k] + grades[1].probabilities[k] + grades[2].probabilities[k]) / 3) < 1e-9);
        // Batching does not change the answer.
        InferenceOptions single = options;
        single.batchSize = 1;
        auto grader1 = Grader::create(*loadModel(path, &error), single, &error);
        const auto again = grader1->grade({a, b, c}, &error);
        for (size_t i = 0; i < 3; ++i)
            for (size_t k = 0; k < 4; ++k)
                QVERIFY(std::abs(again[i].probabilities[k] - grades[i].probabilities[k]) < 1e-4);
    }
};

QTEST_GUILESS_MAIN(TestEngines)
#include "test_engines.moc"
