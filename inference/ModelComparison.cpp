#include "inference/ModelComparison.h"

#include "core/metrics/Bootstrap.h"
#include "core/metrics/DeLong.h"
#include "core/metrics/SegmentationScore.h"
#include "core/metrics/Statistics.h"
#include "inference/EvaluationPass.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

#include <cmath>

namespace ns::inference {

namespace {

constexpr double kSignificance = 0.05;

QString label(const ModelCard& card) { return QStringLiteral("%1 %2").arg(card.name, card.version); }

jobs::Progress part(const jobs::Progress& whole, double from, double to)
{
    return jobs::Progress([whole, from, to](double f, const QString& m) { whole.report(from + f * (to - from), m); }, whole.token());
}

// Per-frame values of both models; NaN where undefined (e.g. HD95 with an empty mask), and
// such frames are left out of the pairing.
QJsonObject paired(const std::vector<double>& a, const std::vector<double>& b, const std::vector<int>& groups,
                   bool higherIsBetter, int resamples)
{
    std::vector<double> diffs, av, bv;
    std::vector<int> g;
    int aWins = 0, bWins = 0, ties = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        if (std::isnan(a[i]) || std::isnan(b[i]))
            continue;
        const double d = a[i] - b[i];
        diffs.push_back(d);
        av.push_back(a[i]);
        bv.push_back(b[i]);
        g.push_back(groups[i]);
        if (std::abs(d) < 1e-12)
            ++ties;
        else if ((d > 0) == higherIsBetter)
            ++aWins;
        else
            ++bWins;
    }
    auto mean = [](const std::vector<double>& v) { return metrics::describe(v).mean; };
    QJsonObject o{{QStringLiteral("cases"), int(diffs.size())},
                  {QStringLiteral("a"), mean(av)},
                  {QStringLiteral("b"), mean(bv)},
                  {QStringLiteral("difference"), mean(diffs)},
                  {QStringLiteral("aBetterCases"), aWins},
                  {QStringLiteral("bBetterCases"), bWins},
                  {QStringLiteral("tiedCases"), ties},
                  {QStringLiteral("higherIsBetter"), higherIsBetter}};
    QString better = QStringLiteral("neither");
    if (resamples > 0 && !diffs.empty()) {
        metrics::BootstrapOptions options;
        options.resamples = resamples;
        options.groups = g;
        const metrics::ConfidenceInterval ci = metrics::bootstrapMeanCi(diffs, options);
        if (ci.defined()) {
            o[QStringLiteral("ciLower")] = ci.lower;
            o[QStringLiteral("ciUpper")] = ci.upper;
            o[QStringLiteral("ciResamples")] = ci.validResamples;
            if (ci.lower > 0)
                better = higherIsBetter ? QStringLiteral("a") : QStringLiteral("b");
            else if (ci.upper < 0)
                better = higherIsBetter ? QStringLiteral("b") : QStringLiteral("a");
        }
    }
    o[QStringLiteral("better")] = better;
    return o;
}

QJsonObject delong(const std::vector<int>& labels, const std::vector<double>& a, const std::vector<double>& b)
{
    const metrics::DelongComparison c = metrics::delongTest(labels, a, b);
    QJsonObject o{{QStringLiteral("cases"), int(labels.size())}};
    if (!c.valid) {
        o[QStringLiteral("why")] = c.why;
        o[QStringLiteral("better")] = QStringLiteral("neither");
        return o;
    }
    o[QStringLiteral("a")] = c.aucA;
    o[QStringLiteral("b")] = c.aucB;
    o[QStringLiteral("difference")] = c.aucA - c.aucB;
    o[QStringLiteral("z")] = std::isfinite(c.z) ? QJsonValue(c.z) : QJsonValue(c.z > 0 ? 1e300 : -1e300);
    o[QStringLiteral("pValue")] = c.pValue;
    o[QStringLiteral("better")] = c.pValue < kSignificance && c.aucA != c.aucB
                                      ? (c.aucA > c.aucB ? QStringLiteral("a") : QStringLiteral("b"))
                                      : QStringLiteral("neither");
    return o;
}

struct SegmentationPass {
    std::vector<double> dice, hd95Mm;
};

std::optional<SegmentationPass> segmentationPass(LoadedModel model, const QList<DatasetItem>& items, const EvaluationOptions& options,
                                                 const jobs::Progress& progress, QString* device, QString* error)
{
    auto seg = Segmenter::create(std::move(model), options.inference, error);
    if (!seg)
        return std::nullopt;
    *device = seg->device().describe();
    SegmentationPass pass;
    const bool ok = segmentItems(*seg, items, progress, [&](int i, const SegmentationResult& r, const cv::Mat& reference) {
        std::optional<metrics::PixelSpacing> spacing;
        if (items[i].pixelSpacingMm > 0)
            spacing = metrics::PixelSpacing{items[i].pixelSpacingMm, items[i].pixelSpacingMm};
        const metrics::SegmentationScore s = metrics::scoreSegmentation(r.nerve.mask, reference, spacing);
        pass.dice.push_back(s.overlap.dice);
        pass.hd95Mm.push_back(s.distances.hd95Mm.value_or(std::nan("")));
    }, error);
    if (!ok)
        return std::nullopt;
    return pass;
}

template <typename T>
std::vector<T> pick(const std::vector<T>& v, const std::vector<int>& indices)
{
    std::vector<T> out;
    for (int i : indices)
        out.push_back(v[size_t(i)]);
    return out;
}

QJsonObject compareSegmentation(const SegmentationPass& a, const SegmentationPass& b, const QList<DatasetItem>& items, int resamples)
{
    auto one = [&](const std::vector<int>& indices) {
        QList<DatasetItem> sub;
        for (int i : indices)
            sub << items[i];
        const std::vector<int> groups = groupIds(sub, false);
        return QJsonObject{{QStringLiteral("frames"), int(indices.size())},
                           {QStringLiteral("dice"), paired(pick(a.dice, indices), pick(b.dice, indices), groups, true, resamples)},
                           {QStringLiteral("hd95Mm"), paired(pick(a.hd95Mm, indices), pick(b.hd95Mm, indices), groups, false, resamples)}};
    };
    std::vector<int> all;
    QMap<QString, std::vector<int>> byProfile;
    for (int i = 0; i < items.size(); ++i) {
        all.push_back(i);
        byProfile[items[i].profile].push_back(i);
    }
    QJsonObject report = one(all);
    QJsonObject profiles;
    for (auto it = byProfile.begin(); it != byProfile.end(); ++it)
        profiles[it.key()] = one(it.value());
    report[QStringLiteral("byProfile")] = profiles;
    report[QStringLiteral("better")] = report.value(QStringLiteral("dice")).toObject().value(QStringLiteral("better"));
    return report;
}

std::optional<std::vector<FrameGrade>> classifierPass(LoadedModel model, const QList<DatasetItem>& items, const EvaluationOptions& options,
                                                      const jobs::Progress& progress, QString* device, QString* error)
{
    auto grader = Grader::create(std::move(model), options.inference, error);
    if (!grader)
        return std::nullopt;
    *device = grader->device().describe();
    return gradeItems(*grader, items, progress, error);
}

QJsonObject compareClassifiers(const std::vector<FrameGrade>& a, const std::vector<FrameGrade>& b, const QList<DatasetItem>& items,
                               bool binary, int resamples)
{
    std::vector<int> both;
    for (int i = 0; i < items.size(); ++i)
        if (!a[size_t(i)].probabilities.empty() && !b[size_t(i)].probabilities.empty())
            both.push_back(i);
    auto level = [&](const std::vector<int>& labels, const std::vector<std::vector<double>>& pa,
                     const std::vector<std::vector<double>>& pb, const std::vector<int>& groups) {
        if (binary) {
            std::vector<double> sa, sb;
            for (size_t k = 0; k < labels.size(); ++k) {
                sa.push_back(pa[k].size() > 1 ? pa[k][1] : 0.0);
                sb.push_back(pb[k].size() > 1 ? pb[k][1] : 0.0);
            }
            QJsonObject o = delong(labels, sa, sb);
            o[QStringLiteral("metric")] = QStringLiteral("auc");
            return o;
        }
        std::vector<double> ca, cb;
        auto argmax = [](const std::vector<double>& p) { return int(std::max_element(p.begin(), p.end()) - p.begin()); };
        for (size_t k = 0; k < labels.size(); ++k) {
            ca.push_back(argmax(pa[k]) == labels[k] ? 1.0 : 0.0);
            cb.push_back(argmax(pb[k]) == labels[k] ? 1.0 : 0.0);
        }
        QJsonObject o = paired(ca, cb, groups, true, resamples);
        o[QStringLiteral("metric")] = QStringLiteral("accuracy");
        return o;
    };
    auto one = [&](const std::vector<int>& indices) {
        QList<DatasetItem> sub;
        std::vector<int> labels;
        std::vector<std::vector<double>> pa, pb;
        for (int i : indices) {
            sub << items[i];
            labels.push_back(labelOf(items[i], binary));
            pa.push_back(a[size_t(i)].probabilities);
            pb.push_back(b[size_t(i)].probabilities);
        }
        QJsonObject o{{QStringLiteral("frames"), level(labels, pa, pb, groupIds(sub, false))}};
        const WristCases wa = wristCases(items, indices, a, binary), wb = wristCases(items, indices, b, binary);
        o[QStringLiteral("wrists")] = level(wa.labels, wa.probabilities, wb.probabilities, wa.groups);
        return o;
    };
    QJsonObject report = one(both);
    QMap<QString, std::vector<int>> byProfile;
    for (int i : both)
        byProfile[items[i].profile].push_back(i);
    QJsonObject profiles;
    for (auto it = byProfile.begin(); it != byProfile.end(); ++it)
        profiles[it.key()] = one(it.value());
    report[QStringLiteral("byProfile")] = profiles;
    report[QStringLiteral("framesCompared")] = int(both.size());
    report[QStringLiteral("framesWithoutNerve")] = int(items.size() - both.size());
    report[QStringLiteral("better")] = report.value(QStringLiteral("frames")).toObject().value(QStringLiteral("better"));
    return report;
}

} // namespace

