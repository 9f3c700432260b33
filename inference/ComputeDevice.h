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
    QString torchVersion;

    QString describe() const;  // "CPU, 2 threads" / "CUDA (1 device)"
};

// Probes LibTorch; forceCpu keeps inference on the CPU even when CUDA is present.
ComputeDevice probeComputeDevice(bool forceCpu = false);

} // namespace ns::inference
