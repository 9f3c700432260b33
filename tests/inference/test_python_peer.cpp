// The Python peer of the benchmark (bench/python/nervescope_models.py) is the same network
// as inference/models/: same parameter count, and for the C++ net's own weights (BN
// statistics randomised so no layer is an identity) the same output within 1e-4. So the
// latency table of bench/run-model-latency.sh compares one model run two ways.

// Also here: optimizeForInference (the benchmark's fast C++ path) computes the same function.

// LibTorch before Qt: Qt's keyword macros (slots, emit) must not reach torch's headers.
#include "inference/models/InferenceOptimize.h"
#include "inference/models/ModelFactory.h"
#include "inference/models/ParameterCount.h"

#include <ATen/Parallel.h>
#include <torch/csrc/jit/serialization/pickle.h>
#include <torch/nn/module.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <fstream>

#include "tests/TestData.h"

using namespace ns::models;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");
const QString kScript = QStringLiteral(NERVESCOPE_SOURCE_ROOT "/bench/python/check_peer.py");

bool writePickle(const QString& path, const c10::Dict<std::string, at::Tensor>& dict)
{
    const std::vector<char> bytes = torch::jit::pickle_save(dict);
    std::ofstream out(path.toStdString(), std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return static_cast<bool>(out);
}

bool endsWith(const std::string& s, const std::string& tail)
{
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// Non-trivial BN: fresh BNs (mean 0, var 1, weight 1, bias 0) would hide a BN placed
// differently in the peer.
void randomiseBatchNorms(torch::nn::Module& net)
{
    torch::NoGradGuard noGrad;
    for (auto& p : net.named_parameters()) {
        if (p.key().find("bn") == std::string::npos)
            continue;
        if (endsWith(p.key(), "weight"))
            p.value().uniform_(0.5, 1.5);
        else
            p.value().uniform_(-0.3, 0.3);
    }
    for (auto& b : net.named_buffers()) {
        if (endsWith(b.key(), "running_mean"))
            b.value().uniform_(-0.2, 0.2);
        else if (endsWith(b.key(), "running_var"))
            b.value().uniform_(0.5, 2.0);
    }
}

} // namespace

class TestPythonPeer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        at::set_num_threads(2);
        torch::manual_seed(11);
        NS_REQUIRE_FILE(kPython);
        NS_REQUIRE_FILE(kScript);
    }

    void sameNetwork_data()
    {
        QTest::addColumn<QString>("arch");
        QTest::addColumn<QString>("activation");
        QTest::addColumn<qint64>("parameters");
        QTest::newRow("sa-unet relu") << "sa-unet" << "relu" << qint64(495047);
        QTest::newRow("sa-unet noisy_hard_sigmoid") << "sa-unet" << "noisy_hard_sigmoid" << qint64(495047);
        QTest::newRow("unet relu") << "unet" << "relu" << qint64(8633345);
        QTest::newRow("unet noisy_hard_tanh") << "unet" << "noisy_hard_tanh" << qint64(8633345);
    }
    void sameNetwork()
    {
        QFETCH(QString, arch);
        QFETCH(QString, activation);
        QFETCH(qint64, parameters);

        ModelOptions options;
        options.activation = *activationFromString(activation.toStdString());
        auto net = createModel(arch.toStdString(), options);
        QCOMPARE(countParameters(*net).trainable, parameters);
        randomiseBatchNorms(*net);
        net->eval();

        c10::Dict<std::string, at::Tensor> state;
        for (const auto& p : net->named_parameters())
            state.insert(p.key(), p.value().detach().clone());
        for (const auto& b : net->named_buffers())
            state.insert(b.key(), b.value().clone());

        // Not a power-of-two size beyond the 16 the four poolings need, batch 2.
        const auto input = torch::rand({2, 1, 80, 48});
        torch::Tensor output;
        {
            torch::InferenceMode guard;
            output = net->forward(input);
        }
        QCOMPARE(output.sizes().vec(), (std::vector<std::int64_t>{2, 1, 80, 48}));
        c10::Dict<std::string, at::Tensor> io;
        io.insert("input", input);
        io.insert("output", output.clone());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString statePath = dir.filePath("state.pt");
        const QString ioPath = dir.filePath("io.pt");
        QVERIFY(writePickle(statePath, state));
        QVERIFY(writePickle(ioPath, io));

        QProcess python;
        python.start(kPython, {kScript, arch, activation, statePath, ioPath});
        QVERIFY(python.waitForFinished(300000));
        const QByteArray err = python.readAllStandardError();
        QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0, err.constData());
        const QJsonObject result = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        QCOMPARE(result.value("params").toInteger(), parameters);
        const double diff = result.value("max_abs_diff").toDouble(-1);
        qInfo("%s/%s: max |Python - C++| = %.3g (outputs up to %.3g)", qPrintable(arch), qPrintable(activation), diff,
              result.value("max_abs_output").toDouble());
        QVERIFY(diff >= 0);
        QVERIFY2(diff <= 1e-4, qPrintable(QString::number(diff)));
        // A peer that ignored the weights could not come this close to a non-zero output.
        QVERIFY(result.value("max_abs_output").toDouble() > 1e-2);
    }

    void optimizedInference_data();
    void optimizedInference();
    void channelsLastReachesTheGreyscaleLayer_data();
    void channelsLastReachesTheGreyscaleLayer();
};

