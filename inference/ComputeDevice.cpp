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
    const QString cpu = QCoreApplication::translate("ComputeDevice", "CPU, %n thread(s)", nullptr, cpuThreads);
    return bfloat16 ? QCoreApplication::translate("ComputeDevice", "%1, bfloat16").arg(cpu) : cpu;
}

bool cpuHasNativeBFloat16()
{
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512bf16") || __builtin_cpu_supports("amx-bf16");
#else
    return false;
#endif
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
