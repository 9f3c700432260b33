#include "core/synth/Views.h"

#include <cmath>

namespace ns::synth {

std::vector<PathMm> paintForearmTransverse(TissueCanvas& c, const AnatomyLayout& l, const ViewPose& pose)
{
    const double m = l.mirror;
    auto M = [m](PathMm path) {
        for (cv::Point2d& q : path)
            q.x *= m;
        return path;
    };
    const double w = 1e3;
    const double dl = pose.levelMm - 100; // offset from DWC+10
    const double fat = l.fatMm + 0.8;

    // Muscle everywhere below the fat: low diffuse echo with perimysium septa.
    c.fill(Tissue{0.45f, 0.f, 0.7f});
    paintSepta(c, l.muscleSepta, 0, 0.08);
    paintSkinAndFat(c, l, fat, 0);
    // Deep (antebrachial) fascia under the fat.
    c.stroke({{-w, fat + 0.1}, {w, fat + 0.1}}, 0.3, Tissue{2.4f, 1.0f, 0.7f});

    // The nerve lies in the fascial plane between flexor digitorum superficialis (above)
    // and profundus (below); the plane shows as a bright, gently curved line.
    const double csa = l.forearmCsa * (1 + 0.01 * dl);
    const double flat = std::max(1.8, l.severity.flattening * 1.15);
    const double ny = fat + 6.2 + 0.05 * dl;
    const double nx = 0.04 * dl;
    const PathMm plane = parabola(nx, ny + 0.2, -0.006, -40, 40, 60);
    c.stroke(M(plane), 0.3, Tissue{2.2f, 0.8f, 0.7f});
    // FPL muscle belly (radial, deep) bounded by its own septum; FCR/PL bellies superficial.
    {
        PathMm arc = ellipsePath({-11 + 0.05 * dl, ny + 6.5}, 6.5, 4.2, 0.2, 80);
        arc.erase(arc.begin(), arc.begin() + 44); // upper-left part only: septa are not rings
        arc.resize(24);
        c.stroke(M(arc), 0.2, Tissue{2.0f, 0.6f, 0.7f});
    }
    c.stroke(M(parabola(-9, fat + 3.8, 0.02, -30, -2, 40)), 0.2, Tissue{2.0f, 0.6f, 0.7f});
    // Radius and ulna with the interosseous membrane between them.
    const double boneY = ny + 11.5;
    PathMm radius, ulna;
    for (int k = 0; k <= 24; ++k) {
        const double t = CV_PI + CV_PI * k / 24;
        radius.emplace_back(-13 + 5.5 * std::cos(t), boneY + 3.2 * std::sin(t));
        ulna.emplace_back(11.5 + 4.5 * std::cos(t), boneY - 0.8 + 3.0 * std::sin(t));
    }
    paintBone(c, M(radius), 30, 1.f);
    paintBone(c, M(ulna), 30, 1.f);
    c.stroke(M({{-7.5, boneY + 0.5}, {7, boneY}}), 0.15, Tissue{2.0f, 0.8f, 1.f});

    const Bundle probe = makeBundle(l, {0, 0}, csa, flat);
    const Bundle b = makeBundle(l, {m * nx, ny - probe.b * 0.2}, csa, flat);
    paintNerveBundle(c, l, b, 0);
    return {b.outline};
}

} // namespace ns::synth
