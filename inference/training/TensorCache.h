#pragma once
// Reuse of LibTorch's CPU tensor memory during training and explanations. A training step allocates and
// frees the same few hundred activation and gradient buffers every iteration, most of them
// megabytes (batch 8 at 256x256: up to 67 MB). glibc serves blocks that large with a fresh
// mmap and gives them back with munmap on free, so every iteration page-faults its whole
// working set in again: on the 2-core VM that was 40-50% of a training step's CPU time in
// the kernel (bench/results/training_throughput_cpu.md). While a TensorCacheScope is alive,
// freed blocks of 256 KiB and up are kept and handed out again for the same size.
// Free of LibTorch in the header so Trainer and the benchmark can hold one.

#include <cstddef>

namespace ns::training {

// The cap for an inference job over many frames (segmenting or grading a cine, an
// explanation's perturbed batches): SA-UNet at batch 16 ran 3.4x faster per frame with the
// cache (bench/results/model_latency_cpu.md).
inline constexpr std::size_t kInferenceJobCacheBytes = std::size_t(2) << 30;

class TensorCacheScope {
public:
    // maxCachedBytes: freed blocks beyond this total go back to the system at once.
    explicit TensorCacheScope(std::size_t maxCachedBytes = std::size_t(6) << 30);
    // Restores LibTorch's own allocator for new tensors and frees every cached block; tensors
    // still alive keep their memory and free it normally later.
    ~TensorCacheScope();
    TensorCacheScope(const TensorCacheScope&) = delete;
    TensorCacheScope& operator=(const TensorCacheScope&) = delete;
};

} // namespace ns::training
