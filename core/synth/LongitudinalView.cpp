#include "core/synth/Views.h"

#include <cmath>

namespace ns::synth {

namespace {

// Band between two depth curves over the visible levels; x is scene mm (-level, so the
// proximal side is on the left as on most longitudinal wrist scans).
PathMm bandPath(const std::vector<double>& xs, const std::vector<double>& top, const std::vector<double>& bottom)
{
    PathMm p;
    for (size_t i = 0; i < xs.size(); ++i)
        p.emplace_back(xs[i], top[i]);
    for (size_t i = xs.size(); i-- > 0;)
        p.emplace_back(xs[i], bottom[i]);
    return p;
}

double smooth01(double e0, double e1, double x)
{
    const double t = std::min(1.0, std::max(0.0, (x - e0) / (e1 - e0)));
    return t * t * (3 - 2 * t);
}

} // namespace

std::vector<PathMm> paintLongitudinal(TissueCanvas& c, const AnatomyLayout& l, const ViewPose& pose)
{
    const SeverityParams& s = l.severity;
    const double sp = c.spacing();
    const int cols = c.size().width;
    // The visible levels, sampled exactly at the image's outer pixel edges so the label
    // polygon spans the full width (x from -0.5 to cols - 0.5 px).
    const double x0 = c.toPx({0, 0}).x * -sp; // scene x of pixel column 0
    const double left = x0 - 0.5 * sp, right = x0 + (cols - 0.5) * sp;
    const int n = std::max(8, static_cast<int>((right - left) / 0.25));
    std::vector<double> xs(n + 1);
    for (int i = 0; i <= n; ++i)
        xs[i] = left + (right - left) * i / n;

    c.fill(Tissue{0.55f, 0.f, 0.6f});
    paintSepta(c, l.muscleSepta, 0, 0.08);
    paintSkinAndFat(c, l, l.fatMm, 0);

    const double apex = retinaculumDepth(l, 0);
    std::vector<double> retTop(xs.size()), retBot(xs.size()), nTop(xs.size()), nBot(xs.size());
    for (size_t i = 0; i < xs.size(); ++i) {
        const double level = -xs[i];
        const double ret = 0.25 + 0.6 * (1 - smooth01(3, 9, level));
        retTop[i] = apex;
        retBot[i] = apex + ret;
        const double csa = nerveCsaAt(l, level), flat = nerveFlatteningAt(l, level);
        const double half = std::sqrt(csa / (CV_PI * flat));
        // Proximal to the tunnel the nerve dives a little deeper.
        nTop[i] = retBot[i] + 0.12 + s.perineuralThickness * 0.6 + 1.2 * smooth01(3, 20, level);
        nBot[i] = nTop[i] + 2 * half;
    }

    // Flexor tendons under the nerve: fibrillar bands of parallel specular lines.
    std::vector<double> t1(xs.size()), t2(xs.size()), t3(xs.size()), t4(xs.size());
    for (size_t i = 0; i < xs.size(); ++i) {
        t1[i] = nBot[i] + 0.5;
        t2[i] = t1[i] + 2.3;
        t3[i] = t2[i] + 0.4;
        t4[i] = t3[i] + 2.5;
    }
    c.fillPolygon(bandPath(xs, t1, t2), Tissue{2.0f * l.tendonAnisotropy[0], 0.f, 0.8f});
    c.fillPolygon(bandPath(xs, t3, t4), Tissue{2.0f * l.tendonAnisotropy[1], 0.f, 0.8f});
    for (int k = 0; k < 18; ++k) {
        const bool second = k >= 9;
        const double f = ((k % 9) + 0.5) / 9.0;
        std::vector<double> y(xs.size());
        for (size_t i = 0; i < xs.size(); ++i)
            y[i] = second ? t3[i] + f * (t4[i] - t3[i]) : t1[i] + f * (t2[i] - t1[i]);
        PathMm line;
        for (size_t i = 0; i < xs.size(); ++i)
            line.emplace_back(xs[i], y[i]);
        c.stroke(line, 0.07, Tissue{2.0f, 0.9f * l.tendonAnisotropy[k % 12], 0.8f});
    }

    // Carpal bones (capitate, lunate) distally, the radius proximally: bright, shadowing.
    const double floor = t4[0] + 2.5;
    // Joint gaps narrower than the beam let no sound through: one shadowing body.
    c.fillPolygon({{-60, floor + 0.9 + 2.4}, {60, floor + 0.9 - 2.4}, {60, 80}, {-60, 80}}, Tissue{0.3f, 0.f, 40.f});
    for (const auto& [from, to, bulge] : {std::tuple{-40.0, -9.5, 1.4}, std::tuple{-8.5, 7.5, 1.8},
                                          std::tuple{8.5, 60.0, 0.3}}) {
        PathMm surf;
        for (int k = 0; k <= 40; ++k) {
            const double level = from + (to - from) * k / 40;
            const double u = (level - from) / (to - from);
            surf.emplace_back(-level, floor + 0.8 - bulge * std::sin(u * CV_PI) + 0.04 * level);
        }
        paintBone(c, surf, 30, 1.f);
    }

    // Retinaculum over the tunnel, fading proximally.
    c.fillPolygon(bandPath(xs, retTop, retBot), Tissue{2.0f, 0.2f, 0.7f});
    for (int k = 0; k < 3; ++k) {
        PathMm line;
        for (size_t i = 0; i < xs.size(); ++i)
            line.emplace_back(xs[i], retTop[i] + (0.2 + 0.3 * k) * (retBot[i] - retTop[i]));
        c.stroke(line, 0.07, Tissue{2.2f, 1.0f, 0.7f});
    }

    if (pose.nerveHidden) {
        // Probe beside the nerve: the plane cuts another flexor tendon instead.
        c.fillPolygon(bandPath(xs, nTop, nBot), Tissue{0.9f, 0.f, 0.8f});
        for (int k = 0; k < 6; ++k) {
            PathMm line;
            for (size_t i = 0; i < xs.size(); ++i)
                line.emplace_back(xs[i], nTop[i] + (k + 0.5) / 6 * (nBot[i] - nTop[i]));
            c.stroke(line, 0.07, Tissue{1.2f, 2.0f, 0.8f});
        }
        return {};
    }
    // The nerve: perineural tissue, epineurium lines, bright interior with dark fascicle
    // stripes (the fibrillar pattern whose fading S3's longitudinal grader reads).
    if (s.perineuralThickness > 0.02) {
        std::vector<double> a(xs.size()), b(xs.size());
        for (size_t i = 0; i < xs.size(); ++i) {
            a[i] = nTop[i] - s.perineuralThickness - 0.15;
            b[i] = nBot[i] + s.perineuralThickness + 0.15;
        }
        c.fillPolygon(bandPath(xs, a, b), Tissue{1.9f, 0.5f, 0.7f});
    }
    const float echo = static_cast<float>(s.echogenicity);
    // As the fascicular pattern fades (oedema), bright perineurium and dark fascicles
    // both converge on a uniform hypoechoic swollen nerve.
    const float vis = static_cast<float>(s.fascicleVisibility);
    const float flatLevel = 0.42f * echo;
    const float bright = flatLevel + (1.5f * echo - flatLevel) * vis;
    c.fillPolygon(bandPath(xs, nTop, nBot), Tissue{bright, 0.f, 0.6f});
    const int stripes = std::max(4, static_cast<int>(l.fascicles[0].size()) / 2 - 1);
    // Seen lengthwise, fascicles are partial-volumed: grey-dark, not black.
    const float dark = flatLevel + (0.22f * echo - flatLevel) * vis;
    for (int k = 0; k < stripes; ++k) {
        const double f0 = (k + 0.2) / stripes, f1 = (k + 0.8) / stripes;
        std::vector<double> a(xs.size()), b(xs.size());
        for (size_t i = 0; i < xs.size(); ++i) {
            // Fascicles wander slightly in depth along the nerve.
            const double wob = 0.04 * std::sin(xs[i] * 0.7 + k * 1.7);
            // Fascicles narrow and widen along their course, so stripes break up.
            const double width = 0.5 * (f1 - f0) * (0.55 + 0.45 * std::sin(xs[i] * (0.8 + 0.13 * k) + 2.1 * k));
            const double mid = 0.5 * (f0 + f1) + wob;
            a[i] = nTop[i] + (mid - width) * (nBot[i] - nTop[i]);
            b[i] = nTop[i] + (mid + width) * (nBot[i] - nTop[i]);
        }
        c.fillPolygon(bandPath(xs, a, b), Tissue{dark, 0.f, 0.6f});
    }
    const float rim = static_cast<float>(1.3 * (1 - 0.8 * s.epineuriumBlur));
    for (const std::vector<double>* edge : {&nTop, &nBot}) {
        PathMm line;
        const double out = edge == &nTop ? -0.1 : 0.1;
        for (size_t i = 0; i < xs.size(); ++i)
            line.emplace_back(xs[i], (*edge)[i] + out);
        c.stroke(line, 0.14 + 0.25 * s.epineuriumBlur, Tissue{static_cast<float>(2.4 - 0.6 * s.epineuriumBlur), rim, 0.7f});
    }
    return {bandPath(xs, nTop, nBot)};
}

} // namespace ns::synth
