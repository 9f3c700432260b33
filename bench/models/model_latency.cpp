// NerveScope's side of bench/run-model-latency.sh: latency of one segmentation net per
// frame under c10::InferenceMode, for each memory layout (contiguous, channels-last),
// intra-op thread count and path (eager: the torch::nn modules as trained; optimized:
// the same module after ns::models::optimizeForInference). The Python peer
// (bench/python/model_latency.py) prints the same lines for the identical model in
// PyTorch, so the driver can put both in one table.
// Usage: model_latency --model sa-unet|unet --batch N [--runs 7] [--size 256]
//                      [--threads 1,2] [--paths eager,optimized,cached[,bf16,cached-bf16]] [--device cpu|cuda]
// Output, one line per variant (tab-separated):
//   RESULT nervescope MODEL BATCH VARIANT THREADS MS_PER_FRAME MIN_MS_PER_FRAME CPU_MS_PER_FRAME RUNS
// (median wall time, fastest run, median process CPU time; the last two are less
// sensitive to other people's load on a shared machine).

#include "inference/models/InferenceOptimize.h"
#include "inference/models/ModelFactory.h"
#include "inference/TensorCache.h"

#include <ATen/autocast_mode.h>
#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <torch/types.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Args {
    std::string model = "sa-unet";
    long batch = 1;
    int runs = 7;
    long size = 256;
    std::vector<int> threads = {1, 2};
    // optimized-contiguous too with --layouts both; by default the layout that wins.
    // cached: the optimized path inside a TensorCacheScope, as NerveScope's cine, grading and
    // explanation jobs run it (inference/TensorCache.h: no unmap/page-fault cycle
    // of the activation memory between forward passes).
    // --paths bf16 / cached-bf16 add the optimized / cached path under CPU autocast to
    // bfloat16 (oneDNN's AVX512-BF16 kernels). Opt-in: it changes the numbers, and the
    // engines segment and grade in float32 (explanations use it: InferenceOptions::precision).
    // SA-UNet batch 1, 2 threads: cached 24.1 ms, cached-bf16 21.4 ms (2026-11-23).
    std::vector<std::string> paths = {"eager", "optimized", "cached"};
    bool optimizedContiguous = false;
    bool cuda = false;
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
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string k = argv[i], v = argv[i + 1];
        if (k == "--model")
            a.model = v;
        else if (k == "--batch")
            a.batch = std::atol(v.c_str());
        else if (k == "--runs")
            a.runs = std::max(1, std::atoi(v.c_str()));
        else if (k == "--size")
            a.size = std::atol(v.c_str());
        else if (k == "--threads") {
            a.threads.clear();
            for (const auto& t : split(v))
                a.threads.push_back(std::atoi(t.c_str()));
        } else if (k == "--paths")
            a.paths = split(v);
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
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

} // namespace

int main(int argc, char** argv)
{
    const Args a = parse(argc, argv);
    torch::manual_seed(0);
    for (const std::string& path : a.paths) {
        for (const bool channelsLast : {false, true}) {
            const bool bf16 = path == "bf16" || path == "cached-bf16";
            const bool optimized = path == "optimized" || bf16 || path == "cached" || path == "cached-bf16";
            if (optimized && !channelsLast && !a.optimizedContiguous)
                continue;
            if (bf16 && a.cuda)
                continue;
            auto net = ns::models::createModel(a.model);
            net->eval();
            const torch::Device device = a.cuda ? torch::kCUDA : torch::kCPU;
            net->to(device);
            const auto format = channelsLast ? c10::MemoryFormat::ChannelsLast : c10::MemoryFormat::Contiguous;
            if (optimized)
                ns::models::optimizeForInference(*net, format);
            else
                ns::models::toMemoryFormat(*net, format); // as Python's net.to(memory_format=...)
            std::optional<ns::inference::TensorCacheScope> cache;
            if (path == "cached" || path == "cached-bf16")
                cache.emplace();
            at::autocast::set_cpu_enabled(bf16);
            at::autocast::set_autocast_cpu_dtype(at::kBFloat16);
            const auto x = torch::rand({a.batch, 1, a.size, a.size}, torch::TensorOptions().device(device)).contiguous(format);
            const auto sync = [&] {
                if (a.cuda)
                    torch::cuda::synchronize();
            };
            const std::string variant = path + (channelsLast ? "-channels-last" : "-contiguous");
            for (const int threads : a.threads) {
                at::set_num_threads(threads);
                torch::InferenceMode guard;
                // Warm-up: first calls allocate and pick kernels (ten on CUDA, as the Python side).
                for (int i = 0; i < (a.cuda ? 10 : a.batch == 1 ? 3 : 1); ++i)
                    net->forward(x);
                sync();
                std::vector<double> ms, cpu;
                for (int i = 0; i < a.runs; ++i) {
                    const std::clock_t c0 = std::clock();
                    const auto t0 = std::chrono::steady_clock::now();
                    net->forward(x);
                    sync();
                    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
                    cpu.push_back(1000.0 * double(std::clock() - c0) / CLOCKS_PER_SEC);
                }
                const double frames = double(a.batch);
                std::printf("RESULT\tnervescope%s\t%s\t%ld\t%s\t%d\t%.3f\t%.3f\t%.3f\t%d\n", a.cuda ? "-cuda" : "",
                            a.model.c_str(), a.batch, variant.c_str(), threads, median(ms) / frames,
                            *std::min_element(ms.begin(), ms.end()) / frames, median(cpu) / frames, a.runs);
                std::fflush(stdout);
            }
        }
    }
    return 0;
}
