#pragma once
// One wrist's anatomy: everything random about it is drawn once per cine (from the
// request seed), and each frame evaluates it at the probe's level along the limb, so
// structures move and change smoothly through a sweep instead of flickering.
//
// Coordinates: millimetres; x lateral (0 = centre of the carpal tunnel, + = ulnar side
// for a right wrist, mirrored for a left one), y depth below the skin. Levels: mm
// proximal of the distal wrist crease (DWC), as S0's "DWC+1" = 10 mm proximal.

#include "core/synth/SynthTypes.h"
#include "core/synth/TissueCanvas.h"

#include <array>
#include <vector>

namespace ns::synth {

struct Fascicle {
    double u, v, r; // centre in the unit disc, radius relative to the nerve's mean radius
};

struct Segment {
    cv::Point2d a, b; // mm (longitudinal: x along the limb)
    float amp;
};

struct AnatomyLayout {
    View view = View::WristTransverse;
    SeverityParams severity;
    bool bifid = false;
    double bifidShare = 0.5;       // share of the CSA in the radial bundle
    double mirror = 1;             // -1 for a left wrist
    double nerveX = -2;            // nerve centre at the inlet
    double lobe = 0, lobePhase = 0;  // slight triangularity of the outline
    double tilt = 0;               // long axis tilt, rad
    double fatMm = 2.2;            // subcutaneous fat thickness
    double forearmCsa = 6.5;       // mm^2 at DWC+10
    bool palmarisLongus = true;
    std::array<cv::Point2d, 12> tendonJitter{};
    std::array<float, 12> tendonAnisotropy{};
    std::vector<Fascicle> fascicles[2];
    std::vector<cv::Point2d> fibrils;  // unit-disc points: tendon fibre bundles end-on
    std::vector<Segment> fatSepta;     // scene mm, x relative to the probe path
    std::vector<Segment> muscleSepta;
    double tunnelScale = 1;            // wrist size: lateral stretch of the tunnel's contents
    double tendonLobe[12] = {};        // tendons are not perfect ellipses
};

AnatomyLayout makeLayout(const SynthRequest& request, const SeverityParams& severity);

// The nerve along the tunnel: CSA swells at the inlet in CTS and the nerve flattens
// distally inside the tunnel (levelMm < 0).
double nerveCsaAt(const AnatomyLayout& l, double levelMm);
double nerveFlatteningAt(const AnatomyLayout& l, double levelMm);
// Depth of the flexor retinaculum's upper surface at lateral x (mm).
double retinaculumDepth(const AnatomyLayout& l, double x);

// One bundle of the nerve: outline whose polygon area equals `areaMm2` exactly.
struct Bundle {
    cv::Point2d centre;
    double a = 1, b = 1; // semi-axes
    double angle = 0;
    PathMm outline;
};
Bundle makeBundle(const AnatomyLayout& l, cv::Point2d centre, double areaMm2, double flattening);

// Paints a transverse nerve bundle: perineural tissue, epineurium rim, honeycomb.
void paintNerveBundle(TissueCanvas& canvas, const AnatomyLayout& l, const Bundle& b, int index);

// Muscle and fat textures over a region's bounding rows (painted inside `region`).
void paintSepta(TissueCanvas& canvas, const std::vector<Segment>& septa, double offsetX, double thicknessMm);

double polygonAreaMm(const PathMm& p);

} // namespace ns::synth
