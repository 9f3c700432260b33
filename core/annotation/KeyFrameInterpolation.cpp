#include "core/annotation/KeyFrameInterpolation.h"

#include "core/annotation/ContourInterpolation.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>

namespace ns::annotation {

bool isKeyKind(SourceKind kind) { return kind == SourceKind::Manual || kind == SourceKind::Corrected; }

InterpolationPlan planInterpolation(const QList<Contour>& contours, int frame)
{
    InterpolationPlan plan;
    QMap<int, QList<Contour>> keys, others;
    for (const Contour& c : contours)
        (isKeyKind(c.source.kind) ? keys : others)[c.frame] << c;

    const QList<int> frames = keys.keys(); // ascending
    auto before = [&](int f) { // the last key frame before f, or -1
        const auto it = std::lower_bound(frames.begin(), frames.end(), f);
        return it == frames.begin() ? -1 : *(it - 1);
    };
    auto after = [&](int f) { // the first key frame after f, or -1
        const auto it = std::upper_bound(frames.begin(), frames.end(), f);
        return it == frames.end() ? -1 : *it;
    };
    if (keys.contains(frame)) {
        const int next = after(frame), prev = before(frame);
        if (next > frame + 1) {
            plan.from = frame;
            plan.to = next;
        } else if (prev >= 0 && prev < frame - 1) {
            plan.from = prev;
            plan.to = frame;
        }
    } else {
        plan.from = before(frame);
        plan.to = after(frame);
    }
    if (plan.from < 0 || plan.to < 0) {
        plan.error = QCoreApplication::translate("Annotation",
                                                 "Interpolation needs two key frames (frames with your manual or corrected "
                                                 "contours) with frames between them around frame %1.").arg(frame + 1);
        return plan;
    }

    QList<QPolygonF> a, b;
    for (const Contour& c : keys[plan.from])
        a << c.vertices;
    for (const Contour& c : keys[plan.to])
        b << c.vertices;
    const QList<QPair<int, int>> pairs = pairContours(a, b);
    if (pairs.isEmpty()) {
        plan.error = QCoreApplication::translate("Annotation",
                                                 "Key frames %1 and %2 hold %3 and %4 contours; interpolation needs the same "
                                                 "number on both (a bifid nerve is two on each).")
                         .arg(plan.from + 1).arg(plan.to + 1).arg(a.size()).arg(b.size());
        return plan;
    }
    QList<ContourInterpolator> interpolators;
    for (const auto& [i, j] : pairs)
        interpolators.append(ContourInterpolator(a[i], b[j]));

    for (int f = plan.from + 1; f < plan.to; ++f) {
        const QList<Contour>& there = others.value(f);
        if (std::any_of(there.begin(), there.end(), [](const Contour& c) { return c.source.kind != SourceKind::Interpolated; })) {
            ++plan.skippedFrames; // a model's contours: the user decides about those
            continue;
        }
        for (const Contour& c : there)
            plan.replaced << c.id;
        const double t = double(f - plan.from) / (plan.to - plan.from);
        for (int k = 0; k < pairs.size(); ++k) {
            Contour c = keys[plan.from][pairs[k].first];
            c.id = 0;
            c.frame = f;
            c.vertices = interpolators[k].at(t);
            c.source = ContourSource{SourceKind::Interpolated, {}, {}};
            plan.added << c;
        }
    }
    return plan;
}

} // namespace ns::annotation
