#include "core/synth/Anatomy.h"

#include "core/synth/SynthRandom.h"

#include <cmath>

namespace ns::synth {

namespace {

// Rejection-sampled, non-overlapping fascicles in the unit disc: the honeycomb. Normal
// median nerves show 10-25 fascicles at the wrist.
std::vector<Fascicle> packFascicles(cv::RNG& rng, int target)
{
    std::vector<Fascicle> out;
    for (int tries = 0; tries < 4000 && static_cast<int>(out.size()) < target; ++tries) {
        const double r = rng.uniform(0.15, 0.25);
        const double rad = std::sqrt(rng.uniform(0.0, 1.0)) * (0.9 - r);
        const double th = rng.uniform(0.0, 2 * CV_PI);
        const Fascicle f{rad * std::cos(th), rad * std::sin(th), r};
        bool ok = true;
        for (const Fascicle& g : out)
            ok = ok && std::hypot(f.u - g.u, f.v - g.v) > f.r + g.r + 0.05;
        if (ok)
            out.push_back(f);
    }
    return out;
}

std::vector<Segment> septa(cv::RNG& rng, int n, double x0, double x1, double y0, double y1, double meanAngle,
                           double angleSd, double len0, double len1, float amp0, float amp1)
{
    std::vector<Segment> out;
    for (int i = 0; i < n; ++i) {
        const cv::Point2d c(rng.uniform(x0, x1), rng.uniform(y0, y1));
        const double ang = meanAngle + rng.gaussian(angleSd);
        const double len = rng.uniform(len0, len1);
        const cv::Point2d d(std::cos(ang) * len / 2, std::sin(ang) * len / 2);
        out.push_back({c - d, c + d, static_cast<float>(rng.uniform(amp0, amp1))});
    }
    return out;
}

double smoothstep(double e0, double e1, double x)
{
    const double t = clampd((x - e0) / (e1 - e0), 0, 1);
    return t * t * (3 - 2 * t);
}

} // namespace

AnatomyLayout makeLayout(const SynthRequest& req, const SeverityParams& sev)
{
    cv::RNG rng = streamRng(req.seed, Stream::Anatomy);
    AnatomyLayout l;
    l.view = req.view;
    l.severity = sev;
    l.bifid = req.bifid;
    l.bifidShare = rng.uniform(0.4, 0.6);
    l.mirror = req.wrist.compare(QStringLiteral("left"), Qt::CaseInsensitive) == 0 ? -1 : 1;
    l.nerveX = -2 + rng.gaussian(0.6);
    l.lobe = rng.uniform(0.0, 0.05);
    l.lobePhase = rng.uniform(0.0, 2 * CV_PI);
    l.tilt = rng.gaussian(0.08);
    l.fatMm = rng.uniform(1.6, 2.8);
    // Forearm CSA barely changes with CTS: the wrist-to-forearm ratio is what grows.
    l.forearmCsa = clampd(6.3 + 0.1 * (sev.csaMm2 - 8) + rng.gaussian(0.9), 4, 11);
    l.palmarisLongus = rng.uniform(0.0, 1.0) < 0.85;
    for (size_t i = 0; i < l.tendonJitter.size(); ++i) {
        l.tendonJitter[i] = {rng.gaussian(0.35), rng.gaussian(0.25)};
        // Tendons are anisotropic: a slightly oblique one returns much less echo.
        l.tendonAnisotropy[i] = static_cast<float>(rng.uniform(0.6, 1.0));
    }
    // Fascicles fade and swell with CTS, but their count is anatomy.
    const int count = static_cast<int>(rng.uniform(10, 17));
    l.fascicles[0] = packFascicles(rng, count);
    l.fascicles[1] = packFascicles(rng, count * 2 / 3);
    for (int i = 0; i < 150; ++i) {
        const double rad = std::sqrt(rng.uniform(0.0, 1.0)) * 0.92, th = rng.uniform(0.0, 2 * CV_PI);
        l.fibrils.emplace_back(rad * std::cos(th), rad * std::sin(th));
    }
    if (req.view == View::Longitudinal) {
        l.fatSepta = septa(rng, 70, -60, 60, 0.9, l.fatMm, 0, 0.08, 2, 8, 0.4f, 1.2f);
        l.muscleSepta = septa(rng, 220, -60, 60, 3, 30, 0.12, 0.06, 3, 12, 0.3f, 1.0f);
    } else {
        const double fat = req.view == View::ForearmTransverse ? l.fatMm + 0.8 : l.fatMm;
        l.fatSepta = septa(rng, 45, -40, 40, 0.9, fat, 0, 0.15, 1.5, 6, 0.4f, 1.3f);
        // Transverse muscle: short oblique perimysium septa ("starry night").
        l.muscleSepta = septa(rng, 480, -40, 40, 3, 30, 0.35, 0.5, 0.3, 2.2, 0.25f, 1.0f);
    }
    l.tunnelScale = rng.uniform(0.88, 1.12);
    for (double& lobe : l.tendonLobe)
        lobe = rng.uniform(0.0, 0.07);
    return l;
}

double nerveCsaAt(const AnatomyLayout& l, double level)
{
    // Swelling beyond a normal nerve's size concentrates at the inlet (level 0) and
    // fades over about a centimetre each way; the rest shrinks gently distally.
    const double csa = l.severity.csaMm2;
    const double base = std::min(csa, 8.0) * (1 + 0.006 * level);
    const double swelling = std::max(0.0, csa - 8.0) * std::exp(-(level / 8) * (level / 8));
    return base + swelling;
}

double nerveFlatteningAt(const AnatomyLayout& l, double level)
{
    // Inside the tunnel (distal, level < 0) the nerve flattens under the retinaculum.
    return l.severity.flattening * (1 + 0.3 * (smoothstep(2, -10, level) - 0.5 * smoothstep(2, -10, 0.0)));
}

double retinaculumDepth(const AnatomyLayout& l, double x)
{
    return l.fatMm + 0.9 + 0.016 * x * x;
}

double polygonAreaMm(const PathMm& p)
{
    double s = 0;
    for (size_t i = 0, j = p.size() - 1; i < p.size(); j = i++)
        s += p[j].x * p[i].y - p[i].x * p[j].y;
    return std::abs(s) / 2;
}

Bundle makeBundle(const AnatomyLayout& l, cv::Point2d centre, double area, double flattening)
{
    Bundle b;
    b.centre = centre;
    b.angle = l.tilt * l.mirror;
    b.b = std::sqrt(area / (CV_PI * flattening));
    b.a = flattening * b.b;
    PathMm p = lobedEllipsePath(centre, b.a, b.b, b.angle, l.lobe, l.lobePhase, 160);
    // Rescale so the polygon we rasterise has exactly the requested area.
    const double k = std::sqrt(area / polygonAreaMm(p));
    for (cv::Point2d& q : p)
        q = centre + (q - centre) * k;
    b.a *= k;
    b.b *= k;
    b.outline = std::move(p);
    return b;
}

void paintNerveBundle(TissueCanvas& c, const AnatomyLayout& l, const Bundle& b, int index)
{
    const SeverityParams& s = l.severity;
    const float echo = static_cast<float>(s.echogenicity);
    auto ring = [&](double grow) {
        return lobedEllipsePath(b.centre, b.a + grow, b.b + grow, b.angle, l.lobe, l.lobePhase, 96);
    };
    // Thickened, bright perineural tissue (S1's models looked there).
    if (s.perineuralThickness > 0.02)
        c.fillPolygon(ring(0.2 + s.perineuralThickness), Tissue{1.9f, 0.5f, 0.7f});
    // Epineurium: a thin specular rim; CTS blurs it into a wider, dimmer one.
    const double blur = s.epineuriumBlur;
    c.fillPolygon(ring(0.2 + 0.3 * blur), Tissue{static_cast<float>(2.0 - 0.5 * blur), 0.f, 0.7f});
    c.stroke(ring(0.1), 0.2, Tissue{3.4f, static_cast<float>(1.5 * (1 - 0.8 * blur)), 0.7f}, true);
    // Interfascicular epineurium (bright), then the hypoechoic fascicles: the honeycomb.
    // As the fascicular pattern fades (oedema), bright perineurium and dark fascicles
    // both converge on a uniform hypoechoic swollen nerve.
    const float vis = static_cast<float>(s.fascicleVisibility);
    const float flatLevel = 0.42f * echo;
    const float bright = flatLevel + (1.15f * echo - flatLevel) * vis;
    c.fillPolygon(b.outline, Tissue{bright, 0.f, 0.6f});
    const float dark = flatLevel + (0.08f * echo - flatLevel) * vis;
    const double meanR = std::sqrt(b.a * b.b);
    const double ca = std::cos(b.angle), sa = std::sin(b.angle);
    for (const Fascicle& f : l.fascicles[index % 2]) {
        const cv::Point2d local(f.u * b.a, f.v * b.b);
        const cv::Point2d centre(b.centre.x + ca * local.x - sa * local.y, b.centre.y + sa * local.x + ca * local.y);
        const double r = f.r * meanR;
        c.fillPolygon(ellipsePath(centre, r * std::sqrt(b.a / b.b) * 0.9, r * std::sqrt(b.b / b.a) * 1.1, b.angle, 20),
                      Tissue{dark, 0.f, 0.6f});
    }
}

void paintSepta(TissueCanvas& c, const std::vector<Segment>& septa, double offsetX, double thickness)
{
    for (const Segment& s : septa) {
        const cv::Point2d d(offsetX, 0);
        const float amp = s.amp;
        c.stroke({s.a + d, s.b + d}, thickness, Tissue{1.8f * amp + 0.5f, 0.35f * amp, 0.6f});
    }
}

} // namespace ns::synth
