// TensorCacheScope (inference/TensorCache.h): inside a scope a freed large tensor's
// memory is handed to the next tensor of the same size (no fresh mmap, no page faults), small
// tensors are left to the heap, tensors outlive the scope intact, and after the scope new
// tensors come from LibTorch's own allocator again; nested scopes' caps. Plus: one training step computes the
// same loss and weights with and without the cache.

// LibTorch before Qt: Qt's keyword macros (slots, emit) must not reach torch's headers.
#include "inference/models/ModelFactory.h"
#include "inference/training/Losses.h"
#include "inference/TensorCache.h"

#include <ATen/Parallel.h>
#include <c10/core/CPUAllocator.h>
#include <torch/optim/adam.h>

#include <QtTest/QtTest>

using ns::inference::TensorCacheScope;

namespace {

// Two Adam steps of a small SA-UNet from the same seed; returns the second loss and the
// flattened weights after it.
std::pair<double, torch::Tensor> twoSteps()
{
    torch::manual_seed(3);
    auto net = ns::models::createModel("sa-unet");
    net->train();
    torch::optim::Adam adam(net->parameters(), torch::optim::AdamOptions(1e-3));
    const auto x = torch::rand({4, 1, 64, 64});
    const auto y = (torch::rand({4, 1, 64, 64}) > 0.7).to(torch::kFloat32);
    double loss = 0;
    for (int i = 0; i < 2; ++i) {
        adam.zero_grad();
        auto l = ns::training::segmentationLoss(net->forward(x), y);
        l.backward();
        adam.step();
        loss = l.item<double>();
    }
    std::vector<torch::Tensor> flat;
    for (const auto& p : net->parameters())
        flat.push_back(p.detach().flatten());
    return {loss, torch::cat(flat)};
}

} // namespace

class TestTensorCache : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { at::set_num_threads(1); } // bit-identical results need one thread count

    void reusesFreedBlocksOfTheSameSize()
    {
        c10::Allocator* const before = c10::GetCPUAllocator();
        {
            TensorCacheScope scope;
            QVERIFY(c10::GetCPUAllocator() != before);
            void* first = nullptr;
            {
                auto a = torch::ones({1 << 20}); // 4 MiB
                first = a.data_ptr();
            }
            auto b = torch::zeros({1 << 20});
            QCOMPARE(b.data_ptr(), first);               // the freed block came back
            QCOMPARE(b.sum().item<double>(), 0.0);       // and was written, not left as it was
            auto c = torch::zeros({(1 << 20) + 16});     // another size: another block
            QVERIFY(c.data_ptr() != first);
        }
        QCOMPARE(c10::GetCPUAllocator(), before);
    }

    void tensorsOutliveTheScope()
    {
        torch::Tensor kept;
        {
            TensorCacheScope scope;
            kept = torch::full({1 << 19}, 2.5f);
            auto small = torch::full({10}, 1.0f); // below the cached size: plain heap
            QCOMPARE(small.sum().item<double>(), 10.0);
        }
        // Ending the scope freed only cached (dead) blocks, never a live tensor's.
        auto other = torch::full({1 << 19}, 7.0f);
        QCOMPARE(kept.sum().item<double>(), 2.5 * (1 << 19));
        QCOMPARE(other.sum().item<double>(), 7.0 * (1 << 19));
        kept = torch::Tensor(); // freed through the cache's deleter after the scope: no crash
    }

    void nestedScopesKeepCachingUntilTheOutermostEnds()
    {
        c10::Allocator* const before = c10::GetCPUAllocator();
        TensorCacheScope outer;
        c10::Allocator* const caching = c10::GetCPUAllocator();
        {
            TensorCacheScope inner;
            QCOMPARE(c10::GetCPUAllocator(), caching);
        }
        QCOMPARE(c10::GetCPUAllocator(), caching);
        QVERIFY(caching != before);
    }

    // A NetRunner's small scope lives as long as the app; a cine job's large one inside it
    // must get its cap, and its end must trim the cache back to the small one.
    void theLargestCapAliveCounts()
    {
        constexpr std::size_t MiB = std::size_t(1) << 20;
        TensorCacheScope small(1 * MiB);
        {
            TensorCacheScope large(64 * MiB);
            {
                auto a = torch::ones({1 << 20}); // 4 MiB: over the small cap, under the large
            }
            QCOMPARE(ns::inference::tensorCacheHeldBytes(), 4 * MiB);
        }
        QCOMPARE(ns::inference::tensorCacheHeldBytes(), std::size_t(0)); // trimmed to 1 MiB
        {
            auto b = torch::ones({1 << 20});
        }
        QCOMPARE(ns::inference::tensorCacheHeldBytes(), std::size_t(0)); // the small cap again
        {
            auto c = torch::ones({1 << 17}); // 512 KiB
        }
        QCOMPARE(ns::inference::tensorCacheHeldBytes(), std::size_t(512) << 10);
    }

    void trainingStepsAreUnchanged()
    {
        const auto plain = twoSteps();
        std::pair<double, torch::Tensor> cached;
        {
            TensorCacheScope scope;
            cached = twoSteps();
        }
        QCOMPARE(cached.first, plain.first);
        QVERIFY(torch::equal(cached.second, plain.second));
    }
};

QTEST_GUILESS_MAIN(TestTensorCache)
#include "test_tensor_cache.moc"
