// Seconds per training iteration (forward, loss, backward, Adam step) of each
// architecture at a given input size and batch, on the CPU (or CUDA with --cuda), with the
// losses the trainer uses. Input is noise with an elliptical mask; speed does not depend on
// content. Usage: bench_training [--size 256] [--batch 8] [--iters 5] [--threads T]
//                                [--cuda] [arch ...]
// Prints one line per arch: median and min seconds per iteration over --iters timed
// iterations after one warm-up.
#include "inference/models/ModelFactory.h"
#include "inference/training/Losses.h"

#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <torch/optim/adam.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    int size = 256, batch = 8, iters = 5, threads = 0;
    bool cuda = false;
    std::vector<std::string> archs;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--size" && i + 1 < argc)
            size = std::atoi(argv[++i]);
        else if (a == "--batch" && i + 1 < argc)
            batch = std::atoi(argv[++i]);
        else if (a == "--iters" && i + 1 < argc)
            iters = std::atoi(argv[++i]);
        else if (a == "--threads" && i + 1 < argc)
            threads = std::atoi(argv[++i]);
        else if (a == "--cuda")
            cuda = true;
        else
            archs.push_back(a);
    }
    if (archs.empty())
        archs = {"sa-unet", "unet", "squeezenet1_1", "mobilenet_v2", "efficientnet_b0", "severity-transverse",
                 "severity-longitudinal"};
    if (threads > 0)
        at::set_num_threads(threads);
    const torch::Device device = cuda && torch::cuda::is_available() ? torch::kCUDA : torch::kCPU;
    std::printf("device %s, threads %d, input %dx%d, batch %d\n", device.is_cuda() ? "cuda" : "cpu",
                at::get_num_threads(), size, size, batch);
    torch::manual_seed(1);
    const torch::Tensor x = torch::rand({batch, 1, size, size}).to(device);
    const torch::Tensor grid = torch::linspace(-1, 1, size);
    const torch::Tensor yy = grid.view({size, 1}), xx = grid.view({1, size});
    const torch::Tensor mask = ((xx * xx / 0.09 + yy * yy / 0.04) < 1).to(torch::kFloat32).expand({batch, 1, size, size}).contiguous().to(device);
    for (const std::string& arch : archs) {
        const auto task = ns::models::taskOf(arch);
        auto net = ns::models::createModel(arch);
        net->to(device);
        net->train();
        torch::optim::Adam adam(net->parameters(), torch::optim::AdamOptions(5e-4));
        const int classes = task == ns::models::ModelTask::SeverityGrading ? 4 : 2;
        const torch::Tensor labels = torch::randint(0, classes, {batch}, torch::kInt64).to(device);
        std::vector<double> seconds;
        for (int it = 0; it <= iters; ++it) {
            const auto t0 = std::chrono::steady_clock::now();
            adam.zero_grad();
            const torch::Tensor logits = net->forward(x);
            const torch::Tensor loss = task == ns::models::ModelTask::Segmentation
                                           ? ns::training::segmentationLoss(logits, mask)
                                           : ns::training::classificationLoss(logits, labels);
            loss.backward();
            adam.step();
            (void)loss.item<double>(); // synchronises CUDA
            const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            if (it > 0)
                seconds.push_back(s);
        }
        std::sort(seconds.begin(), seconds.end());
        std::printf("%-22s %.3f s/iter median, %.3f min (%d iters)\n", arch.c_str(), seconds[seconds.size() / 2],
                    seconds.front(), iters);
        std::fflush(stdout);
    }
    return 0;
}
