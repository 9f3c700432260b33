// The networks of inference/models/: shapes, parameter counts against S0 and torchvision,
// ECA kernel sizes, S2's noisy activations, gradient flow and a tiny SA-UNet training run.

// LibTorch before Qt: Qt's keyword macros (slots, emit) must not reach torch's headers.
#include "inference/models/Activations.h"
#include "inference/models/Classifiers.h"
#include "inference/models/ModelFactory.h"
#include "inference/models/ParameterCount.h"
#include "inference/models/ScaleAttentionConv.h"
#include "inference/models/SeverityCnn.h"
#include "inference/models/UNet.h"

#include <ATen/Parallel.h>
#include <torch/nn/module.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/dropout.h>
#include <torch/optim/adam.h>

#include <QtTest/QtTest>

#include <cmath>

using namespace ns::models;

namespace {

std::int64_t params(const torch::nn::Module& m) { return countParameters(m).trainable; }

bool near(std::int64_t value, double expected, double tolerance)
{
    return std::abs(static_cast<double>(value) / expected - 1.0) <= tolerance;
}

torch::Tensor diceLoss(const torch::Tensor& logits, const torch::Tensor& target)
{
    const auto p = torch::sigmoid(logits);
    return 1.0 - 2.0 * (p * target).sum() / (p.sum() + target.sum() + 1e-6);
}

} // namespace

