#include "core/synth/BModeFormer.h"

#include "core/synth/SynthRandom.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace ns::synth {

namespace {

constexpr double kDbToNeper = 0.11512925464970229; // ln(10) / 20: amplitude dB -> natural log

// A Gaussian with the given FWHM in pixels, normalised to unit energy (sum k^2 = 1): a
// diffuse field keeps its RMS through the PSF, while a laterally coherent reflector sums
// up in phase and comes out brighter, as specular interfaces do.
cv::Mat gaussianKernel(double fwhmPx)
{
    const double sigma = std::max(0.3, fwhmPx / 2.3548);
    const int half = std::max(1, static_cast<int>(std::ceil(3 * sigma)));
    cv::Mat k(2 * half + 1, 1, CV_32F);
    double energy = 0;
    for (int i = -half; i <= half; ++i) {
        const double v = std::exp(-0.5 * i * i / (sigma * sigma));
        k.at<float>(i + half) = static_cast<float>(v);
        energy += v * v;
    }
    k /= std::sqrt(energy);
    return k;
}

} // namespace

ScattererField::ScattererField(cv::Size size, std::uint64_t seed)
    : m_rng(mixSeed(seed, Stream::Speckle)), m_re(size, CV_32F), m_im(size, CV_32F), m_tmp(size, CV_32F)
{
    // Unit complex variance: each quadrature has variance 1/2.
    m_rng.fill(m_re, cv::RNG::NORMAL, 0, std::sqrt(0.5));
    m_rng.fill(m_im, cv::RNG::NORMAL, 0, std::sqrt(0.5));
}

void ScattererField::advance(double rho)
{
    rho = clampd(rho, 0, 1);
    if (rho >= 1)
        return;
    const double fresh = std::sqrt(1 - rho * rho);
    for (cv::Mat* m : {&m_re, &m_im}) {
        m_rng.fill(m_tmp, cv::RNG::NORMAL, 0, std::sqrt(0.5));
        cv::addWeighted(*m, rho, m_tmp, fresh, 0, *m);
    }
}

BModeFormer::BModeFormer(const ScannerProfile& profile, std::uint64_t seed)
    : m_profile(profile), m_noiseRng(mixSeed(seed, Stream::Coherent))
{
    const double sp = profile.pixelSpacingMm;
    // IQ demodulation at the centre frequency turns the Gaussian-enveloped cosine pulse
    // into its Gaussian envelope; the carrier's phase lives in the scatterers' phases.
    m_kernelAxial = gaussianKernel(profile.axialResolutionMm / sp);
    m_kernelLateral = gaussianKernel(profile.lateralResolutionMm / sp);
    // Attenuation follows the beam, whose width is the lateral resolution: shadows get
    // soft edges of that width rather than a pixel-sharp cut.
    cv::Mat beam = gaussianKernel(profile.lateralResolutionMm / sp);
    m_kernelBeam = beam / cv::sum(beam)[0];
    m_smoothSigma = 0.25 * profile.axialResolutionMm / sp + 0.35;

    // Specular reflectors are coherent along the beam's lateral extent but each depth has
    // its own phase (the carrier phase at that range): a reflector sheet stays smooth
    // laterally while stacked fibrils interfere along depth.
    cv::RNG phaseRng(mixSeed(seed, Stream::Coherent) ^ 0x5bd1e995ULL);
    const int rows = profile.imageSize.height();
    m_rowCos.resize(rows);
    m_rowSin.resize(rows);
    for (int r = 0; r < rows; ++r) {
        const double ph = phaseRng.uniform(0.0, 2 * CV_PI);
        m_rowCos[r] = static_cast<float>(std::cos(ph));
        m_rowSin[r] = static_cast<float>(std::sin(ph));
    }
}

void BModeFormer::convolveOnly(const cv::Mat& re, const cv::Mat& im, cv::Mat& outRe, cv::Mat& outIm) const
{
    cv::sepFilter2D(re, outRe, CV_32F, m_kernelLateral, m_kernelAxial, cv::Point(-1, -1), 0, cv::BORDER_REFLECT);
    cv::sepFilter2D(im, outIm, CV_32F, m_kernelLateral, m_kernelAxial, cv::Point(-1, -1), 0, cv::BORDER_REFLECT);
}

