// NerveScope's side of bench/run-training-throughput.sh: SA-UNet training throughput
// (images per second) through the trainer's own step (inference/training/TrainStep.h, the
// function trainModel calls for every batch), on a synthetic dataset folder read by
// TrainingDataset exactly as `nervescope-cli train` reads it. The Python peer
// (bench/python/train_throughput.py) prints the same lines for the identical model, loss,
// optimiser and augmentation in PyTorch.
//
// Modes:
//   full  trainStep: the epoch's shuffled batches, each assembled from the in-memory samples
//         with the segmentation augmentation (OpenCV affine warp of image and mask), then
//         zero_grad, forward, dice+BCE, backward, Adam. What one training iteration costs.
//   step  optimizeStep on one ready, unaugmented batch: the network and optimiser alone.
// Formats: contiguous, channels-last (trainModel trains channels-last since 2026-11-23).
// Caches (full mode): cache = under a TensorCacheScope as trainModel runs (TensorCache.h),
// nocache = LibTorch's own allocator, to show what the cache is worth.
//
// Usage: train_throughput --make-data DIR [--patients 12] [--frames 6]
//        train_throughput --data DIR [--iters 7] [--warmup 2] [--batch 8] [--size 256]
//                         [--threads 1,2] [--modes full,step] [--formats contiguous]
//                         [--caches cache,nocache] [--phases] [--trace FILE]
// Output, one line per variant (tab-separated):
//   RESULT nervescope sa-unet BATCH MODE-FORMAT THREADS IMG_S_MEDIAN IMG_S_BEST CPU_MS_PER_IMG ITERS
// --phases adds PHASE lines: median milliseconds per iteration of batch assembly, forward,
// loss, backward and Adam, timed apart with the trainer's functions (for profiling only).
// --trace FILE writes FILE.THREADS: LibTorch's legacy profiler over --iters steps on a ready
// batch in the first of --formats (chrome trace; bench/python/trace_ops.py sums it per op).

#include "core/synth/CineGenerator.h"
#include "core/synth/writers/SynthDatasetGenerator.h"
#include "inference/CpuThreads.h"
#include "inference/ModelFile.h"
#include "inference/models/InferenceOptimize.h"
#include "inference/models/NetModule.h"
#include "inference/training/Losses.h"
#include "inference/TensorCache.h"
#include "inference/training/TrainStep.h"

#include <ATen/Parallel.h>
#include <torch/csrc/autograd/profiler_legacy.h>
#include <torch/optim/adam.h>
#include <torch/torch.h>

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using ns::training::TrainingTask;

struct Args {
    std::string data, makeData;
    int patients = 12, frames = 6;
    int iters = 7, warmup = 2, batch = 8, size = 256;
    std::vector<std::string> threads = {"1", "2"}, modes = {"full", "step"}, formats = {"contiguous"};
    std::vector<std::string> caches = {"cache"}; // --caches cache,nocache: with/without TensorCacheScope
    bool phases = false;
    std::string trace; // --trace FILE: LibTorch's profiler over --iters steps (chrome trace)
};

std::vector<std::string> split(const std::string& s)
{
    std::vector<std::string> out;
    std::stringstream in(s);
    for (std::string item; std::getline(in, item, ',');)
        out.push_back(item);
    return out;
}

Args parse(int argc, char** argv)
{
    Args a;
    for (int i = 1; i < argc; ++i) {
        const std::string k = argv[i];
        const std::string v = i + 1 < argc ? argv[i + 1] : std::string();
        if (k == "--phases") {
            a.phases = true;
            continue;
        }
        ++i;
        if (k == "--data") a.data = v;
        else if (k == "--make-data") a.makeData = v;
        else if (k == "--patients") a.patients = std::stoi(v);
        else if (k == "--frames") a.frames = std::stoi(v);
        else if (k == "--iters") a.iters = std::stoi(v);
        else if (k == "--warmup") a.warmup = std::stoi(v);
        else if (k == "--batch") a.batch = std::stoi(v);
        else if (k == "--size") a.size = std::stoi(v);
        else if (k == "--threads") a.threads = split(v);
        else if (k == "--modes") a.modes = split(v);
        else if (k == "--formats") a.formats = split(v);
        else if (k == "--trace") a.trace = v;
        else if (k == "--caches") a.caches = split(v);
        else {
            std::fprintf(stderr, "unknown option %s\n", k.c_str());
            std::exit(2);
        }
    }
    return a;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// The trainer's network: createNetwork from a segmentation card, as trainModel builds it.
std::shared_ptr<ns::models::NetModule> makeNet(int size)
{
    ns::inference::ModelCard card;
    card.task = QStringLiteral("segmentation");
    card.architecture = QStringLiteral("sa-unet");
    card.activation = QStringLiteral("relu");
    card.inputWidth = card.inputHeight = size;
    card.classes = {QStringLiteral("nerve")};
    torch::manual_seed(1);
    QString error;
    auto net = ns::inference::createNetwork(card, &error);
    if (!net) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        std::exit(1);
    }
    net->train();
    return net;
}

