#include "core/synth/Views.h"

#include <cmath>

namespace ns::synth {

namespace {

struct TendonSpec {
    double x, y, a, b; // at the inlet; y relative to the retinaculum apex
};
// FDS II-V, FDP II-V, FPL, then FCR and palmaris longus outside the tunnel.
const TendonSpec kTendons[11] = {
    {-0.3, 4.2, 1.8, 1.1}, {1.9, 2.0, 2.0, 1.2}, {5.2, 2.3, 1.8, 1.1}, {8.0, 3.8, 1.3, 0.9},
    {-1.6, 6.7, 1.9, 1.1}, {1.8, 6.4, 1.9, 1.2}, {5.0, 5.9, 1.8, 1.1}, {7.6, 6.2, 1.5, 1.0},
    {-5.6, 5.1, 1.7, 1.2}, {-14.5, 2.6, 1.6, 1.2}, {0.6, -1.3, 1.6, 0.45},
};

double smooth01(double e0, double e1, double x)
{
    const double t = std::min(1.0, std::max(0.0, (x - e0) / (e1 - e0)));
    return t * t * (3 - 2 * t);
}

} // namespace

double probeCentreX(const AnatomyLayout& l, double level)
{
    return l.view == View::ForearmTransverse ? 0.0 : l.nerveX + 0.06 * level + 2.0;
}

void paintSkinAndFat(TissueCanvas& c, const AnatomyLayout& l, double fat, double septaOffsetX)
{
    const double w = 1e3;
    c.fillPolygon({{-w, 0}, {w, 0}, {w, fat}, {-w, fat}}, Tissue{0.42f, 0.f, 0.5f});
    paintSepta(c, l.fatSepta, septaOffsetX, 0.1);
    c.fillPolygon({{-w, 0}, {w, 0}, {w, 0.8}, {-w, 0.8}}, Tissue{1.5f, 0.2f, 0.6f});
    c.stroke({{-w, 0.06}, {w, 0.06}}, 0.12, Tissue{2.5f, 1.5f, 0.6f});
}

void paintBone(TissueCanvas& c, const PathMm& s, double thick, float brightness)
{
    PathMm body = s;
    for (auto it = s.rbegin(); it != s.rend(); ++it)
        body.emplace_back(it->x, it->y + thick);
    c.fillPolygon(body, Tissue{0.3f, 0.f, 40.f});
    c.stroke(s, 0.45, Tissue{4.f * brightness, 0.8f * brightness, 2.f});
    c.stroke(s, 0.1, Tissue{4.f, 2.5f * brightness, 2.f});
}

std::vector<PathMm> paintWristTransverse(TissueCanvas& c, const AnatomyLayout& l, const ViewPose& pose)
{
    const double p = pose.levelMm;
    // Mirrored for a left wrist, stretched laterally by the wrist's size.
    const double m = l.mirror * l.tunnelScale;
    auto M = [m](PathMm path) {
        for (cv::Point2d& q : path)
            q.x *= m;
        return path;
    };
    const double apex = retinaculumDepth(l, 0);

    // Deep background: thenar/hypothenar muscle with perimysium septa.
    c.fill(Tissue{0.55f, 0.f, 0.6f});
    paintSepta(c, l.muscleSepta, 0, 0.08);
    paintSkinAndFat(c, l, l.fatMm, 0);

    // Tunnel content (synovium, loose connective tissue) between retinaculum and floor.
    const double floorApex = apex + 8.6 + 0.05 * p;
    auto floorY = [&](double x) { return floorApex - 0.03 * (x - 1) * (x - 1); };
    PathMm tunnel = parabola(0, apex, 0.016, -13, 13);
    for (int i = 0; i <= 40; ++i) {
        const double x = 13 - 26.0 * i / 40;
        tunnel.emplace_back(x, floorY(x) + 0.2);
    }
    c.fillPolygon(M(tunnel), Tissue{0.62f, 0.f, 0.55f});

    // Carpal bones: the floor (capitate/lunate, with joint gaps) and the pisiform and
    // scaphoid pillars, which fade proximally past the crease.
    // One shadowing body under the whole floor: joint gaps narrower than the beam do
    // not let sound through.
    PathMm floorBody;
    for (int k = 0; k <= 40; ++k) {
        const double x = -12.5 + 25.0 * k / 40;
        floorBody.emplace_back(x, floorY(x) + 0.15);
    }
    floorBody.emplace_back(12.5, 60);
    floorBody.emplace_back(-12.5, 60);
    c.fillPolygon(M(floorBody), Tissue{0.3f, 0.f, 40.f});
    const double gaps[4] = {-12.5, -4.2, 4.6, 12.5};
    for (int i = 0; i < 3; ++i) {
        PathMm s;
        for (int k = 0; k <= 20; ++k) {
            const double x = gaps[i] + 0.4 + (gaps[i + 1] - gaps[i] - 0.8) * k / 20;
            s.emplace_back(x, floorY(x) + 0.25 * std::sin((x - gaps[i]) / (gaps[i + 1] - gaps[i]) * CV_PI) * -1);
        }
        paintBone(c, M(s), 30, 0.9f);
    }
    const double pillar = std::exp(-std::pow(std::max(0.0, p) / 6.0, 2));
    if (pillar > 0.15) {
        struct Pillar { double x, r, depth, squash, tilt; };
        const Pillar pillars[2] = {{12.9, 2.5, 4.3, 0.85, 0.15}, {-12.8, 3.1, 5.2, 0.55, -0.12}};
        for (const Pillar& pl : pillars) {
            const double r = pl.r * pillar;
            const double cy = apex + pl.depth + (1 - pillar) * 3;
            PathMm top;
            for (int k = 0; k <= 24; ++k) {
                const double t = CV_PI + CV_PI * k / 24;
                // Cortex is not a perfect arc: a gentle tilt and ripple.
                const double ripple = 0.08 * std::sin(5 * t + pl.x);
                top.emplace_back(pl.x + r * std::cos(t),
                                 cy + pl.squash * r * std::sin(t) + pl.tilt * r * std::cos(t) + ripple);
            }
            paintBone(c, M(top), 30, 1.f);
        }
    }

    // Flexor retinaculum: a bright fibrillar band, thinning proximally into the fascia;
    // anisotropy dims its sloping ends.
    const double ret = 0.25 + 0.6 * (1 - smooth01(3, 9, p));
    PathMm band = parabola(0, apex, 0.016, -13, 13);
    for (const cv::Point2d& q : parabola(0, apex + ret, 0.016, 13, -13))
        band.push_back(q);
    c.fillPolygon(M(band), Tissue{2.0f, 0.2f, 0.7f});
    for (int k = 0; k < 3; ++k)
        c.stroke(M(parabola(0, apex + ret * (0.2 + 0.3 * k), 0.016, -8 + k, 8 - k)), 0.08,
                 Tissue{2.2f, 1.2f - 0.2f * k, 0.7f});

    // Tendons: bright, fibrillar (fibre bundles seen end-on), each with its own
    // anisotropy; they shift a little along the sweep.
    for (int i = 0; i < 11; ++i) {
        if (i == 10 && !l.palmarisLongus)
            continue;
        const TendonSpec& t = kTendons[i];
        const cv::Point2d j = l.tendonJitter[i];
        const cv::Point2d ctr(t.x + j.x + 0.04 * p * (i % 3 - 1), apex + t.y + j.y + 0.02 * p);
        const float an = l.tendonAnisotropy[i];
        const double scale = 1 + 0.01 * p;
        c.fillPolygon(M(lobedEllipsePath(ctr, t.a * scale, t.b * scale, 0.1 * (i % 4 - 1.5), l.tendonLobe[i], i * 1.3, 48)),
                      Tissue{2.8f * an, 0.f, 0.8f});
        c.stroke(M(ellipsePath(ctr, t.a * scale + 0.05, t.b * scale + 0.05, 0.1 * (i % 4 - 1.5), 48)), 0.1,
                 Tissue{2.6f * an, 0.4f * an, 0.8f}, true);
        for (const cv::Point2d& f : l.fibrils)
            c.addPoint({m * (ctr.x + f.x * t.a * scale), ctr.y + f.y * t.b * scale}, 2.5f * an);
    }

    // Guyon's canal: ulnar artery (anechoic, low attenuation -> posterior enhancement)
    // and the ulnar nerve beside it.
    const cv::Point2d art(14.2 + 0.03 * p, l.fatMm + 1.6);
    c.stroke(M(ellipsePath(art, 1.12, 1.02, 0, 40)), 0.18, Tissue{1.8f, 0.8f, 0.6f}, true);
    c.fillPolygon(M(ellipsePath(art, 1.0, 0.9, 0, 40)), Tissue{0.015f, 0.f, 0.02f});
    AnatomyLayout ulnar = l;
    ulnar.severity = SeverityParams{};
    ulnar.mirror = l.mirror;
    Bundle un = makeBundle(ulnar, {m * 16.6, l.fatMm + 1.9}, 3.2, 1.6);
    paintNerveBundle(c, ulnar, un, 1);
    // Radial artery at the radial edge.
    const cv::Point2d rad(-19.5, l.fatMm + 2.2);
    c.stroke(M(ellipsePath(rad, 1.17, 1.07, 0, 40)), 0.18, Tissue{1.8f, 0.8f, 0.6f}, true);
    c.fillPolygon(M(ellipsePath(rad, 1.05, 0.95, 0, 40)), Tissue{0.015f, 0.f, 0.02f});

    // The median nerve just under the retinaculum, radial side of the tunnel.
    const double csa = nerveCsaAt(l, p);
    const double flat = nerveFlatteningAt(l, p);
    const double x = l.nerveX + 0.06 * p;
    const double top = retinaculumDepth(l, x) + ret + 0.12 + l.severity.perineuralThickness * 0.6;
    std::vector<PathMm> outlines;
    if (!l.bifid) {
        Bundle b = makeBundle(l, {0, 0}, csa, flat);
        b = makeBundle(l, {m * x, top + b.b}, csa, flat);
        paintNerveBundle(c, l, b, 0);
        outlines.push_back(b.outline);
    } else {
        const double f = std::max(1.15, flat * 0.7);
        const Bundle r0 = makeBundle(l, {0, 0}, csa * l.bifidShare, f);
        const Bundle u0 = makeBundle(l, {0, 0}, csa * (1 - l.bifidShare), f);
        const double gap = 0.35;
        // Offsets in true millimetres (not stretched), so the bundles never overlap.
        const double mx = m * x;
        const Bundle r = makeBundle(l, {mx - l.mirror * (gap / 2 + r0.a), top + r0.b}, csa * l.bifidShare, f);
        const Bundle u = makeBundle(l, {mx + l.mirror * (gap / 2 + u0.a), top + u0.b}, csa * (1 - l.bifidShare), f);
        paintNerveBundle(c, l, r, 0);
        paintNerveBundle(c, l, u, 1);
        outlines.push_back(r.outline);
        outlines.push_back(u.outline);
    }
    return outlines;
}

} // namespace ns::synth
