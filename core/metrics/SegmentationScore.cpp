#include "core/metrics/SegmentationScore.h"

#include <QJsonValue>

#include <cmath>
#include <stdexcept>

namespace ns::metrics {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double orNaN(const std::optional<double>& v) { return v ? *v : kNaN; }
QJsonValue number(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); }

} // namespace

SegmentationScore scoreSegmentation(const cv::Mat& prediction, const cv::Mat& reference,
                                    std::optional<PixelSpacing> spacing)
{
    SegmentationScore s;
    s.counts = overlapCounts(prediction, reference); // checks the masks
    s.overlap = s.counts.scores();
    s.distances = surfaceDistances(prediction, reference, spacing);
    return s;
}

std::vector<double> column(const std::vector<SegmentationScore>& scores, double (*get)(const SegmentationScore&))
{
    std::vector<double> out;
    out.reserve(scores.size());
    for (const SegmentationScore& s : scores)
        out.push_back(get(s));
    return out;
}

MetricSummary summarizeValues(const std::vector<double>& values, const BootstrapOptions& options)
{
    MetricSummary m;
    m.stats = describe(values);
    if (options.resamples > 0 && m.stats.n > 0)
        m.ci = bootstrapMeanCi(values, options);
    else
        m.ci.estimate = m.stats.mean;
    return m;
}

SegmentationSummary summarizeSegmentation(const std::vector<SegmentationScore>& scores, const BootstrapOptions& options)
{
    if (!options.groups.empty() && options.groups.size() != scores.size())
        throw std::invalid_argument("summarizeSegmentation: one group id per frame is needed");
    SegmentationSummary r;
    r.frames = int(scores.size());
    OverlapCounts total;
    for (const SegmentationScore& s : scores) {
        total += s.counts;
        if (s.distances.undefinedReason == SurfaceUndefined::BothEmpty)
            ++r.bothEmptyFrames;
    }
    r.pooled = total.scores();
    auto sum = [&](double (*get)(const SegmentationScore&)) { return summarizeValues(column(scores, get), options); };
    r.dice = sum([](const SegmentationScore& s) { return s.overlap.dice; });
    r.iou = sum([](const SegmentationScore& s) { return s.overlap.iou; });
    r.precision = sum([](const SegmentationScore& s) { return s.overlap.precision; });
    r.recall = sum([](const SegmentationScore& s) { return s.overlap.recall; });
    r.hausdorffPx = sum([](const SegmentationScore& s) { return orNaN(s.distances.hausdorffPx); });
    r.hd95Px = sum([](const SegmentationScore& s) { return orNaN(s.distances.hd95Px); });
    r.hausdorffMm = sum([](const SegmentationScore& s) { return orNaN(s.distances.hausdorffMm); });
    r.hd95Mm = sum([](const SegmentationScore& s) { return orNaN(s.distances.hd95Mm); });
    return r;
}

QJsonObject toJson(const MetricSummary& m)
{
    return QJsonObject{
        {QStringLiteral("n"), m.stats.n},
        {QStringLiteral("undefined"), m.stats.undefined},
        {QStringLiteral("mean"), number(m.stats.mean)},
        {QStringLiteral("sd"), number(m.stats.sd)},
        {QStringLiteral("median"), number(m.stats.median)},
        {QStringLiteral("min"), number(m.stats.min)},
        {QStringLiteral("max"), number(m.stats.max)},
        {QStringLiteral("ciLower"), number(m.ci.lower)},
        {QStringLiteral("ciUpper"), number(m.ci.upper)},
        {QStringLiteral("ciConfidence"), m.ci.confidence},
        {QStringLiteral("ciResamples"), m.ci.validResamples},
    };
}

QJsonObject SegmentationSummary::toJson() const
{
    using ns::metrics::toJson;
    return QJsonObject{
        {QStringLiteral("frames"), frames},
        {QStringLiteral("bothEmptyFrames"), bothEmptyFrames},
        {QStringLiteral("dice"), toJson(dice)},
        {QStringLiteral("iou"), toJson(iou)},
        {QStringLiteral("precision"), toJson(precision)},
        {QStringLiteral("recall"), toJson(recall)},
        {QStringLiteral("hausdorffPx"), toJson(hausdorffPx)},
        {QStringLiteral("hd95Px"), toJson(hd95Px)},
        {QStringLiteral("hausdorffMm"), toJson(hausdorffMm)},
        {QStringLiteral("hd95Mm"), toJson(hd95Mm)},
        {QStringLiteral("pooled"), QJsonObject{{QStringLiteral("dice"), pooled.dice},
                                               {QStringLiteral("iou"), pooled.iou},
                                               {QStringLiteral("precision"), pooled.precision},
                                               {QStringLiteral("recall"), pooled.recall}}},
    };
}

} // namespace ns::metrics
