#include "inference/NetRunner.h"

#include "inference/CpuThreads.h"
#include "inference/TensorImage.h"
#include "inference/models/InferenceOptimize.h"

#include <ATen/Parallel.h>
#include <c10/core/InferenceMode.h>
#include <torch/cuda.h>

#include <algorithm>
#include <chrono>
#include <thread>

namespace ns::inference {

NetRunner::NetRunner(std::shared_ptr<ns::models::NetModule> net, const InferenceOptions& options)
    : m_net(std::move(net)), m_options(options), m_device(probeComputeDevice(options.forceCpu))
{
    m_options.batchSize = std::max(1, m_options.batchSize);
    if (m_device.cuda)
        m_torchDevice = torch::Device(torch::kCUDA, 0);
    m_net->to(m_torchDevice);
    m_net->eval();
    if (!m_device.cuda) {
        // BN folded, ECA+BN fused, weights channels-last: the same outputs. It was the fastest
        // CPU variant on the loaded machine (bench/results/model_latency_cpu.md, earlier run)
        // but not on the quiet one (slower than eager at 2 threads): to be measured per machine.
        ns::models::optimizeForInference(*m_net, c10::MemoryFormat::ChannelsLast);
        m_channelsLast = true;
    }
    if (!m_device.cuda && m_options.cpuThreads > 0) {
        setCpuThreads(m_options.cpuThreads);
        m_threadsChosen = true;
    }
    m_device.cpuThreads = at::get_num_threads();
}

torch::Tensor NetRunner::forwardBatch(const std::vector<cv::Mat>& inputs, size_t first, size_t count)
{
    c10::InferenceMode guard;
    const std::vector<cv::Mat> slice(inputs.begin() + std::ptrdiff_t(first), inputs.begin() + std::ptrdiff_t(first + count));
    torch::Tensor x = batchFromMats(slice).to(m_torchDevice);
    if (m_channelsLast)
        x = x.contiguous(c10::MemoryFormat::ChannelsLast);
    return m_net->forward(x).to(torch::kCPU, torch::kFloat32);
}

void NetRunner::chooseThreads(const std::vector<cv::Mat>& inputs)
{
    m_threadsChosen = true;
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    if (cores == 1)
        return;
    // Time one frame at 1 thread and at all cores, twice each after a warm-up, and keep the
    // faster. LibTorch's default is not always right: on 2-core VMs with depthwise layers
    // the second thread often costs more in synchronisation than it gains.
    auto timeWith = [&](int threads) {
        setCpuThreads(threads);
        forwardBatch(inputs, 0, 1);
        double best = 1e30;
        for (int i = 0; i < 2; ++i) {
            const auto t0 = std::chrono::steady_clock::now();
            forwardBatch(inputs, 0, 1);
            best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
        }
        return best;
    };
    const double one = timeWith(1);
    const double all = timeWith(cores);
    setCpuThreads(one <= all ? 1 : cores);
    m_device.cpuThreads = at::get_num_threads();
}

torch::Tensor NetRunner::forward(const std::vector<cv::Mat>& inputs)
{
    if (inputs.empty())
        return {};
    if (!m_device.cuda && !m_threadsChosen)
        chooseThreads(inputs);
    std::vector<torch::Tensor> parts;
    const size_t batch = size_t(m_options.batchSize);
    for (size_t first = 0; first < inputs.size(); first += batch)
        parts.push_back(forwardBatch(inputs, first, std::min(batch, inputs.size() - first)));
    return parts.size() == 1 ? parts.front() : torch::cat(parts, 0);
}

} // namespace ns::inference
