#pragma once
// CTS severity as it shows in the nerve: one SeverityParams per wrist, drawn from
// grade-dependent distributions that overlap between neighbouring grades (S1, S3).

#include "core/synth/SynthTypes.h"

namespace ns::synth {

SeverityParams sampleSeverity(Grade grade, std::uint64_t seed);

// Mean CSA (mm^2) of a grade's distribution at the tunnel inlet, for tests and docs.
double meanCsaMm2(Grade grade);

} // namespace ns::synth