class TestModels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        at::set_num_threads(2);
        torch::manual_seed(7);
    }

    void ecaKernelSize_data()
    {
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("k");
        // |log2(C)/2 + 1/2| -> nearest odd (ties up, as the ECA reference code).
        const int table[][2] = {{1, 1}, {4, 1}, {8, 3}, {16, 3}, {32, 3}, {64, 3},
                                {128, 5}, {256, 5}, {512, 5}, {1024, 5}, {2048, 7}};
        for (const auto& row : table)
            QTest::addRow("C=%d", row[0]) << row[0] << row[1];
    }
    void ecaKernelSize()
    {
        QFETCH(int, channels);
        QFETCH(int, k);
        QCOMPARE(ns::models::ecaKernelSize(channels), k);
        Eca eca(channels);
        QCOMPARE(eca->parameters()[0].numel(), static_cast<std::int64_t>(k));
    }

    void scaleAttentionConvShape()
    {
        ScaleAttentionConv sa(8, 32);
        const auto y = sa->forward(torch::randn({2, 8, 12, 12}));
        QCOMPARE(y.sizes().vec(), (std::vector<std::int64_t>{2, 32, 12, 12}));
        // H1 8*8 + 3*(9*8 + 8*8) + ECA k(32) = 3.
        QCOMPARE(params(*sa), static_cast<std::int64_t>(64 + 3 * (72 + 64) + 3));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ScaleAttentionConv(8, 30));
    }

    void saUNet()
    {
        auto net = createModel("sa-unet");
        const auto n = params(*net);
        qInfo("SA-UNet trainable parameters: %lld", static_cast<long long>(n));
        QVERIFY2(near(n, 491e3, 0.05), "SA-UNet is not within 5% of S0's 491K");
        QCOMPARE(n, static_cast<std::int64_t>(495047)); // the derivation in UNet.cpp
        net->eval();
        const auto y = net->forward(torch::randn({1, 1, 64, 64}));
        QCOMPARE(y.sizes().vec(), (std::vector<std::int64_t>{1, 1, 64, 64}));
        const auto y2 = net->forward(torch::randn({2, 1, 48, 80}));
        QCOMPARE(y2.sizes().vec(), (std::vector<std::int64_t>{2, 1, 48, 80}));
    }

    void plainUNet()
    {
        auto net = createModel("unet");
        const auto n = params(*net);
        qInfo("U-Net trainable parameters: %lld", static_cast<long long>(n));
        QVERIFY(n >= 8'000'000 && n <= 10'000'000);
        net->eval();
        const auto y = net->forward(torch::randn({1, 1, 64, 64}));
        QCOMPARE(y.sizes().vec(), (std::vector<std::int64_t>{1, 1, 64, 64}));
    }

    void unetWithNoisyActivations_data()
    {
        QTest::addColumn<QString>("arch");
        QTest::addColumn<QString>("activation");
        for (const char* a : {"sa-unet", "unet"})
            for (const char* act : {"noisy_relu", "noisy_hard_tanh", "noisy_hard_sigmoid"})
                QTest::addRow("%s/%s", a, act) << a << act;
    }
    void unetWithNoisyActivations()
    {
        QFETCH(QString, arch);
        QFETCH(QString, activation);
        ModelOptions o;
        const auto kind = activationFromString(activation.toStdString());
        QVERIFY(kind.has_value());
        o.activation = *kind;
        if (arch == "unet")
            o.baseWidth = 8; // the same code path, a quick forward
        auto net = createModel(arch.toStdString(), o);
        const auto x = torch::randn({2, 1, 32, 32});
        net->train();
        QCOMPARE(net->forward(x).sizes().vec(), (std::vector<std::int64_t>{2, 1, 32, 32}));
        net->eval();
        const auto a = net->forward(x);
        const auto b = net->forward(x);
        QVERIFY(torch::equal(a, b)); // no noise at inference
    }

    void classifiers_data()
    {
        QTest::addColumn<QString>("arch");
        QTest::addColumn<double>("expected");
        // torchvision's counts with a 2-class head and a 1-channel stem:
        // squeezenet1_1 1,235,496 - 512,000 - 1,000 + 1,026 - 1,152 (stem 3 -> 1 channel)
        QTest::newRow("squeezenet1_1") << "squeezenet1_1" << 722370.0;
        // mobilenet_v2 3,504,872 - 1,281,000 + 2,562 - 576
        QTest::newRow("mobilenet_v2") << "mobilenet_v2" << 2225858.0;
        // efficientnet_b0 5,288,548 - 1,281,000 + 2,562 - 576
        QTest::newRow("efficientnet_b0") << "efficientnet_b0" << 4009534.0;
    }
    void classifiers()
    {
        QFETCH(QString, arch);
        QFETCH(double, expected);
        auto net = createModel(arch.toStdString());
        const auto n = params(*net);
        qInfo("%s trainable parameters: %lld", qPrintable(arch), static_cast<long long>(n));
        QCOMPARE(static_cast<double>(n), expected);
        QCOMPARE(taskOf(arch.toStdString()), ModelTask::BinaryClassification);
        net->eval();
        const auto y = net->forward(torch::randn({1, 1, 224, 224}));
        QCOMPARE(y.sizes().vec(), (std::vector<std::int64_t>{1, 2}));
        QVERIFY(torch::isfinite(y).all().item<bool>());
    }

    void severity_data()
    {
        QTest::addColumn<QString>("arch");
        QTest::newRow("transverse") << "severity-transverse";
        QTest::newRow("longitudinal") << "severity-longitudinal";
        QTest::newRow("transverse, deep") << "severity-transverse-deep";
    }
    void severity()
    {
        QFETCH(QString, arch);
        auto net = createModel(arch.toStdString());
        qInfo("%s trainable parameters: %lld", qPrintable(arch), static_cast<long long>(params(*net)));
        QVERIFY(params(*net) < 1'000'000); // leaves room in the 15 MB default-model budget
        net->eval();
        const auto y = net->forward(torch::rand({2, 1, 256, 256}));
        QCOMPARE(y.sizes().vec(), (std::vector<std::int64_t>{2, 4}));
        net->train();
        QCOMPARE(net->forward(torch::rand({2, 1, 256, 256})).sizes().vec(), (std::vector<std::int64_t>{2, 4}));
    }

    // --dropout reaches every dense layer's Dropout; the default stays S3's 0.6.
    void dropoutReachesTheDenseLayers()
    {
        auto rates = [](const std::string& arch, double dropout) {
            ModelOptions o;
            o.dropout = dropout;
            std::vector<double> p;
            for (const auto& m : createModel(arch, o)->modules(false))
                if (const auto* d = m->as<torch::nn::DropoutImpl>())
                    p.push_back(d->options.p());
            return p;
        };
        QCOMPARE(rates("severity-transverse", -1), (std::vector<double>{0.6, 0.6, 0.6}));
        QCOMPARE(rates("severity-transverse", 0.2), (std::vector<double>{0.2, 0.2, 0.2}));
        QCOMPARE(rates("severity-longitudinal", 0.0), (std::vector<double>{0.0}));
        const auto mobile = rates("mobilenet_v2", 0.35);
        QVERIFY(!mobile.empty());
        for (double r : mobile)
            QCOMPARE(r, 0.35);
    }

    // The deep variant is S3's transverse CNN with a second conv -> ReLU -> BN in each block:
    // the same dense head, plus exactly the second convs' and batch norms' parameters.
    void deepTransverseAddsOneConvPerBlock()
    {
        const std::int64_t s3 = params(*createModel("severity-transverse"));
        const std::int64_t deep = params(*createModel("severity-transverse-deep"));
        const auto convAndNorm = [](std::int64_t c) { return c * c * 9 + c + 2 * c; };
        QCOMPARE(deep - s3, convAndNorm(16) + convAndNorm(32) + convAndNorm(64));
        int convs = 0;
        for (const auto& m : createModel("severity-transverse-deep")->modules(false))
            convs += m->as<torch::nn::Conv2dImpl>() ? 1 : 0;
        QCOMPARE(convs, 6);
    }

    void severityLiteralFlatten()
    {
        auto o = SeverityCnnOptions::transverse();
        o.poolTo = 0;
        SeverityCnn net(o);
        // 64*32*32 -> 256 dense alone: 16,777,472 weights; this is why poolTo defaults to 4.
        QVERIFY(params(net) > 16'777'472);
        net.eval();
        QCOMPARE(net.forward(torch::rand({1, 1, 256, 256})).sizes().vec(), (std::vector<std::int64_t>{1, 4}));
    }

    void factory()
    {
        QCOMPARE(architectureNames().size(), std::size_t(8));
        for (const auto& name : architectureNames()) {
            QVERIFY(isKnownArchitecture(name));
            std::shared_ptr<NetModule> m = createModel(name);
            QVERIFY(m);
            QVERIFY(countParameters(*m).total() > 0);
            QCOMPARE(countParameters(*m).frozen, std::int64_t(0));
        }
        QCOMPARE(taskOf("sa-unet"), ModelTask::Segmentation);
        QCOMPARE(taskOf("severity-longitudinal"), ModelTask::SeverityGrading);
        QCOMPARE(taskOf("severity-transverse-deep"), ModelTask::SeverityGrading);
        QVERIFY(!isKnownArchitecture("resnet50"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, createModel("resnet50"));
        QVERIFY(!activationFromString("gelu").has_value());
        for (auto k : {ActivationKind::ReLU, ActivationKind::NoisyReLU, ActivationKind::NoisyHardTanh,
                       ActivationKind::NoisyHardSigmoid})
            QCOMPARE(activationFromString(toString(k)), std::optional<ActivationKind>(k));
    }

    void noisyActivations_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("lo"); // h is unsaturated on (lo, hi)
        QTest::addColumn<double>("hi");
        QTest::newRow("noisy_relu") << int(ActivationKind::NoisyReLU) << 0.0 << 1e9;
        QTest::newRow("noisy_hard_tanh") << int(ActivationKind::NoisyHardTanh) << -1.0 << 1.0;
        QTest::newRow("noisy_hard_sigmoid") << int(ActivationKind::NoisyHardSigmoid) << -2.0 << 2.0;
    }
    void noisyActivations()
    {
        QFETCH(int, kind);
        QFETCH(double, lo);
        QFETCH(double, hi);
        Activation act(static_cast<ActivationKind>(kind));
        const auto& p = act->params();
        const auto x = torch::linspace(-4.0, 4.0, 161, torch::kDouble);
        const auto inside = (x > lo + 1e-9) & (x < hi - 1e-9);
        const auto outside = (x < lo - 1e-9) | (x > hi + 1e-9);
        const auto h = act->hard(x);
        const auto u = act->linear(x);

        // Inference: deterministic, the expectation over xi.
        act->eval();
        const auto e1 = act->forward(x);
        QVERIFY(torch::equal(e1, act->forward(x)));
        auto sig = torch::sigmoid(p.p * (u - h)) - 0.5;
        const double meanXi = p.halfNormal ? std::sqrt(2.0 / 3.14159265358979323846) : 0.0;
        const double s = 1.0 - p.alpha > 0 ? 1.0 : -1.0;
        const auto expected = p.alpha * h + (1 - p.alpha) * u - torch::sign(x) * s * p.c * sig * sig * meanXi;
        QVERIFY(torch::allclose(e1, expected, 1e-12, 1e-12));
        // Where h is not saturated, u == h and phi == h exactly, train or eval.
        QVERIFY(torch::equal(e1.masked_select(inside), h.masked_select(inside)));

        act->train();
        const auto t1 = act->forward(x);
        const auto t2 = act->forward(x);
        QVERIFY(torch::equal(t1.masked_select(inside), h.masked_select(inside)));
        // Noise where h saturates: every saturated point differs between two draws.
        QVERIFY((t1.masked_select(outside) != t2.masked_select(outside)).all().item<bool>());

        // The eval output is the mean of the training outputs (law of large numbers).
        const auto x3 = torch::full({200000}, 3.5, torch::kDouble);
        const double trainMean = act->forward(x3).mean().item<double>();
        act->eval();
        const double evalValue = act->forward(x3)[0].item<double>();
        QVERIFY2(std::abs(trainMean - evalValue) < 5e-3,
                 qPrintable(QString("train mean %1 vs eval %2").arg(trainMean).arg(evalValue)));
    }

    void gradientsFlow()
    {
        ModelOptions o;
        o.activation = ActivationKind::NoisyHardTanh;
        auto net = createModel("sa-unet", o);
        net->train();
        const auto x = torch::randn({2, 1, 32, 32});
        const auto target = (torch::rand({2, 1, 32, 32}) > 0.7).to(torch::kFloat);
        diceLoss(net->forward(x), target).backward();
        double total = 0;
        int zero = 0;
        for (const auto& param : net->parameters()) {
            QVERIFY(param.grad().defined());
            QVERIFY(torch::isfinite(param.grad()).all().item<bool>());
            const double norm = param.grad().abs().sum().item<double>();
            total += norm;
            zero += norm == 0.0;
        }
        QVERIFY(total > 0);
        QCOMPARE(zero, 0);
    }

    void trainingStepLowersDiceLoss()
    {
        torch::manual_seed(1);
        auto net = createModel("sa-unet");
        net->train();
        // A bright disc on noise, and its mask: two tiny 32x32 images.
        auto yy = torch::arange(32, torch::kFloat).view({1, 1, 32, 1});
        auto xx = torch::arange(32, torch::kFloat).view({1, 1, 1, 32});
        auto mask = ((yy - 14).pow(2) + (xx - 17).pow(2) < 49).to(torch::kFloat).repeat({2, 1, 1, 1});
        auto image = mask * 0.8 + 0.2 * torch::rand({2, 1, 32, 32});
        torch::optim::Adam opt(net->parameters(), torch::optim::AdamOptions(5e-3));
        double first = 0, last = 0;
        for (int step = 0; step < 12; ++step) {
            opt.zero_grad();
            auto loss = diceLoss(net->forward(image), mask);
            loss.backward();
            opt.step();
            (step == 0 ? first : last) = loss.item<double>();
        }
        qInfo("dice loss %.4f -> %.4f", first, last);
        QVERIFY(last < first - 0.05);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "test_models.moc"
