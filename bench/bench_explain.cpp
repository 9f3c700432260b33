// Explanation speed: occlusion sensitivity (patch 16, stride 8 on a 224x224 input: 729
// windows) and LIME (1,000 samples), each batched through the model and as an unbatched
// loop over the same windows/samples in the same run; medians of --runs runs. The model
// is --model NAME (a registry name or card path, e.g. the shipped cts-mobilenet, which
// explains its 128 px crop around the nerve), else a SqueezeNet 1.1 with fresh weights at
// 224 px on the whole frame: the 224x224 case (speed does not depend on weights).
// --precision float32|bfloat16|auto (default auto, as the app explains: bfloat16 on a CPU
// with native bfloat16).
//   bench_explain [--model NAME] [--runs 3] [--batch 32] [--threads N] [--precision P]

#include "bench/BenchStats.h"
#include "core/synth/CineGenerator.h"
#include "inference/ModelFile.h"
#include "inference/ModelRegistry.h"
#include "inference/explain/Explainer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using namespace ns::inference;
using namespace ns::inference::explain;

namespace {

std::optional<LoadedModel> chooseModel(const QString& name, QString* why)
{
    if (!name.isEmpty()) {
        const ModelEntry e = ModelRegistry().find(name);
        if (!e.cardPath.isEmpty())
            return loadModel(e.cardPath, why);
        *why = QStringLiteral("no model %1").arg(name);
        return std::nullopt;
    }
    LoadedModel m;
    m.card.name = QStringLiteral("squeezenet1_1 (fresh weights)");
    m.card.task = QStringLiteral("cts-binary");
    m.card.architecture = QStringLiteral("squeezenet1_1");
    m.card.inputWidth = m.card.inputHeight = 224;
    m.card.classes = {QStringLiteral("normal"), QStringLiteral("cts")};
    m.net = createNetwork(m.card, why);
    if (!m.net)
        return std::nullopt;
    return m;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("model"), QStringLiteral("model name or card"), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("runs"), QStringLiteral("runs per variant (default 3)"), QStringLiteral("N"), QStringLiteral("3")});
    p.addOption({QStringLiteral("batch"), QStringLiteral("batch size of the batched variant (default 32)"), QStringLiteral("N"), QStringLiteral("32")});
    p.addOption({QStringLiteral("threads"), QStringLiteral("CPU threads (default: measured)"), QStringLiteral("N"), QStringLiteral("0")});
    p.addOption({QStringLiteral("cpu"), QStringLiteral("stay on the CPU")});
    p.addOption({QStringLiteral("precision"), QStringLiteral("float32, bfloat16 or auto (default)"), QStringLiteral("P"), QStringLiteral("auto")});
    p.process(app);
    const int runs = std::max(1, p.value(QStringLiteral("runs")).toInt());
    const int batch = std::max(1, p.value(QStringLiteral("batch")).toInt());
    QString why;
    auto model = chooseModel(p.value(QStringLiteral("model")), &why);
    if (!model) {
        std::fprintf(stderr, "bench_explain: %s\n", qPrintable(why));
        return 1;
    }
    const QString modelName = model->card.name;
    const int input = model->card.inputWidth;
    InferenceOptions options;
    options.batchSize = 256; // the explainer's own batch size decides
    options.cpuThreads = p.value(QStringLiteral("threads")).toInt();
    options.forceCpu = p.isSet(QStringLiteral("cpu"));
    const QString precision = p.value(QStringLiteral("precision"));
    options.precision = precision == QLatin1String("float32") ? Precision::Float32
                        : precision == QLatin1String("bfloat16") ? Precision::BFloat16
                                                                 : Precision::Automatic;
    auto explainer = Explainer::create(std::move(*model), options, &why);
    if (!explainer) {
        std::fprintf(stderr, "bench_explain: %s\n", qPrintable(why));
        return 1;
    }
    ns::synth::SynthRequest r;
    r.grade = ns::synth::Grade::Moderate;
    const ns::synth::SynthCine cine = ns::synth::generateCine(r);
    const QImage frame = cine.frames.front().image;
    ns::media::Calibration calibration; // crop models need the scale at the nerve
    calibration.setPixelSpacingMm(cine.profile.pixelSpacingMm, cine.profile.pixelSpacingMm);
    // Warm-up: thread choice, allocator, caches.
    ExplainRequest warm;
    warm.method = Method::GradCam;
    warm.calibration = calibration;
    explainer->explain(frame, warm);

    std::printf("model %s, input %dx%d, %s, frame %dx%d, %d run(s), batch %d\n", qPrintable(modelName), input, input,
                qPrintable(explainer->device().describe()), frame.width(), frame.height(), runs, batch);
    auto measure = [&](const ExplainRequest& req) {
        std::vector<double> ms;
        int evaluations = 0;
        for (int i = 0; i < runs; ++i)
            ms.push_back(ns::bench::timeMs([&] { evaluations = explainer->explain(frame, req).evaluations; }));
        return std::make_pair(ns::bench::medianOf(ms), evaluations);
    };
    for (Method m : {Method::Occlusion, Method::Lime}) {
        ExplainRequest batched;
        batched.method = m;
        batched.calibration = calibration;
        batched.occlusion.batchSize = batched.lime.batchSize = batch;
        ExplainRequest single = batched;
        single.occlusion.batchSize = single.lime.batchSize = 1;
        const auto b = measure(batched);
        const auto s = measure(single);
        std::printf("%-10s %5d evaluations: batched %8.0f ms (%.2f ms each), unbatched %8.0f ms; unbatched/batched %.2f\n",
                    qPrintable(methodName(m)), b.second, b.first, b.first / b.second, s.first, s.first / b.first);
    }
    const auto g = measure([&] { ExplainRequest q; q.method = Method::GradCam; q.calibration = calibration; return q; }());
    std::printf("%-10s %5d evaluation:  %8.0f ms\n", "gradcam", 1, g.first);
    return 0;
}