QJsonObject compareModels(LoadedModel a, LoadedModel b, const QString& datasetDir, const EvaluationOptions& options,
                          const jobs::Progress& progress, QString* error)
{
    const ModelCard cardA = a.card, cardB = b.card;
    if (cardA.task != cardB.task) {
        *error = QCoreApplication::translate("Evaluation", "%1 is a %2 model and %3 a %4 model: only models of one task can be compared")
                     .arg(cardA.name, cardA.task, cardB.name, cardB.task);
        return {};
    }
    if (options.view.isEmpty() && defaultViewFor(cardA.task, cardA.architecture) != defaultViewFor(cardB.task, cardB.architecture)) {
        *error = QCoreApplication::translate("Evaluation", "%1 reads the %2 view and %3 the %4 view: choose one with --view")
                     .arg(cardA.name, defaultViewFor(cardA.task, cardA.architecture), cardB.name,
                          defaultViewFor(cardB.task, cardB.architecture));
        return {};
    }
    DatasetManifest manifest;
    if (!readDatasetManifest(datasetDir, &manifest, error))
        return {};
    const auto selected = selectEvaluationItems(manifest, cardA, options, error);
    if (!selected)
        return {};
    const QList<DatasetItem>& items = selected->items;
    QJsonObject report;
    QString device;
    if (cardA.task == QLatin1String("segmentation")) {
        const auto passA = segmentationPass(std::move(a), items, options, part(progress, 0, 0.5), &device, error);
        if (!passA)
            return {};
        const auto passB = segmentationPass(std::move(b), items, options, part(progress, 0.5, 1), &device, error);
        if (!passB)
            return {};
        report = compareSegmentation(*passA, *passB, items, options.bootstrapResamples);
    } else {
        const auto gradesA = classifierPass(std::move(a), items, options, part(progress, 0, 0.5), &device, error);
        if (!gradesA)
            return {};
        const auto gradesB = classifierPass(std::move(b), items, options, part(progress, 0.5, 1), &device, error);
        if (!gradesB)
            return {};
        report = compareClassifiers(*gradesA, *gradesB, items, cardA.task == QLatin1String("cts-binary"), options.bootstrapResamples);
        if (report.value(QStringLiteral("framesCompared")).toInt() == 0) {
            *error = QCoreApplication::translate("Evaluation", "the nerve was found in none of the %1 frames, so none could be graded")
                         .arg(items.size());
            return {};
        }
    }
    report[QStringLiteral("modelA")] = label(cardA);
    report[QStringLiteral("modelB")] = label(cardB);
    report[QStringLiteral("task")] = cardA.task;
    describeEvaluation(&report, manifest, *selected, options, device);
    return report;
}

} // namespace ns::inference
