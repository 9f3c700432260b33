#pragma once
// Training's random numbers: SplitMix64 streams keyed by (seed, epoch, sample), so the
// shuffle and the augmentation of any epoch are a pure function of the seed. A resumed run
// therefore needs no saved generator state, and the numbers are the same on every compiler
// (std::uniform_*_distribution is not).

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <utility>
#include <vector>

namespace ns::training {

class SeededRandom {
public:
    explicit SeededRandom(std::uint64_t seed) : m_state(seed) {}
    // A stream for one (seed, a, b) triple, independent of the order streams are made in.
    static SeededRandom stream(std::uint64_t seed, std::uint64_t a, std::uint64_t b = 0)
    {
        return SeededRandom(mix(mix(seed ^ 0x7261696E696E6721ull) ^ mix(a + 0x1234567ull) ^ mix(mix(b) + 0x9876543ull)));
    }
    std::uint64_t next() { return m_state = mix(m_state); }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); } // [0, 1)
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    bool coin() { return (next() >> 63) != 0; }

    // A Fisher-Yates permutation of 0..n-1.
    std::vector<int> permutation(int n)
    {
        std::vector<int> p(size_t(std::max(n, 0)));
        std::iota(p.begin(), p.end(), 0);
        for (int i = n - 1; i > 0; --i)
            std::swap(p[size_t(i)], p[size_t(next() % std::uint64_t(i + 1))]);
        return p;
    }

private:
    static std::uint64_t mix(std::uint64_t x)
    {
        x += 0x9E3779B97F4A7C15ull;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
        return x ^ (x >> 31);
    }
    std::uint64_t m_state;
};

} // namespace ns::training
