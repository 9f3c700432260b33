#pragma once
// Rate of agreement between two firing trains (SEEDS S4, motor units):
//   RoA = c / (c + A + B)
// c firings matched one-to-one within a tolerance (15 ms = 6 frames at 400 Hz), A and B
// the firings left unmatched in each train. Firings of a twitch-train signal are its local
// maxima after an 11-sample moving average, ignoring maxima below 0.

#include <vector>

namespace ns::metrics {

constexpr int kRoaSmoothingWindow = 11;
constexpr int kRoaToleranceFrames = 6; // 15 ms at 400 Hz

struct RoaCounts {
    int matched = 0;     // c
    int onlyInA = 0;     // A
    int onlyInB = 0;     // B
    double rate = 1.0;   // c / (c + A + B); 1 when both trains are empty (nothing disagrees)
};

// Centred moving average of odd length `window`; near the ends the window is cut to the
// samples that exist (mean of what is there), so the output has the input's length and
// is not pulled toward 0 at the borders.
std::vector<float> movingAverage(const std::vector<float>& signal, int window);

// Frame indices of the firings of a twitch train: local maxima of the smoothed signal
// (strictly higher than the neighbours on both sides; a flat top counts once, at its
// middle sample) with smoothed value >= 0. The first and last samples are never maxima.
std::vector<int> detectFirings(const std::vector<float>& signal, int window = kRoaSmoothingWindow);

// Maximum one-to-one matching of two firing lists (frame indices, any order, duplicates
// allowed) with |a - b| <= toleranceFrames. On sorted lists the greedy two-pointer walk
// is a maximum matching for this interval structure, so c is as large as it can be.
RoaCounts matchFirings(std::vector<int> firingsA, std::vector<int> firingsB,
                       int toleranceFrames = kRoaToleranceFrames);

double rateOfAgreement(const std::vector<int>& firingsA, const std::vector<int>& firingsB,
                       int toleranceFrames = kRoaToleranceFrames);

// S4's use: RoA between the firings detected in two twitch-train signals (for example an
// estimated train and the simulator's true one).
double rateOfAgreementSignals(const std::vector<float>& signalA, const std::vector<float>& signalB,
                              int toleranceFrames = kRoaToleranceFrames);

} // namespace ns::metrics