void TestPythonPeer::optimizedInference_data() { sameNetwork_data(); }

void TestPythonPeer::optimizedInference()
{
    QFETCH(QString, arch);
    QFETCH(QString, activation);
    ModelOptions options;
    options.activation = *activationFromString(activation.toStdString());
    auto net = createModel(arch.toStdString(), options);
    randomiseBatchNorms(*net);
    net->eval();
    const auto input = torch::rand({2, 1, 64, 96});
    const auto forward = [&] {
        torch::InferenceMode guard;
        return net->forward(input);
    };
    const auto eager = forward();
    for (const auto format : {c10::MemoryFormat::ChannelsLast, c10::MemoryFormat::Contiguous}) {
        optimizeForInference(*net, format);
        const auto fast = forward();
        QCOMPARE(fast.sizes(), eager.sizes());
        const double diff = (fast - eager).abs().max().item<double>();
        QVERIFY2(diff <= 1e-4, qPrintable(QString::number(diff)));
    }
    // train() drops the folded weights: a BN changed afterwards must be seen, in eval
    // mode before and after preparing again.
    net->train();
    net->eval();
    {
        torch::NoGradGuard noGrad;
        // One BN behind an SA conv (SA-UNet) or a plain conv (U-Net), one behind an up-conv.
        net->named_parameters()["up0.bn2.bias"].add_(0.5);
        net->named_parameters()["upbn0.bias"].add_(0.5);
    }
    const auto changed = forward();
    QVERIFY((changed - eager).abs().max().item<double>() > 1e-3);
    optimizeForInference(*net);
    QVERIFY((forward() - changed).abs().max().item<double>() <= 1e-4);
    // Training mode never takes the inference path (BN uses batch statistics there).
    net->train();
    QVERIFY(net->forward(input).requires_grad());
}

void TestPythonPeer::channelsLastReachesTheGreyscaleLayer_data()
{
    QTest::addColumn<QString>("arch");
    for (const char* a : {"squeezenet1_1", "mobilenet_v2", "sa-unet"})
        QTest::newRow(a) << QString::fromLatin1(a);
}

// A greyscale net's first weight (out x 1 x k x k) has strides that fit both layouts, so
// contiguous(ChannelsLast) left it as it was and oneDNN ran the first layer, and the
// max-pool behind it, in NCHW: 2.3x slower for SqueezeNet at 224 px. Every 4-D weight
// must say channels-last, and the first conv's output must come out channels-last.
void TestPythonPeer::channelsLastReachesTheGreyscaleLayer()
{
    QFETCH(QString, arch);
    auto net = createModel(arch.toStdString());
    net->eval();
    optimizeForInference(*net, c10::MemoryFormat::ChannelsLast);
    torch::Tensor first;
    for (const auto& p : net->named_parameters()) {
        const auto& w = p.value();
        if (w.dim() != 4 || w.size(1) * w.size(2) * w.size(3) == 1)
            continue; // out x 1 x 1 x 1: every layout is the same memory, strides cannot say
        QVERIFY2(w.suggest_memory_format() == c10::MemoryFormat::ChannelsLast, p.key().c_str());
        if (!first.defined() && w.size(1) == 1 && w.size(0) > 1)
            first = w;
    }
    QVERIFY(first.defined());
    torch::InferenceMode guard;
    const auto y = at::conv2d(torch::rand({2, 1, 32, 32}), first);
    QVERIFY(y.is_contiguous(c10::MemoryFormat::ChannelsLast));
    QVERIFY(!y.is_contiguous());
}

QTEST_GUILESS_MAIN(TestPythonPeer)
#include "test_python_peer.moc"
