// Inference speed of every architecture in inference/models, on the CPU and (when this
// LibTorch has it) on CUDA. Pure LibTorch: it builds inside the project (bench/) and on its
// own against another LibTorch (bench/models/CMakeLists.txt), e.g. PyTorch's CUDA one.
// Each figure is the median of several timed runs after warm-up; the plain U-Net is the
// peer the SA-UNet is compared with, in the same process (S0: 491K vs 9.4M parameters,
// 9.9 ms per image on an RTX 3090).
// Usage: bench_models [runs] [--cpu-only]

#include "inference/models/ModelFactory.h"
#include "inference/models/ParameterCount.h"

#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <torch/types.h>
#include <torch/utils.h>
#include <torch/version.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

struct Case {
    std::string arch;
    int64_t h, w;
};

// Milliseconds per batch, median of `runs`.
double timeForward(ns::models::NetModule& net, const torch::Tensor& input, bool cuda, int runs)
{
    torch::InferenceMode guard;
    for (int i = 0; i < 3; ++i)
        net.forward(input);
    if (cuda)
        torch::cuda::synchronize();
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        net.forward(input);
        if (cuda)
            torch::cuda::synchronize();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    return median(ms);
}

} // namespace

int main(int argc, char** argv)
{
    const int runs = argc > 1 && std::atoi(argv[1]) > 0 ? std::atoi(argv[1]) : 10;
    bool cpuOnly = false;
    for (int i = 1; i < argc; ++i)
        cpuOnly = cpuOnly || std::strcmp(argv[i], "--cpu-only") == 0;
    torch::manual_seed(0);
    // S0's HM70A frames are 442x565: the U-Nets see them padded to 448x576.
    const std::vector<Case> cases = {{"sa-unet", 448, 576},       {"unet", 448, 576},
                                     {"sa-unet", 256, 256},       {"unet", 256, 256},
                                     {"squeezenet1_1", 224, 224}, {"mobilenet_v2", 224, 224},
                                     {"efficientnet_b0", 224, 224}, {"severity-transverse", 256, 256},
                                     {"severity-longitudinal", 256, 256}};
    std::vector<torch::Device> devices = {torch::kCPU};
    if (!cpuOnly && torch::cuda::is_available())
        devices.emplace_back(torch::kCUDA);

    std::printf("LibTorch %s, CPU threads %d, CUDA %s, %d timed runs (median)\n", TORCH_VERSION,
                at::get_num_threads(), torch::cuda::is_available() ? "yes" : "no", runs);
    for (const torch::Device& device : devices) {
        const bool cuda = device.is_cuda();
        std::printf("\n== %s\n%-22s %9s %11s %8s %12s %12s %9s\n", cuda ? "CUDA" : "CPU", "model", "params", "input",
                    "batch", "ms/batch", "ms/frame", "frames/s");
        double saFrame = 0;
        for (const Case& c : cases) {
            auto net = ns::models::createModel(c.arch);
            net->eval();
            net->to(device);
            const auto params = ns::models::countParameters(*net).trainable;
            for (int64_t batch : {int64_t(1), int64_t(8)}) {
                if (!cuda && batch > 1 && c.h * c.w > 256 * 256)
                    continue; // the CPU case that matters for the viewer is one frame at a time
                const torch::Tensor x = torch::rand({batch, 1, c.h, c.w}, torch::TensorOptions().device(device));
                const double ms = timeForward(*net, x, cuda, runs);
                const double perFrame = ms / double(batch);
                std::printf("%-22s %9lld %5lldx%-5lld %8lld %12.2f %12.2f %9.1f", c.arch.c_str(), (long long)params,
                            (long long)c.h, (long long)c.w, (long long)batch, ms, perFrame, 1000.0 / perFrame);
                if (c.arch == "sa-unet" && batch == 1)
                    saFrame = perFrame;
                if (c.arch == "unet" && batch == 1 && saFrame > 0)
                    std::printf("   SA-UNet/U-Net time ratio %.2f", saFrame / perFrame);
                std::printf("\n");
            }
        }
    }
    return 0;
}
