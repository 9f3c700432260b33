#pragma once
// Image formation: scatterers -> point spread function -> envelope -> attenuation with
// time-gain compensation -> electronic noise -> log compression. Physical, not painted:
// speckle, shadows behind bone and enhancement behind fluid come out of this model.

#include "core/synth/SynthTypes.h"
#include "core/synth/TissueCanvas.h"

#include <opencv2/core.hpp>

#include <cstdint>
#include <vector>

namespace ns::synth {

// The random part of the tissue: a complex Gaussian scatterer field (each pixel the sum
// of many sub-resolution scatterers) larger than the frame, so the probe can move over
// it, evolving from frame to frame so speckle decorrelates partially (AR(1) in time).
class ScattererField {
public:
    ScattererField(cv::Size size, std::uint64_t seed);
    // rho: correlation of the field with the previous frame's (1 = frozen tissue).
    void advance(double rho);
    cv::Size size() const { return m_re.size(); }
    const cv::Mat& re() const { return m_re; }
    const cv::Mat& im() const { return m_im; }

private:
    cv::RNG m_rng;
    cv::Mat m_re, m_im, m_tmp;
};

class BModeFormer {
public:
    BModeFormer(const ScannerProfile& profile, std::uint64_t seed);

    // Linear envelope after TGC, CV_32F; `window` picks the frame's part of the field.
    cv::Mat envelope(const TissueCanvas& tissue, const ScattererField& field, cv::Rect window);
    // 8-bit B-mode by the profile's gain and dynamic range.
    cv::Mat compress(const cv::Mat& envelope) const;

    // The PSF convolution alone: the benchmark's in-process peer.
    void convolveOnly(const cv::Mat& re, const cv::Mat& im, cv::Mat& outRe, cv::Mat& outIm) const;

    static constexpr float kNominalAttenuation = 0.5f; // what the TGC assumes, dB/cm/MHz

private:
    ScannerProfile m_profile;
    cv::Mat m_kernelAxial, m_kernelLateral, m_kernelBeam;
    std::vector<float> m_rowCos, m_rowSin; // phase of coherent reflectors per depth
    cv::RNG m_noiseRng;
    double m_smoothSigma = 0.8;
};

// Linear envelope image of a homogeneous reference tissue (no structure, attenuation
// exactly compensated): fully developed speckle, for the Rayleigh statistics test.
struct LinearImage {
    int width = 0;
    int height = 0;
    std::vector<float> data; // row-major
};
LinearImage envelopeOfHomogeneousPhantom(const ScannerProfile& profile, std::uint64_t seed);

} // namespace ns::synth
