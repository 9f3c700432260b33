#pragma once
// Runs a NetModule on frames already preprocessed to its input size: device placement,
// inference mode, batching, and the CPU thread count chosen by measurement. Shared by the
// Segmenter and the Grader. Includes LibTorch: include it from .cpp files only.

#include "inference/ComputeDevice.h"
#include "inference/InferenceOptions.h"
#include "inference/TensorCache.h"
#include "inference/models/NetModule.h"

#include <opencv2/core.hpp>
#include <torch/types.h>

#include <memory>
#include <vector>

namespace ns::inference {

class NetRunner {
public:
    NetRunner(std::shared_ptr<ns::models::NetModule> net, const InferenceOptions& options);

    // CV_32FC1 inputs of one size; logits (float, CPU) of N x ... in input order,
    // batched by options.batchSize.
    torch::Tensor forward(const std::vector<cv::Mat>& inputs);

    const ComputeDevice& device() const { return m_device; }

    // In bfloat16, autocast keeps its copies of the weights (per thread) until they are
    // dropped; forward() drops them at its end. Recasting on every call made oneDNN reorder
    // every weight per pass: MobileNetV2 explanations ran 2-7x slower than in float32. While
    // a CastCache is alive (an explanation's hundreds of calls, on one thread) they stay.
    class CastCache {
    public:
        explicit CastCache(NetRunner& runner);
        ~CastCache();
        CastCache(const CastCache&) = delete;
        CastCache& operator=(const CastCache&) = delete;

    private:
        NetRunner& m_runner;
    };

private:
    torch::Tensor forwardBatch(const std::vector<cv::Mat>& inputs, size_t first, size_t count);
    void chooseThreads(const std::vector<cv::Mat>& inputs);

    std::shared_ptr<ns::models::NetModule> m_net;
    InferenceOptions m_options;
    ComputeDevice m_device;
    torch::Device m_torchDevice{torch::kCPU};
    bool m_threadsChosen = false;
    bool m_channelsLast = false;
    bool m_bfloat16 = false; // CPU passes under autocast (options.precision, resolved)
    // CPU: activation memory kept between calls, so a click on Segment Frame does not
    // page-fault 50-95 MB back in (kNetRunnerCacheBytes; jobs hold a larger scope on top).
    std::unique_ptr<TensorCacheScope> m_tensorCache;
    int m_castCacheHolds = 0;
};

} // namespace ns::inference
