#pragma once
// One knob for CPU threads. LibTorch's intra-op pool and OpenBLAS's own pool are separate:
// at::set_num_threads(1) leaves OpenBLAS (behind the convolution backward and 1x1 convs)
// running its 2-thread pool, whose workers spin with sched_yield. On a busy 2-core VM that
// spinning starved a training run to 5% of a core; both pools must follow the same count.

namespace ns::inference {

// Sets LibTorch's intra-op threads and, when the process uses OpenBLAS, its threads too.
void setCpuThreads(int threads);

} // namespace ns::inference
