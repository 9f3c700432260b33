#pragma once
// Reuse of LibTorch's CPU tensor memory in training and inference. A training step allocates and
// frees the same few hundred activation and gradient buffers every iteration, most of them
// megabytes (batch 8 at 256x256: up to 67 MB). glibc serves blocks that large with a fresh
// mmap and gives them back with munmap on free, so every iteration page-faults its whole
// working set in again: on the 2-core VM that was 40-50% of a training step's CPU time in
// the kernel (bench/results/training_throughput_cpu.md). While a TensorCacheScope is alive,
// freed blocks of 256 KiB and up are kept and handed out again for the same size.
// Inference has the same cycle: a single 256 px SA-UNet pass ran 1.5x faster from warm
// blocks (bench/results/model_latency_cpu.md), so every NetRunner on the CPU holds a scope.
// Scopes nest and may live on several threads at once (a NetRunner's, a job's, the
// Trainer's): the cache is on while any is alive, and holds at most the largest cap of
// the scopes alive. Free of LibTorch in the header so Trainer and the benchmark can hold one.

#include <cstddef>

namespace ns::inference {

// The cap for an inference job over many frames (segmenting or grading a cine, an
// explanation's perturbed batches): SA-UNet at batch 16 ran 3.4x faster per frame with the
// cache (bench/results/model_latency_cpu.md).
inline constexpr std::size_t kInferenceJobCacheBytes = std::size_t(2) << 30;

// What a NetRunner keeps across its calls on the CPU: a 256 px pass at batch 1 frees about
// 50 MB of activations for SA-UNet and 95 MB for the U-Net baseline (measured with
// tensorCacheHeldBytes).
inline constexpr std::size_t kNetRunnerCacheBytes = std::size_t(256) << 20;

// Bytes of freed blocks held for reuse now (tests, diagnostics).
std::size_t tensorCacheHeldBytes();

class TensorCacheScope {
public:
    // maxCachedBytes: freed blocks beyond this total go back to the system at once.
    explicit TensorCacheScope(std::size_t maxCachedBytes = std::size_t(6) << 30);
    // The last scope to end restores LibTorch's own allocator for new tensors and frees every
    // cached block (tensors still alive keep their memory and free it normally later); an
    // earlier one trims the cache to the caps still alive.
    ~TensorCacheScope();
    TensorCacheScope(const TensorCacheScope&) = delete;
    TensorCacheScope& operator=(const TensorCacheScope&) = delete;

private:
    std::size_t m_maxCachedBytes;
};

} // namespace ns::inference
