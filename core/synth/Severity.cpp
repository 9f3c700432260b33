#include "core/synth/Severity.h"

#include "core/synth/SynthRandom.h"

namespace ns::synth {

namespace {

struct GradeDistribution {
    double csaMean, csaSd;           // mm^2
    double fascicles, fasciclesSd;   // honeycomb visibility
    double echo, echoSd;             // relative interior brightness
    double blur, blurSd;             // epineurium blur
    double flat, flatSd;             // axis ratio at the inlet
    double peri, periSd;             // perineural bright tissue, mm
};

// Normal CSA follows S1's controls (8.2 +- 2.4). The CTS grades are weighted so that
// S3's mix (34 mild, 13 moderate, 17 severe) gives S1's CTS figure, about 14.7 +- 5.
const GradeDistribution& distribution(Grade g)
{
    static const GradeDistribution d[4] = {
        {8.2, 2.0, 0.90, 0.07, 1.00, 0.07, 0.08, 0.06, 1.7, 0.25, 0.05, 0.04},
        {12.0, 3.0, 0.68, 0.12, 0.86, 0.08, 0.30, 0.12, 2.0, 0.30, 0.18, 0.08},
        {15.5, 4.0, 0.48, 0.14, 0.74, 0.08, 0.50, 0.14, 2.3, 0.35, 0.32, 0.10},
        {19.5, 5.5, 0.28, 0.14, 0.62, 0.08, 0.70, 0.14, 2.6, 0.40, 0.48, 0.12},
    };
    return d[static_cast<int>(g)];
}

} // namespace

double meanCsaMm2(Grade grade) { return distribution(grade).csaMean; }

SeverityParams sampleSeverity(Grade grade, std::uint64_t seed)
{
    const GradeDistribution& d = distribution(grade);
    cv::RNG rng = streamRng(seed, Stream::Severity);
    SeverityParams s;
    // Clamps keep every draw anatomically possible without cutting the overlap between
    // grades, which is what makes the grading task realistic.
    s.csaMm2 = clampd(d.csaMean + rng.gaussian(d.csaSd), 4.0, 40.0);
    s.fascicleVisibility = clampd(d.fascicles + rng.gaussian(d.fasciclesSd), 0.0, 1.0);
    s.echogenicity = clampd(d.echo + rng.gaussian(d.echoSd), 0.35, 1.3);
    s.epineuriumBlur = clampd(d.blur + rng.gaussian(d.blurSd), 0.0, 1.0);
    s.flattening = clampd(d.flat + rng.gaussian(d.flatSd), 1.1, 4.0);
    s.perineuralThickness = clampd(d.peri + rng.gaussian(d.periSd), 0.0, 1.2);
    return s;
}

} // namespace ns::synth
