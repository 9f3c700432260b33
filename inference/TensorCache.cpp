#include "inference/TensorCache.h"

#include <c10/core/CPUAllocator.h>
#include <c10/core/impl/alloc_cpu.h>

#include <iterator>
#include <mutex>
#include <set>
#include <unordered_map>
#include <vector>

namespace ns::inference {

namespace {

// Below this, glibc's heap already reuses blocks without page faults.
constexpr std::size_t kMinCached = std::size_t(256) << 10;

class CachingCpuAllocator final : public c10::Allocator {
public:
    c10::DataPtr allocate(std::size_t n) const override
    {
        void* p = nullptr;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (n >= kMinCached) {
                auto it = free_.find(n);
                if (it != free_.end() && !it->second.empty()) {
                    p = it->second.back();
                    it->second.pop_back();
                    cached_ -= n;
                }
            }
        }
        if (!p && n > 0)
            p = c10::alloc_cpu(n); // 64-byte aligned, throws on out-of-memory
        if (p) {
            std::lock_guard<std::mutex> lock(mutex_);
            sizes_[p] = n;
        }
        return {p, p, &release, c10::Device(c10::DeviceType::CPU)};
    }
    c10::DeleterFnPtr raw_deleter() const override { return &release; }

    // Activates caching on the first scope; the cap is the largest of the scopes alive.
    void begin(std::size_t maxCached)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (caps_.empty()) {
            previous_ = c10::GetCPUAllocator();
            c10::SetCPUAllocator(this);
        }
        caps_.insert(maxCached);
        maxCached_ = *caps_.rbegin();
    }
    void end(std::size_t maxCached)
    {
        std::vector<void*> drop;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            caps_.erase(caps_.find(maxCached));
            if (caps_.empty()) {
                // Tensors made from here on come from LibTorch's allocator; ours still frees
                // (through release) whatever it handed out before.
                c10::SetCPUAllocator(previous_);
                maxCached_ = 0;
            } else {
                maxCached_ = *caps_.rbegin();
            }
            // Down to the new cap (all of it when the last scope ended).
            for (auto it = free_.begin(); it != free_.end() && cached_ > maxCached_;) {
                auto& blocks = it->second;
                while (!blocks.empty() && cached_ > maxCached_) {
                    drop.push_back(blocks.back());
                    blocks.pop_back();
                    cached_ -= it->first;
                }
                it = blocks.empty() ? free_.erase(it) : std::next(it);
            }
        }
        for (void* p : drop)
            c10::free_cpu(p);
    }

    std::size_t heldBytes() const
    {
        std::lock_guard<std::mutex> lock(mutex_);
        return cached_;
    }

    static CachingCpuAllocator& instance()
    {
        static auto* a = new CachingCpuAllocator; // never destroyed: tensors may outlive main
        return *a;
    }

private:
    static void release(void* p)
    {
        if (!p)
            return;
        auto& self = instance();
        {
            std::lock_guard<std::mutex> lock(self.mutex_);
            const auto it = self.sizes_.find(p);
            const std::size_t n = it != self.sizes_.end() ? it->second : 0;
            if (it != self.sizes_.end())
                self.sizes_.erase(it);
            if (!self.caps_.empty() && n >= kMinCached && self.cached_ + n <= self.maxCached_) {
                self.free_[n].push_back(p);
                self.cached_ += n;
                return;
            }
        }
        c10::free_cpu(p);
    }

    mutable std::mutex mutex_;
    mutable std::unordered_map<std::size_t, std::vector<void*>> free_;
    mutable std::unordered_map<void*, std::size_t> sizes_;
    mutable std::size_t cached_ = 0;
    std::size_t maxCached_ = 0;
    std::multiset<std::size_t> caps_; // of the scopes alive
    c10::Allocator* previous_ = nullptr;
};

} // namespace

std::size_t tensorCacheHeldBytes() { return CachingCpuAllocator::instance().heldBytes(); }

TensorCacheScope::TensorCacheScope(std::size_t maxCachedBytes) : m_maxCachedBytes(maxCachedBytes)
{
    CachingCpuAllocator::instance().begin(maxCachedBytes);
}

TensorCacheScope::~TensorCacheScope() { CachingCpuAllocator::instance().end(m_maxCachedBytes); }

} // namespace ns::inference
