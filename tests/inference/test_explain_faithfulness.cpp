// Are the heatmaps faithful to the model? The shipped CTS classifier (resources/models/
// cts-mobilenet: a 15 mm crop around the nerve that sa-unet-wrist finds) is explained on
// 50 synthetic wrist phantoms with CTS, patients it never saw, whose grade lives only in the
// nerve (its size, echogenicity, fascicles, epineurium: core/synth/Severity), and then:
//   - pointing game: the maximum of the occlusion and of the LIME map lies inside the nerve
//     grown by 2 mm on at least 80% of the 50 frames;
//   - deletion: removing superpixels in a map's order lowers the score faster (smaller
//     area under the deletion curve) than random orders;
//   - randomisation: the maps of the same architecture with random weights rank pixels
//     unlike the trained model's (Spearman < 0.5).

#include "core/media/Calibration.h"
#include "core/metrics/RankCorrelation.h"
#include "core/synth/CineGenerator.h"
#include "inference/FramePreprocess.h"
#include "inference/ModelFile.h"
#include "inference/explain/Explainer.h"
#include "inference/explain/Faithfulness.h"
#include "inference/explain/Lime.h"
#include "tests/TestData.h"

#include <QElapsedTimer>
#include <QtTest>
#include <opencv2/imgproc.hpp>

#include <random>

using namespace ns::inference;
using namespace ns::inference::explain;

namespace {

QString shippedCard(const QString& name) { return QStringLiteral(NERVESCOPE_SOURCE_ROOT "/resources/models/") + name + QStringLiteral(".json"); }

struct Phantom {
    QImage frame;
    cv::Mat nerve; // CV_8UC1 at frame size
    ns::media::Calibration calibration;
    double mmPerPx = 0;
};

Phantom phantom(std::uint64_t seed, ns::synth::Grade grade)
{
    ns::synth::SynthRequest r;
    r.grade = grade;
    r.seed = seed;
    r.patientId = QStringLiteral("FAITH-%1").arg(seed);
    const ns::synth::SynthCine cine = ns::synth::generateCine(r);
    Phantom p;
    p.frame = cine.frames.front().image;
    p.nerve = frameToGrey8(cine.frames.front().truth.mask);
    p.mmPerPx = cine.profile.pixelSpacingMm;
    p.calibration.setPixelSpacingMm(p.mmPerPx, p.mmPerPx);
    return p;
}

ns::synth::Grade ctsGrade(int i)
{
    static const ns::synth::Grade cts[] = {ns::synth::Grade::Mild, ns::synth::Grade::Moderate, ns::synth::Grade::Severe};
    return cts[i % 3];
}

std::vector<double> flat(const cv::Mat& m)
{
    cv::Mat small;
    cv::resize(m, small, cv::Size(32, 32), 0, 0, cv::INTER_AREA); // rank regions, not speckle
    return std::vector<double>(small.begin<float>(), small.end<float>());
}

} // namespace

class TestExplainFaithfulness : public QObject {
    Q_OBJECT

    std::unique_ptr<Explainer> m_trained;
    std::unique_ptr<Explainer> m_random;
    std::vector<Phantom> m_cts; // 50 CTS frames of patients the model never saw

    // Everything as a user gets it (docs/explanations.md); the deletion and randomisation
    // checks, which pass with a wide margin, take 300 LIME samples for CI time.
    ExplainRequest request(Method m, const Phantom& p, int limeSamples = LimeOptions().samples) const
    {
        ExplainRequest r;
        r.method = m;
        r.targetClass = 1;
        r.calibration = p.calibration;
        r.lime.samples = limeSamples;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString card = shippedCard(QStringLiteral("cts-mobilenet"));
        NS_REQUIRE_FILE(card);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 50; ++i)
            m_cts.push_back(phantom(5000 + std::uint64_t(i), ctsGrade(i)));
        qInfo("phantoms: %.1f s", timer.restart() / 1000.0);

        QString error;
        auto loaded = loadModel(card, &error);
        QVERIFY2(loaded, qPrintable(error));
        InferenceOptions options;
        options.forceCpu = true;
        options.batchSize = 64;
        options.cpuThreads = 1; // two NetRunners (locator and classifier) share LibTorch's pool
        options.precision = Precision::Automatic; // as the app and the CLI explain
        const ModelCard c = loaded->card;
        QVERIFY(c.nerveCropMm > 0);
        m_trained = Explainer::create(std::move(*loaded), options, &error);
        QVERIFY2(m_trained, qPrintable(error));
        LoadedModel fresh{c, QString(), createNetwork(c, &error)};
        QVERIFY2(fresh.net, qPrintable(error));
        m_random = Explainer::create(std::move(fresh), options, &error);
        QVERIFY2(m_random, qPrintable(error));

