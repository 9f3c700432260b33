#pragma once
// Which device inference runs on: CUDA when this LibTorch has it and the user allows it,
// the CPU otherwise. Kept free of LibTorch types so any layer may include it.

#include <QString>

namespace ns::inference {

struct ComputeDevice {
    bool cuda = false;         // the device chosen
    bool cudaAvailable = false; // whether LibTorch sees a usable CUDA device at all
    int cudaDeviceCount = 0;
    int cpuThreads = 1;        // intra-op threads LibTorch will use on the CPU
    bool bfloat16 = false;     // CPU passes run under autocast to bfloat16
    QString torchVersion;

    QString describe() const;  // "CPU, 2 threads" / "CUDA (1 device)" / "CPU, 2 threads, bfloat16"
};

// Whether this CPU computes bfloat16 natively (AVX512-BF16 or AMX-BF16); elsewhere oneDNN
// emulates it and bfloat16 is slower than float32.
bool cpuHasNativeBFloat16();

// Probes LibTorch; forceCpu keeps inference on the CPU even when CUDA is present.
ComputeDevice probeComputeDevice(bool forceCpu = false);

} // namespace ns::inference
