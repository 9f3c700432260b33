#pragma once
// How an engine runs: which device, how many frames per forward pass, CPU threads, and
// the arithmetic precision on the CPU.

namespace ns::inference {

enum class Precision {
    Float32,   // as trained: what model cards and evaluate report
    BFloat16,  // CPU autocast to bfloat16 (oneDNN); about 2x faster where the CPU has
               // native bfloat16 (AVX512-BF16, AMX), slower where it is emulated
    Automatic, // bfloat16 on a CPU with native bfloat16, float32 otherwise and on CUDA
};

struct InferenceOptions {
    bool forceCpu = false;  // keep to the CPU even when CUDA is available
    int batchSize = 8;      // frames per forward pass when a cine is processed
    // CPU intra-op threads: 0 measures 1 against all cores on the first batch and keeps the
    // faster (on small VMs one thread can beat two); > 0 fixes the count.
    int cpuThreads = 0;
    // Segmentation and grading keep float32 (the figures of the model cards); explanations,
    // which run a model hundreds of times on one frame, choose Automatic.
    Precision precision = Precision::Float32;
};

} // namespace ns::inference
