#pragma once
// How an engine runs: which device, how many frames per forward pass, CPU threads.

namespace ns::inference {

struct InferenceOptions {
    bool forceCpu = false;  // keep to the CPU even when CUDA is available
    int batchSize = 8;      // frames per forward pass when a cine is processed
    // CPU intra-op threads: 0 measures 1 against all cores on the first batch and keeps the
    // faster (on small VMs one thread can beat two); > 0 fixes the count.
    int cpuThreads = 0;
};

} // namespace ns::inference
