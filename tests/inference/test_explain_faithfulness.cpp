// Are the heatmaps faithful to the model? On synthetic wrist phantoms whose CTS grade lives
// only in the nerve (its size, echogenicity, fascicles, epineurium: core/synth/Severity),
// a small CTS classifier is trained here, seeded, in a few hundred steps (no default model
// is needed), saved and reloaded as a model file, and then:
//   - pointing game: the maximum of the occlusion and of the LIME map lies inside the nerve
//     grown by 2 mm on at least 80% of 50 CTS frames;
//   - deletion: removing superpixels in a map's order lowers the score faster (smaller
//     area under the deletion curve) than random orders;
//   - randomisation: the maps of the same architecture with random weights rank pixels
//     unlike the trained model's (Spearman < 0.5).
// The default models (resources/models) are checked by the same measures in bench/.

#include "core/metrics/RankCorrelation.h"
#include "core/synth/CineGenerator.h"
#include "inference/FramePreprocess.h"
#include "inference/ModelFile.h"
#include "inference/TensorImage.h"
#include "inference/explain/Explainer.h"
#include "inference/explain/Faithfulness.h"
#include "inference/explain/Lime.h"
#include "inference/models/NetModule.h"

#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/imgproc.hpp>
#include <torch/nn/functional/loss.h>
#include <torch/optim/adam.h>

#include <QElapsedTimer>
#include <numeric>
#include <random>

using namespace ns::inference;
using namespace ns::inference::explain;

