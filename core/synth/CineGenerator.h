#pragma once
// The synthetic sonography engine's entry point: a cine (one or more B-mode frames of a
// probe sweep) with exact ground truth per frame. Deterministic: same request, same
// pixels, whatever the thread count.

#include "core/jobs/Progress.h"
#include "core/synth/SynthTypes.h"

namespace ns::synth {

// Transverse views: areaPx/areaMm2 are the nerve's cross-section. Longitudinal views: the
// area of the nerve band inside the frame (its CSA is in truth.severity and along the
// band's thickness). Pixel centres lie at integer coordinates (see NerveLabel.h).
// Unknown profile names give an empty cine. When cancelled, returns the frames made so
// far. One-frame requests image the sweep's middle (the tunnel inlet for wrist views).
// Empty-frame requests slide the probe off the nerve for the whole cine.
SynthCine generateCine(const SynthRequest& request, const ns::jobs::Progress& progress = ns::jobs::Progress::none());

// Level along the limb (mm proximal of the distal wrist crease) of frame `index`.
double levelOfFrame(const SynthRequest& request, int index);
// "DWC", "DWC+1", "DWC-1", or "forearm DWC+10" (levels in whole centimetres).
QString levelName(View view, double levelMm);

} // namespace ns::synth
