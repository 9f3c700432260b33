#pragma once
// Is an outline the size of a median nerve? A model that outlines something else (a vessel,
// a tendon, a lymph node in a scan that is not of the wrist) gives no other sign: its
// confidence can be high. The range is wide on purpose, so that it flags only outlines no
// median nerve has at the wrist or forearm: S1 measured 8.2 +- 2.4 mm^2 in controls and
// 14.7 +- 5.3 mm^2 in CTS, so 40 mm^2 is five standard deviations above the CTS mean, and
// 2 mm^2 leaves room for one branch of a bifid nerve. It applies to cross-sections only: a
// longitudinal outline is a strip along the nerve, not an area of it.

#include <QString>

namespace ns::annotation {

inline constexpr double kSmallestNerveMm2 = 2.0;
inline constexpr double kLargestNerveMm2 = 40.0;

// A translated sentence when `areaMm2` lies outside [kSmallestNerveMm2, kLargestNerveMm2];
// empty otherwise.
QString implausibleNerveArea(double areaMm2);

} // namespace ns::annotation