namespace {

constexpr int kInput = 128;

struct Phantom {
    QImage frame;
    cv::Mat nerve; // CV_8UC1 at frame size
    double mmPerPx = 0.06;
    int label = 0;  // 1 = CTS
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
    p.label = ns::synth::isCts(grade) ? 1 : 0;
    return p;
}

ns::synth::Grade gradeFor(int i)
{
    static const ns::synth::Grade cts[] = {ns::synth::Grade::Mild, ns::synth::Grade::Moderate, ns::synth::Grade::Severe};
    return i % 2 == 0 ? ns::synth::Grade::Normal : cts[(i / 2) % 3];
}

ModelCard classifierCard()
{
    ModelCard c;
    c.name = QStringLiteral("faithfulness-cnn");
    c.version = QStringLiteral("test");
    c.task = QStringLiteral("cts-binary");
    c.architecture = QStringLiteral("severity-transverse");
    c.inputWidth = kInput;
    c.inputHeight = kInput;
    c.classes = {QStringLiteral("normal"), QStringLiteral("cts")};
    c.notice = QStringLiteral("trained by test_explain_faithfulness on synthetic phantoms");
    return c;
}

// Adam on cross-entropy with horizontal flips; returns the training accuracy of the last
// pass over the data.
double train(ns::models::NetModule& net, const std::vector<Phantom>& data, int epochs)
{
    torch::manual_seed(7);
    std::vector<cv::Mat> inputs;
    std::vector<std::int64_t> labels;
    for (const Phantom& p : data) {
        inputs.push_back(toModelInput(frameToGrey8(p.frame), cv::Size(kInput, kInput)));
        labels.push_back(p.label);
    }
    const torch::Tensor x = batchFromMats(inputs);
    const torch::Tensor y = torch::tensor(labels, torch::kLong);
    torch::optim::Adam opt(net.parameters(), torch::optim::AdamOptions(1e-3));
    std::mt19937_64 rng(11);
    std::vector<std::int64_t> order(data.size());
    std::iota(order.begin(), order.end(), 0);
    double accuracy = 0;
    const std::int64_t batch = 16;
    for (int epoch = 0; epoch < epochs; ++epoch) {
        net.train();
        std::shuffle(order.begin(), order.end(), rng);
        std::int64_t correct = 0;
        for (size_t first = 0; first < order.size(); first += size_t(batch)) {
            const auto n = std::min<std::int64_t>(batch, std::int64_t(order.size() - first));
            const torch::Tensor idx = torch::tensor(std::vector<std::int64_t>(order.begin() + std::ptrdiff_t(first), order.begin() + std::ptrdiff_t(first) + n));
            torch::Tensor xb = x.index_select(0, idx);
            if (epoch % 2 == 1)
                xb = xb.flip({3});
            const torch::Tensor yb = y.index_select(0, idx);
            opt.zero_grad();
            const torch::Tensor logits = net.forward(xb);
            torch::nn::functional::cross_entropy(logits, yb).backward();
            opt.step();
            correct += (logits.argmax(1) == yb).sum().item<std::int64_t>();
        }
        accuracy = double(correct) / double(order.size());
    }
    net.eval();
    return accuracy;
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

    QTemporaryDir m_dir;
    QString m_cardPath;
    std::unique_ptr<Explainer> m_trained;
    std::unique_ptr<Explainer> m_random;
    std::vector<Phantom> m_cts; // 50 CTS test frames, patients unseen in training

private Q_SLOTS:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        std::vector<Phantom> training;
        for (int i = 0; i < 240; ++i)
            training.push_back(phantom(1000 + std::uint64_t(i), gradeFor(i)));
        for (int i = 0; i < 50; ++i)
            m_cts.push_back(phantom(5000 + std::uint64_t(i), gradeFor(2 * i + 1)));
        qInfo("phantoms: %.1f s", timer.restart() / 1000.0);

        ModelCard card = classifierCard();
        QString error;
        auto net = createNetwork(card, &error);
        QVERIFY2(net, qPrintable(error));
        const double accuracy = train(*net, training, 12);
        qInfo("training: %.1f s, accuracy %.3f", timer.restart() / 1000.0, accuracy);
        QVERIFY2(accuracy > 0.9, qPrintable(QString::number(accuracy)));
        QVERIFY2(saveModel(*net, &card, m_dir.path(), &error), qPrintable(error));
        auto loaded = loadModel(m_dir.filePath(card.name + QStringLiteral(".json")), &error);
        QVERIFY2(loaded, qPrintable(error));
        InferenceOptions options;
        options.batchSize = 64;
        m_trained = Explainer::create(std::move(*loaded), options, &error);
        QVERIFY2(m_trained, qPrintable(error));
        LoadedModel fresh{card, QString(), createNetwork(card, &error)};
        m_random = Explainer::create(std::move(fresh), options, &error);
        QVERIFY2(m_random, qPrintable(error));

        int correct = 0;
        for (const Phantom& p : m_cts) {
            const cv::Mat in = m_trained->modelInput(p.frame);
            correct += m_trained->targetScore(in, 1)({in}).at(0) > 0.5 ? 1 : 0;
        }
        qInfo("held-out CTS frames called CTS: %d of %zu", correct, m_cts.size());
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
        ExplainRequest r;
        r.method = Method(method);
        r.targetClass = 1;
        r.lime.samples = 300; // CI time; bench/ runs 1,000
        int hits = 0;
        QElapsedTimer timer;
        timer.start();
        for (const Phantom& p : m_cts) {
            QString error;
            const ExplainResult res = m_trained->explain(p.frame, r, ns::jobs::Progress::none(), &error);
            QVERIFY2(res.ok(), qPrintable(error));
            hits += pointingHit(res.heatmap, p.nerve, 2.0 / p.mmPerPx) ? 1 : 0;
        }
        qInfo("%s: %d of %zu maxima on the nerve (+2 mm), %.1f s", qPrintable(methodName(r.method)), hits, m_cts.size(),
              timer.elapsed() / 1000.0);
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
                ExplainRequest r;
                r.method = m;
                r.targetClass = 1;
                r.lime.samples = 300;
                const ExplainResult res = m_trained->explain(p.frame, r);
                QVERIFY(res.ok());
                const cv::Mat input = m_trained->modelInput(p.frame);
                int n = 0;
                const cv::Mat labels = slicSuperpixels(input, 64, &n);
                const cv::Mat fill = fillImage(input, Fill::Mean, 0);
                const BatchScore score = m_trained->targetScore(input, 1);
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
                ExplainRequest r;
                r.method = m;
                r.targetClass = 1;
                r.lime.samples = 300;
                const ExplainResult a = m_trained->explain(m_cts[size_t(i)].frame, r);
                const ExplainResult b = m_random->explain(m_cts[size_t(i)].frame, r);
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
