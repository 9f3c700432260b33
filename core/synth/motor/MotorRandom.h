#pragma once
// Random numbers for the motor-unit simulator. std::mt19937_64 is specified bit for bit
// by the standard, but std::uniform_real_distribution and std::normal_distribution are
// not (libstdc++ and libc++ give different streams), so the distributions are written
// out here: same seed, same sequence on any standard library. The remaining platform
// dependence is the last ulp of std::log/std::cos in the normal draws.

#include <cmath>
#include <cstdint>
#include <random>

namespace ns::synth::motor {

// SplitMix64: decorrelates derived seeds (sequence i of a dataset, the noise stream of a
// sequence) so neighbouring integers do not give neighbouring Mersenne Twister states.
inline std::uint64_t mixSeed(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

class MotorRandom {
public:
    explicit MotorRandom(std::uint64_t seed) : m_engine(mixSeed(seed)) {}

    // [0, 1) with 53 random bits.
    double uniform() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Integer in [lo, hi], both inclusive (modulo bias is < 2^-50 for our small ranges).
    int uniformInt(int lo, int hi)
    {
        if (hi <= lo)
            return lo;
        const std::uint64_t span = std::uint64_t(hi - lo) + 1;
        return lo + int(m_engine() % span);
    }
    bool bernoulli(double p) { return uniform() < p; }

    // Standard normal by Box-Muller; the second value of each pair is kept for the next call.
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u1 = uniform();
        while (u1 <= 0.0)
            u1 = uniform();
        const double u2 = uniform();
        const double r = std::sqrt(-2.0 * std::log(u1));
        const double a = 6.283185307179586 * u2;
        m_spare = r * std::sin(a);
        m_hasSpare = true;
        return r * std::cos(a);
    }
    double normal(double mean, double sd) { return mean + sd * normal(); }

private:
    std::mt19937_64 m_engine;
    double m_spare = 0;
    bool m_hasSpare = false;
};

} // namespace ns::synth::motor
