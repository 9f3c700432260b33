#include "inference/ComputeDevice.h"

#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <torch/version.h>

#include <QCoreApplication>

namespace ns::inference {

QString ComputeDevice::describe() const
{
    if (cuda)
        return QCoreApplication::translate("ComputeDevice", "GPU (CUDA, %n device(s))", nullptr, cudaDeviceCount);
    return QCoreApplication::translate("ComputeDevice", "CPU, %n thread(s)", nullptr, cpuThreads);
}

ComputeDevice probeComputeDevice(bool forceCpu)
{
    ComputeDevice d;
    d.cudaAvailable = torch::cuda::is_available();
    d.cudaDeviceCount = d.cudaAvailable ? int(torch::cuda::device_count()) : 0;
    d.cuda = d.cudaAvailable && !forceCpu;
    d.cpuThreads = at::get_num_threads();
    d.torchVersion = QStringLiteral(TORCH_VERSION);
    return d;
}

} // namespace ns::inference
