#include "inference/CpuThreads.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <dlfcn.h>

namespace ns::inference {

void setCpuThreads(int threads)
{
    threads = std::max(1, threads);
    at::set_num_threads(threads);
    // Looked up at run time: LibTorch reaches OpenBLAS through the libblas.so.3 alternative,
    // so linking it directly would tie the build to one BLAS.
    using SetThreads = void (*)(int);
    if (auto set = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads")))
        set(threads);
}

} // namespace ns::inference
