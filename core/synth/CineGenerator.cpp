#include "core/synth/CineGenerator.h"

#include "core/synth/Anatomy.h"
#include "core/synth/BModeFormer.h"
#include "core/synth/NerveLabel.h"
#include "core/synth/Severity.h"
#include "core/synth/SynthRandom.h"
#include "core/synth/Views.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ns::synth {

namespace {

double sweepPosition(const SynthRequest& r, int i)
{
    const int n = std::max(1, r.frames);
    return n == 1 ? r.sweepMm / 2 : r.sweepMm * i / (n - 1);
}

// Hand tremor (physiological, 4-11 Hz, tens of microns) plus a slow drift of the hand.
struct Tremor {
    double a1, f1, p1, a2, f2, p2, drift, pd;
    explicit Tremor(std::uint64_t seed)
    {
        cv::RNG rng = streamRng(seed, Stream::Tremor);
        a1 = rng.uniform(0.03, 0.06);
        f1 = rng.uniform(4.0, 7.0);
        p1 = rng.uniform(0.0, 2 * CV_PI);
        a2 = rng.uniform(0.01, 0.03);
        f2 = rng.uniform(8.0, 11.0);
        p2 = rng.uniform(0.0, 2 * CV_PI);
        drift = rng.uniform(-0.4, 0.4);
        pd = rng.uniform(0.0, 2 * CV_PI);
    }
    double at(double t, double duration) const
    {
        return a1 * std::sin(2 * CV_PI * f1 * t + p1) + a2 * std::sin(2 * CV_PI * f2 * t + p2)
            + drift * std::sin(CV_PI * t / std::max(duration, 1.0) + pd);
    }
};

QPolygonF toPixels(const TissueCanvas& c, const PathMm& mm)
{
    QPolygonF out;
    for (const cv::Point2d& q : mm) {
        const cv::Point2d p = c.toPx(q);
        out << QPointF(p.x, p.y);
    }
    return out;
}

} // namespace

double levelOfFrame(const SynthRequest& r, int index)
{
    const double s = sweepPosition(r, index) - r.sweepMm / 2;
    return r.view == View::ForearmTransverse ? 100 + s : s;
}

QString levelName(View view, double levelMm)
{
    const int cm = static_cast<int>(std::lround(levelMm / 10));
    const QString base = cm == 0 ? QStringLiteral("DWC") : QStringLiteral("DWC%1%2").arg(cm > 0 ? "+" : "").arg(cm);
    return view == View::ForearmTransverse ? QStringLiteral("forearm ") + base : base;
}