// inMemoryFormat, not contiguous(): the first layer's out x 1 x k x k weight would stay NCHW.
void toChannelsLast(torch::nn::Module& net) { ns::models::toMemoryFormat(net, at::MemoryFormat::ChannelsLast); }

// Per-phase times of one step, with the same calls optimizeStep makes (profiling only).
void phases(ns::models::NetModule& net, torch::optim::Adam& adam, const ns::training::TrainingDataset& data,
            const std::vector<int>& indices, const ns::training::AugmentRanges& ranges, std::vector<double>* ms)
{
    auto lap = [](Clock::time_point& t) {
        const auto now = Clock::now();
        const double d = std::chrono::duration<double, std::milli>(now - t).count();
        t = now;
        return d;
    };
    auto t = Clock::now();
    const auto b = ns::training::makeBatch(data, indices, TrainingTask::Segmentation, &ranges, 1, 1);
    ms[0].push_back(lap(t));
    adam.zero_grad();
    const auto logits = net.forward(b.input);
    ms[1].push_back(lap(t));
    const auto loss = ns::training::segmentationLoss(logits, b.target);
    ms[2].push_back(lap(t));
    loss.backward();
    ms[3].push_back(lap(t));
    adam.step();
    (void)loss.item<double>();
    ms[4].push_back(lap(t));
}