        // The maps explain a model that sees CTS in these frames.
        int called = 0;
        for (const Phantom& p : m_cts) {
            const cv::Mat in = m_trained->modelInput(p.frame, p.calibration, nullptr, &error);
            QVERIFY2(!in.empty(), qPrintable(error));
            called += m_trained->targetScore(in, 1, Score::Probability)({in}).at(0) > 0.5 ? 1 : 0;
        }
        qInfo("held-out CTS frames called CTS: %d of %zu", called, m_cts.size());
        QVERIFY2(called >= 40, qPrintable(QString::number(called)));
    }

    void pointingGame_data()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("occlusion") << int(Method::Occlusion);
        QTest::newRow("lime") << int(Method::Lime);
    }

    void pointingGame()
    {
        QFETCH(int, method);
        int hits = 0;
        QElapsedTimer timer;
        timer.start();
        for (const Phantom& p : m_cts) {
            QString error;
            const ExplainResult res = m_trained->explain(p.frame, request(Method(method), p), ns::jobs::Progress::none(), &error);
            QVERIFY2(res.ok(), qPrintable(error));
            QVERIFY(!res.crop.isNull());
            const bool hit = pointingHit(res.heatmap, p.nerve, 2.0 / p.mmPerPx);
            hits += hit ? 1 : 0;
        }
        qInfo("%s: %d of %zu maxima on the nerve (+2 mm), %.1f s", qPrintable(methodName(Method(method))), hits, m_cts.size(),
              timer.elapsed() / 1000.0);
        // When written: occlusion 43, LIME 40 of 50. On 50 other phantoms (seeds 7000-7049)
        // that played no part in choosing the defaults: occlusion 45, LIME 41 (300 samples).
        QVERIFY2(hits >= int(0.8 * double(m_cts.size())), qPrintable(QString::number(hits)));
    }

    void deletionBeatsRandomOrder()
    {
        std::mt19937_64 rng(5);
        for (Method m : {Method::Occlusion, Method::Lime}) {
            double mapArea = 0, randomArea = 0;
            const int frames = 10;
            for (int i = 0; i < frames; ++i) {
                const Phantom& p = m_cts[size_t(i)];
                const ExplainResult res = m_trained->explain(p.frame, request(m, p, 300));
                QVERIFY(res.ok());
                const cv::Mat input = m_trained->modelInput(p.frame, p.calibration);
                int n = 0;
                const cv::Mat labels = slicSuperpixels(input, 64, &n);
                const cv::Mat fill = fillImage(input, Fill::Mean, 0);
                const BatchScore score = m_trained->targetScore(input, 1, Score::Probability);
                mapArea += curveArea(deletionCurve(input, fill, labels, superpixelOrder(res.modelMap, labels, n), score));
                for (int k = 0; k < 3; ++k)
                    randomArea += curveArea(deletionCurve(input, fill, labels, randomOrder(n, rng), score)) / 3;
            }
            qInfo("%s deletion AUC: map order %.3f, random order %.3f", qPrintable(methodName(m)), mapArea / frames, randomArea / frames);
            QVERIFY(mapArea < randomArea);
        }
    }

    void randomisedWeightsChangeTheMap()
    {
        for (Method m : {Method::Occlusion, Method::Lime}) {
            double rho = 0;
            const int frames = 8;
            for (int i = 0; i < frames; ++i) {
                const Phantom& p = m_cts[size_t(i)];
                const ExplainResult a = m_trained->explain(p.frame, request(m, p, 300));
                const ExplainResult b = m_random->explain(p.frame, request(m, p, 300));
                QVERIFY(a.ok() && b.ok());
                const double s = ns::metrics::spearman(flat(a.modelMap), flat(b.modelMap));
                rho += std::isnan(s) ? 0.0 : s; // a flat map of the random net ranks nothing
            }
            rho /= frames;
            qInfo("%s: Spearman trained vs randomised weights %.3f", qPrintable(methodName(m)), rho);
            QVERIFY2(rho < 0.5, qPrintable(QString::number(rho)));
        }
    }
};

QTEST_GUILESS_MAIN(TestExplainFaithfulness)
#include "test_explain_faithfulness.moc"