SynthCine generateCine(const SynthRequest& req, const ns::jobs::Progress& progress)
{
    SynthCine cine;
    if (!profileByName(req.profile, &cine.profile))
        return cine;
    const ScannerProfile& prof = cine.profile;
    cine.frameRate = prof.frameRate;
    const int n = std::max(1, req.frames);
    const double sp = prof.pixelSpacingMm;
    const cv::Size size(prof.imageSize.width(), prof.imageSize.height());
    const double widthMm = size.width * sp;

    const SeverityParams sev = req.severity ? *req.severity : sampleSeverity(req.grade, req.seed);
    const AnatomyLayout layout = makeLayout(req, sev);
    const Tremor tremor(req.seed);
    cv::RNG labelRng = streamRng(req.seed, Stream::Label);
    cv::RNG sideRng = streamRng(req.seed, Stream::Tremor);
    const double offSide = sideRng.uniform(0.0, 1.0) < 0.5 ? -1 : 1;
    const bool longitudinal = req.view == View::Longitudinal;
    const bool slideOff = req.emptyFrames && !longitudinal;

    // Where the probe is for every frame, so the scatterer field can be made wide enough
    // for the whole sweep (tissue coordinates: speckle moves with the anatomy).
    std::vector<double> origins(n), levels(n);
    const double duration = n / prof.frameRate;
    for (int i = 0; i < n; ++i) {
        levels[i] = levelOfFrame(req, i);
        double centre = longitudinal ? -levels[i] : layout.mirror * probeCentreX(layout, levels[i]);
        centre += tremor.at(i / prof.frameRate, duration);
        if (slideOff)
            centre += offSide * (widthMm / 2 + 9);
        origins[i] = centre - widthMm / 2;
    }
    const double minOrigin = *std::min_element(origins.begin(), origins.end());
    const double maxOrigin = *std::max_element(origins.begin(), origins.end());
    const std::uint64_t noiseSeed = req.speckleSeed ? req.seed ^ mixSeed(req.speckleSeed, Stream::Speckle) : req.seed;
    ScattererField field(cv::Size(size.width + static_cast<int>(std::ceil((maxOrigin - minOrigin) / sp)) + 2, size.height),
                         noiseSeed);
    BModeFormer former(prof, noiseSeed);

    // Speckle decorrelation between frames: elevational motion through a slice about
    // 0.35 mm thick (Gaussian beam profile) for transverse sweeps; in-plane sweeps move
    // the speckle with the tissue and only tremor decorrelates it. Capped so even a
    // slow sweep never freezes the speckle entirely.
    const double step = n > 1 ? req.sweepMm / (n - 1) : 0;
    const double rho = longitudinal ? 0.9 : std::min(0.92, std::exp(-0.5 * std::pow(step / 0.35, 2)));

    cine.frames.reserve(n);
    for (int i = 0; i < n; ++i) {
        if (progress.isCancelled())
            break;
        if (i > 0)
            field.advance(rho);
        TissueCanvas canvas(size, sp, origins[i]);
        ViewPose pose;
        pose.levelMm = levels[i];
        pose.nerveHidden = req.emptyFrames && longitudinal;
        std::vector<PathMm> outlines;
        switch (req.view) {
        case View::WristTransverse: outlines = paintWristTransverse(canvas, layout, pose); break;
        case View::ForearmTransverse: outlines = paintForearmTransverse(canvas, layout, pose); break;
        case View::Longitudinal: outlines = paintLongitudinal(canvas, layout, pose); break;
        }
        const int offset = static_cast<int>(std::lround((origins[i] - minOrigin) / sp));
        const cv::Mat env = former.envelope(canvas, field, cv::Rect(offset, 0, size.width, size.height));
        const cv::Mat bmode = former.compress(env);

        SynthFrame frame;
        frame.image = QImage(bmode.data, bmode.cols, bmode.rows, static_cast<int>(bmode.step), QImage::Format_Grayscale8)
                          .copy();
        GroundTruth& t = frame.truth;
        t.grade = req.grade;
        t.severity = sev;
        t.view = req.view;
        t.profile = prof.name;
        t.level = levelName(req.view, levels[i]);
        t.patientId = req.patientId;
        t.wrist = req.wrist;
        t.frameIndex = i;
        t.sweepPositionMm = sweepPosition(req, i);
        t.bifid = req.bifid;

        // Exact shapes, clipped to the frame (pixel edges at -0.5 and size - 0.5).
        const QRectF frameRect(-0.5, -0.5, size.width, size.height);
        QList<QPolygonF> shapes;
        for (const PathMm& o : outlines) {
            QPolygonF px = toPixels(canvas, o);
            if (!frameRect.contains(px.boundingRect()))
                px = px.intersected(QPolygonF(frameRect));
            if (px.size() >= 3 && polygonArea(px) > 1)
                shapes << px;
        }
        t.nervePresent = !shapes.isEmpty();
        for (const QPolygonF& s : shapes)
            t.areaPx += polygonArea(s);
        t.areaMm2 = t.areaPx * sp * sp;

        QList<QPolygonF> label;
        for (const QPolygonF& s : shapes)
            label << jitterPolygon(s, req.noise.boundaryJitterPx, labelRng);
        if (!label.isEmpty() && req.noise.inconsistentShare > 0
            && labelRng.uniform(0.0, 1.0) < req.noise.inconsistentShare) {
            t.labelInconsistent = true;
            const double kind = labelRng.uniform(0.0, 1.0);
            if (kind < 0.2) {
                // Left unlabelled although the nerve is there (S2's empty-but-present frames).
                label.clear();
            } else if (label.size() > 1 && kind < 0.6) {
                label = {hullPolygon(label)};
            } else {
                // Drawn on the outer edge of the epineurium, or well inside it.
                const double k = labelRng.uniform(0.0, 1.0) < 0.5 ? labelRng.uniform(1.08, 1.2) : labelRng.uniform(0.85, 0.93);
                for (QPolygonF& p : label)
                    p = scalePolygon(p, k);
            }
        }
        t.contours = label;
        t.mask = rasterisePolygons(label, prof.imageSize);
        t.labelAreaPx = countSet(t.mask);
        cine.frames.push_back(std::move(frame));
        progress.report(double(i + 1) / n,
                        QCoreApplication::translate("ns::synth", "Generating synthetic frame %1 of %2").arg(i + 1).arg(n));
    }
    return cine;
}

} // namespace ns::synth
