#pragma once
// The three views. Each paints one frame's tissue at a level along the limb and returns
// the nerve's outlines (mm), from which the ground truth is rasterised: the label and
// the image come from the same shapes.

#include "core/synth/Anatomy.h"

namespace ns::synth {

// Lateral probe motion (tremor, sliding off the nerve) is the canvas origin's business.
struct ViewPose {
    double levelMm = 0;   // where the probe is along the limb (DWC = 0, proximal +)
    bool nerveHidden = false; // longitudinal plane beside the nerve: tendons only
};

// Probe centre x (scene mm, before mirroring) that keeps the nerve in view.
double probeCentreX(const AnatomyLayout& l, double levelMm);

std::vector<PathMm> paintWristTransverse(TissueCanvas& c, const AnatomyLayout& l, const ViewPose& pose);
std::vector<PathMm> paintForearmTransverse(TissueCanvas& c, const AnatomyLayout& l, const ViewPose& pose);
std::vector<PathMm> paintLongitudinal(TissueCanvas& c, const AnatomyLayout& l, const ViewPose& pose);

// Shared layers: skin (entry echo, dermis) and subcutaneous fat with septa, full width.
void paintSkinAndFat(TissueCanvas& c, const AnatomyLayout& l, double fatMm, double septaOffsetX);
// Cortical bone: a bright specular surface, with attenuation that shadows what lies below.
void paintBone(TissueCanvas& c, const PathMm& upperSurface, double thicknessMm, float brightness);

} // namespace ns::synth
