#include "inference/NetRunner.h"

#include "inference/CpuThreads.h"
#include "inference/TensorImage.h"
#include "inference/models/InferenceOptimize.h"

#include <ATen/Parallel.h>
#include <ATen/autocast_mode.h>
#include <c10/core/InferenceMode.h>
#include <torch/cuda.h>

#include <algorithm>
#include <chrono>
#include <thread>

namespace ns::inference {

namespace {

// Autocast state is per thread and jobs run on pool threads: set it for one pass and put
// back what was there. Its bfloat16 copies of the weights stay (see CastCache).
class CpuBFloat16Autocast {
public:
    explicit CpuBFloat16Autocast(bool on) : m_on(on)
    {
        if (!m_on)
            return;
        m_wasEnabled = at::autocast::is_cpu_enabled();
        m_previousType = at::autocast::get_autocast_cpu_dtype();
        at::autocast::set_autocast_cpu_dtype(at::kBFloat16);
        at::autocast::set_cpu_enabled(true);
    }
    ~CpuBFloat16Autocast()
    {
        if (!m_on)
            return;
        at::autocast::set_cpu_enabled(m_wasEnabled);
        at::autocast::set_autocast_cpu_dtype(m_previousType);
    }
    CpuBFloat16Autocast(const CpuBFloat16Autocast&) = delete;
    CpuBFloat16Autocast& operator=(const CpuBFloat16Autocast&) = delete;

private:
    bool m_on;
    bool m_wasEnabled = false;
    at::ScalarType m_previousType = at::kBFloat16;
};

} // namespace

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
        m_tensorCache = std::make_unique<TensorCacheScope>(kNetRunnerCacheBytes);
    }
    m_bfloat16 = !m_device.cuda
        && (m_options.precision == Precision::BFloat16
            || (m_options.precision == Precision::Automatic && cpuHasNativeBFloat16()));
    m_device.bfloat16 = m_bfloat16;
    if (!m_device.cuda && m_options.cpuThreads > 0) {
        setCpuThreads(m_options.cpuThreads);
        m_threadsChosen = true;
    }
    m_device.cpuThreads = at::get_num_threads();
}

torch::Tensor NetRunner::forwardBatch(const std::vector<cv::Mat>& inputs, size_t first, size_t count)
{
    c10::InferenceMode guard;
    const CpuBFloat16Autocast autocast(m_bfloat16);
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
    if (m_bfloat16 && m_castCacheHolds == 0)
        at::autocast::clear_cache();
    return parts.size() == 1 ? parts.front() : torch::cat(parts, 0);
}

NetRunner::CastCache::CastCache(NetRunner& runner) : m_runner(runner) { ++m_runner.m_castCacheHolds; }

NetRunner::CastCache::~CastCache()
{
    if (--m_runner.m_castCacheHolds == 0 && m_runner.m_bfloat16)
        at::autocast::clear_cache();
}

} // namespace ns::inference
