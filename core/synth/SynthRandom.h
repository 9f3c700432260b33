#pragma once
// Independent, reproducible random streams for the generator. Each aspect (anatomy,
// severity, speckle, tremor, label noise) draws from its own stream derived from the
// request seed, so changing how much one aspect consumes never shifts the others.

#include <opencv2/core.hpp>

#include <cstdint>

namespace ns::synth {

enum class Stream : std::uint64_t { Severity = 1, Anatomy, Speckle, Tremor, Label, Coherent };

// SplitMix64: a good 64-bit mixer; cv::RNG needs a non-zero state.
inline std::uint64_t mixSeed(std::uint64_t seed, Stream stream)
{
    std::uint64_t z = seed + 0x9E3779B97F4A7C15ULL * (static_cast<std::uint64_t>(stream) + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return z ? z : 0x1234567ULL;
}

inline cv::RNG streamRng(std::uint64_t seed, Stream stream) { return cv::RNG(mixSeed(seed, stream)); }

inline double clampd(double v, double lo, double hi) { return v < lo ? lo : (v > hi ? hi : v); }

} // namespace ns::synth