cv::Mat BModeFormer::envelope(const TissueCanvas& tissue, const ScattererField& field, cv::Rect window)
{
    const cv::Size size = tissue.size();
    const int rows = size.height, cols = size.width;
    const cv::Mat nRe = field.re()(window), nIm = field.im()(window);

    // Echo sources: diffuse amplitude x random complex scatterers + coherent reflectors.
    cv::Mat re(size, CV_32F), im(size, CV_32F);
    for (int r = 0; r < rows; ++r) {
        const float* d = tissue.diffuse.ptr<float>(r);
        const float* c = tissue.coherent.ptr<float>(r);
        const float* a = nRe.ptr<float>(r);
        const float* b = nIm.ptr<float>(r);
        float* o = re.ptr<float>(r);
        float* p = im.ptr<float>(r);
        const float cr = m_rowCos[std::min<size_t>(r, m_rowCos.size() - 1)];
        const float sr = m_rowSin[std::min<size_t>(r, m_rowSin.size() - 1)];
        for (int x = 0; x < cols; ++x) {
            o[x] = d[x] * a[x] + c[x] * cr;
            p[x] = d[x] * b[x] + c[x] * sr;
        }
    }
    cv::Mat iqRe, iqIm;
    convolveOnly(re, im, iqRe, iqIm);

    // Round-trip attenuation accumulated down each beam line, then TGC for the nominal
    // soft-tissue value: bone (huge attenuation) leaves a shadow, fluid (almost none)
    // leaves enhancement, both without being painted.
    cv::Mat alpha;
    cv::sepFilter2D(tissue.atten, alpha, CV_32F, m_kernelBeam, cv::Mat::ones(1, 1, CV_32F), cv::Point(-1, -1), 0,
                    cv::BORDER_REPLICATE);
    const double f = m_profile.centreFrequencyMHz;
    const double dzCm = m_profile.pixelSpacingMm / 10.0;
    const float noiseSigma = static_cast<float>(m_profile.electronicNoise * std::sqrt(0.5));
    cv::Mat noiseRe(1, cols, CV_32F), noiseIm(1, cols, CV_32F);
    std::vector<double> cumDb(cols, 0.0);
    cv::Mat env(size, CV_32F);
    for (int r = 0; r < rows; ++r) {
        const float* al = alpha.ptr<float>(r);
        const float* a = iqRe.ptr<float>(r);
        const float* b = iqIm.ptr<float>(r);
        float* e = env.ptr<float>(r);
        m_noiseRng.fill(noiseRe, cv::RNG::NORMAL, 0, noiseSigma);
        m_noiseRng.fill(noiseIm, cv::RNG::NORMAL, 0, noiseSigma);
        const float* nr = noiseRe.ptr<float>();
        const float* ni = noiseIm.ptr<float>();
        const double tgcDb = 2 * kNominalAttenuation * f * (r + 0.5) * dzCm;
        const float tgc = static_cast<float>(std::pow(10.0, tgcDb / 20));
        for (int x = 0; x < cols; ++x) {
            // Half a pixel of this row's own attenuation counts (mid-pixel depth).
            const double lossDb = 2 * (cumDb[x] + 0.5 * al[x] * f * dzCm);
            cumDb[x] += al[x] * f * dzCm;
            const float att = lossDb > 200 ? 0.f : std::exp(static_cast<float>(-lossDb * kDbToNeper));
            // Electronic noise enters before the TGC, so it grows with depth as on scanners.
            const float i = a[x] * att + nr[x];
            const float q = b[x] * att + ni[x];
            e[x] = tgc * std::sqrt(i * i + q * q);
        }
    }
    return env;
}

cv::Mat BModeFormer::compress(const cv::Mat& envelope) const
{
    // Map so that reference tissue (RMS 1, Rayleigh mean ~0.89, about -1 dB) sits at a
    // mid-dark grey like soft tissue on a wrist scan; gain shifts the window.
    const double dr = m_profile.dynamicRangeDb;
    const double meanTissueDb = -1.0;
    const double targetGrey = 72.0;
    const double top = meanTissueDb + (1 - targetGrey / 255.0) * dr - m_profile.gainDb;
    // grey = 255 * (20 log10 e - (top - dr)) / dr, written with the natural log.
    cv::Mat lg;
    cv::max(envelope, 1e-6f, lg);
    cv::log(lg, lg);
    // The transmit focus (about 12 mm, a wrist preset) leaves a slightly brighter band
    // that TGC does not flatten entirely: +-1.5 dB, in natural-log units here.
    for (int r = 0; r < lg.rows; ++r) {
        const double z = (r + 0.5) * m_profile.pixelSpacingMm;
        const double focalDb = 2.5 * std::exp(-std::pow((z - 12.0) / 7.0, 2)) - 1.0;
        lg.row(r) += cv::Scalar(focalDb / 20.0 * std::log(10.0));
    }
    const double scale = 255.0 / dr * 20.0 / std::log(10.0);
    const double offset = -255.0 * (top - dr) / dr;
    // Scanners smooth the log image a little (speckle reduction, scan conversion): it
    // rounds off the single-pixel nulls that raw log-compressed speckle shows.
    cv::GaussianBlur(lg, lg, cv::Size(5, 5), m_smoothSigma, m_smoothSigma * 0.7);
    cv::Mat out;
    lg.convertTo(out, CV_8U, scale, offset);
    return out;
}

LinearImage envelopeOfHomogeneousPhantom(const ScannerProfile& profile, std::uint64_t seed)
{
    const cv::Size size(profile.imageSize.width(), profile.imageSize.height());
    TissueCanvas tissue(size, profile.pixelSpacingMm, 0);
    tissue.fill(Tissue{1.f, 0.f, BModeFormer::kNominalAttenuation});
    ScattererField field(size, seed);
    BModeFormer former(profile, seed);
    const cv::Mat env = former.envelope(tissue, field, cv::Rect({0, 0}, size));
    LinearImage out;
    out.width = size.width;
    out.height = size.height;
    out.data.assign(env.begin<float>(), env.end<float>());
    return out;
}

} // namespace ns::synth
