#pragma once
// Small helpers shared by the synthetic-data writers: stable names for files and
// manifests, and a portable seeded hash. Stable names are spelled here rather than taken
// from the UI helpers (viewName/gradeName) because manifests and UIDs are read by other
// programs and must not change if a label is reworded.

#include "core/synth/SynthTypes.h"

#include <QByteArray>
#include <QString>
#include <cstdint>

namespace ns::synth::writers {

inline QString viewKey(View v)
{
    switch (v) {
    case View::WristTransverse: return QStringLiteral("wrist");
    case View::ForearmTransverse: return QStringLiteral("forearm");
    case View::Longitudinal: return QStringLiteral("longitudinal");
    }
    return QStringLiteral("wrist");
}

inline QString gradeKey(Grade g)
{
    switch (g) {
    case Grade::Normal: return QStringLiteral("normal");
    case Grade::Mild: return QStringLiteral("mild");
    case Grade::Moderate: return QStringLiteral("moderate");
    case Grade::Severe: return QStringLiteral("severe");
    }
    return QStringLiteral("normal");
}

// SplitMix64: the same numbers on every compiler and standard library, unlike
// std::uniform_*_distribution, so a seed means the same dataset everywhere.
inline std::uint64_t splitMix64(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// A hash of a seed and a text key (FNV-1a folded through SplitMix64).
inline std::uint64_t seededHash(std::uint64_t seed, const QByteArray& key)
{
    std::uint64_t h = 0xcbf29ce484222325ull ^ splitMix64(seed);
    for (char c : key) {
        h ^= std::uint8_t(c);
        h *= 0x100000001b3ull;
    }
    return splitMix64(h);
}

// Uniform in [0, 1) from a hash.
inline double unitFromHash(std::uint64_t h) { return double(h >> 11) * (1.0 / 9007199254740992.0); }

} // namespace ns::synth::writers