int makeData(const Args& a)
{
    ns::synth::DatasetRequest req;
    req.task = ns::synth::DatasetTask::Segmentation;
    req.patients = a.patients;
    req.framesPerWrist = a.frames;
    req.seed = 7;
    const auto r = ns::synth::generateDataset(req, QString::fromStdString(a.makeData),
                                              [](const ns::synth::SynthRequest& s, const ns::jobs::Progress& p) {
                                                  return ns::synth::generateCine(s, p);
                                              });
    if (!r.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error));
        return 1;
    }
    std::printf("dataset written to %s\n", a.makeData.c_str());
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const Args a = parse(argc, argv);
    if (!a.makeData.empty())
        return makeData(a);
    if (a.data.empty()) {
        std::fprintf(stderr, "usage: train_throughput --data DIR (make one with --make-data DIR)\n");
        return 2;
    }
    ns::training::TrainingDataset train;
    QString error;
    const TrainingTask task = TrainingTask::Segmentation;
    if (!train.load(QString::fromStdString(a.data), QStringLiteral("train"), task,
                    ns::training::defaultView(task, QStringLiteral("sa-unet")), cv::Size(a.size, a.size),
                    ns::jobs::Progress::none(), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::fprintf(stderr, "train split: %d frames\n", train.size());
    const ns::training::AugmentRanges ranges = ns::training::augmentRangesFor(task);
    const double learningRate = ns::training::TrainingConfig().learningRate;

    for (const std::string& threadsText : a.threads) {
        const int threads = std::stoi(threadsText);
        ns::inference::setCpuThreads(threads); // as trainModel does with --threads
        for (const std::string& mode : a.modes) {
            if (mode != "full" && mode != "step") {
                std::fprintf(stderr, "unknown mode %s\n", mode.c_str());
                return 2;
            }
            for (const std::string& format : a.formats) {
              for (const std::string& cache : a.caches) {
                if (cache != "cache" && mode != "full")
                    continue; // the cache's effect is shown on the trainer's path only
                // trainModel holds a TensorCacheScope for the whole run; "nocache" shows the
                // difference it makes.
                std::optional<ns::inference::TensorCacheScope> cacheScope;
                if (cache == "cache")
                    cacheScope.emplace();
                const std::string variant = mode + "-" + format + (cache == "cache" ? "" : "-nocache");
                const bool channelsLast = format == "channels-last";
                auto net = makeNet(a.size);
                if (channelsLast)
                    toChannelsLast(*net);
                torch::optim::Adam adam(net->parameters(), torch::optim::AdamOptions(learningRate));
                ns::training::Batch fixed;
                if (mode == "step") {
                    std::vector<int> first(size_t(std::min(a.batch, train.size())));
                    for (size_t i = 0; i < first.size(); ++i)
                        first[i] = int(i);
                    fixed = ns::training::makeBatch(train, first, task, nullptr, 1, 1);
                    if (channelsLast) {
                        fixed.input = fixed.input.contiguous(at::MemoryFormat::ChannelsLast);
                        fixed.target = fixed.target.contiguous(at::MemoryFormat::ChannelsLast);
                    }
                }
                int epoch = 1;
                std::vector<std::vector<int>> batches;
                size_t next = 0;
                auto nextIndices = [&]() -> const std::vector<int>& {
                    if (next >= batches.size()) {
                        batches = ns::training::epochBatches(train.size(), a.batch, 1, epoch++);
                        next = 0;
                    }
                    return batches[next++];
                };
                std::vector<double> seconds, cpu, imagesPerIter;
                for (int it = 0; it < a.warmup + a.iters; ++it) {
                    const std::vector<int>* indices = mode == "full" ? &nextIndices() : nullptr;
                    const std::clock_t c0 = std::clock();
                    const auto t0 = Clock::now();
                    const auto r = indices ? ns::training::trainStep(*net, adam, train, *indices, task, &ranges, 1, epoch)
                                           : ns::training::optimizeStep(*net, adam, fixed, task);
                    const double s = std::chrono::duration<double>(Clock::now() - t0).count();
                    if (it >= a.warmup) {
                        seconds.push_back(s / double(r.samples));
                        cpu.push_back(double(std::clock() - c0) / CLOCKS_PER_SEC / double(r.samples));
                    }
                }
                const double med = median(seconds), best = *std::min_element(seconds.begin(), seconds.end());
                std::printf("RESULT\tnervescope\tsa-unet\t%d\t%s\t%d\t%.3f\t%.3f\t%.1f\t%d\n", a.batch, variant.c_str(),
                            threads, 1.0 / med, 1.0 / best, median(cpu) * 1e3, a.iters);
                std::fflush(stdout);
              }
            }
        }
        if (!a.trace.empty()) {
            const ns::inference::TensorCacheScope cacheScope;
            // The step alone on a ready batch, in the first --formats entry (diagnosis only).
            auto net = makeNet(a.size);
            const bool channelsLast = a.formats.front() == "channels-last";
            if (channelsLast)
                toChannelsLast(*net);
            torch::optim::Adam adam(net->parameters(), torch::optim::AdamOptions(learningRate));
            std::vector<int> first(size_t(std::min(a.batch, train.size())));
            for (size_t i = 0; i < first.size(); ++i)
                first[i] = int(i);
            auto fixed = ns::training::makeBatch(train, first, task, nullptr, 1, 1);
            if (channelsLast)
                fixed.input = fixed.input.contiguous(at::MemoryFormat::ChannelsLast);
            for (int it = 0; it < a.warmup; ++it)
                ns::training::optimizeStep(*net, adam, fixed, task);
            torch::autograd::profiler::RecordProfile guard(a.trace + "." + threadsText);
            for (int it = 0; it < a.iters; ++it)
                ns::training::optimizeStep(*net, adam, fixed, task);
        }
        if (a.phases) {
            const ns::inference::TensorCacheScope cacheScope;
            auto net = makeNet(a.size);
            torch::optim::Adam adam(net->parameters(), torch::optim::AdamOptions(learningRate));
            std::vector<double> ms[5];
            const auto order = ns::training::epochBatches(train.size(), a.batch, 1, 1);
            for (int it = 0; it < a.warmup + a.iters; ++it) {
                std::vector<double> lapMs[5];
                phases(*net, adam, train, order[size_t(it) % order.size()], ranges, lapMs);
                if (it >= a.warmup)
                    for (int p = 0; p < 5; ++p)
                        ms[p].push_back(lapMs[p][0]);
            }
            const char* names[5] = {"batch+augment", "forward", "loss", "backward", "adam"};
            for (int p = 0; p < 5; ++p)
                std::printf("PHASE\tnervescope\t%d\t%s\t%.1f\n", threads, names[p], median(ms[p]));
            std::fflush(stdout);
        }
    }
    return 0;
}
