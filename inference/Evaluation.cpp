#include "inference/Evaluation.h"

#include "core/metrics/BinaryEvaluation.h"
#include "core/metrics/Classification.h"
#include "core/metrics/PixelRoc.h"
#include "core/metrics/SegmentationScore.h"
#include "inference/EvaluationFrames.h"
#include "inference/EvaluationPass.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

namespace ns::inference {

namespace {

FrameOutcome outcomeOf(const DatasetItem& item)
{
    FrameOutcome o;
    o.name = item.name;
    o.patient = item.patient;
    o.wrist = item.wrist;
    o.profile = item.profile;
    return o;
}

QJsonObject segmentationReport(const QList<DatasetItem>& items, const std::vector<metrics::SegmentationScore>& scores,
                               const metrics::PixelRocAccumulator& roc, int resamples)
{
    metrics::BootstrapOptions b;
    b.resamples = resamples;
    b.groups = groupIds(items, false);
    QJsonObject o = metrics::summarizeSegmentation(scores, b).toJson();
    o[QStringLiteral("pixelAuc")] = roc.auc();
    o[QStringLiteral("pixelAucErrorBound")] = roc.aucErrorBound();
    return o;
}

QJsonObject evaluateSegmentation(Segmenter& seg, const QList<DatasetItem>& items, int resamples, const jobs::Progress& progress,
                                 std::vector<FrameOutcome>* outcomes, QString* error)
{
    if (outcomes) {
        outcomes->clear();
        for (const DatasetItem& it : items)
            outcomes->push_back(outcomeOf(it));
    }
    std::vector<metrics::SegmentationScore> scores;
    QMap<QString, std::vector<metrics::SegmentationScore>> byProfile;
    QMap<QString, QList<DatasetItem>> itemsByProfile;
    QMap<QString, metrics::PixelRocAccumulator> rocByProfile;
    metrics::PixelRocAccumulator roc(4096);
    const bool ok = segmentItems(seg, items, progress, [&](int i, const SegmentationResult& r, const cv::Mat& reference) {
        const DatasetItem& it = items[i];
        std::optional<metrics::PixelSpacing> spacing;
        if (it.pixelSpacingMm > 0)
            spacing = metrics::PixelSpacing{it.pixelSpacingMm, it.pixelSpacingMm};
        const auto s = metrics::scoreSegmentation(r.nerve.mask, reference, spacing);
        scores.push_back(s);
        if (outcomes)
            (*outcomes)[size_t(i)].score = s;
        byProfile[it.profile].push_back(s);
        itemsByProfile[it.profile] << it;
        roc.add(r.probability, reference);
        if (!rocByProfile.contains(it.profile))
            rocByProfile.insert(it.profile, metrics::PixelRocAccumulator(4096));
        rocByProfile[it.profile].add(r.probability, reference);
    }, error);
    if (!ok)
        return {};
    QJsonObject report = segmentationReport(items, scores, roc, resamples);
    QJsonObject profiles;
    for (auto it = byProfile.begin(); it != byProfile.end(); ++it)
        profiles[it.key()] = segmentationReport(itemsByProfile[it.key()], it.value(), rocByProfile[it.key()], resamples);
    report[QStringLiteral("byProfile")] = profiles;
    return report;
}

// Per-frame probabilities -> the report of one set of items (frames and wrists).
QJsonObject classificationReport(const ModelCard& card, const QList<DatasetItem>& items, const std::vector<FrameGrade>& grades,
                                 bool binary, int resamples)
{
    QJsonObject o;
    auto one = [&](const std::vector<int>& labels, const std::vector<std::vector<double>>& probs, const std::vector<int>& groups) {
        QJsonObject r;
        r[QStringLiteral("cases")] = int(labels.size());
        if (binary) {
            std::vector<double> scores;
            for (const auto& p : probs)
                scores.push_back(p.size() > 1 ? p[1] : 0.0);
            metrics::BootstrapOptions b;
            b.resamples = resamples;
            b.groups = groups;
            r = metrics::evaluateBinary(labels, scores, 0.5, b).toJson(false);
            r[QStringLiteral("cases")] = int(labels.size());
        } else {
            metrics::ConfusionMatrix m(int(card.classes.size()));
            for (size_t i = 0; i < labels.size(); ++i)
                m.add(labels[i], int(std::max_element(probs[i].begin(), probs[i].end()) - probs[i].begin()));
            r[QStringLiteral("report")] = metrics::toJson(m.report());
            r[QStringLiteral("accuracy")] = m.report().accuracy;
            QJsonArray rows;
            for (int a = 0; a < m.classes(); ++a) {
                QJsonArray row;
                for (int b = 0; b < m.classes(); ++b)
                    row.append(double(m.count(a, b)));
                rows.append(row);
            }
            r[QStringLiteral("confusion")] = rows;
        }
        return r;
    };
    std::vector<int> frameLabels, all;
    std::vector<std::vector<double>> frameProbs;
    for (int i = 0; i < items.size(); ++i) {
        frameLabels.push_back(labelOf(items[i], binary));
        frameProbs.push_back(grades[size_t(i)].probabilities);
        all.push_back(i);
    }
    o[QStringLiteral("frames")] = one(frameLabels, frameProbs, groupIds(items, false));
    const WristCases wrists = wristCases(items, all, grades, binary);
    o[QStringLiteral("wrists")] = one(wrists.labels, wrists.probabilities, wrists.groups);
    return o;
}

QJsonObject evaluateClassifier(Grader& grader, const QList<DatasetItem>& items, int resamples, const jobs::Progress& progress,
                               std::vector<FrameOutcome>* outcomes, QString* error)
{
    const bool binary = grader.card().task == QLatin1String("cts-binary");
    const auto graded = gradeItems(grader, items, progress, error);
    if (!graded)
        return {};
    const std::vector<FrameGrade>& grades = *graded;
    if (outcomes) {
        outcomes->clear();
        for (int i = 0; i < items.size(); ++i) {
            FrameOutcome o = outcomeOf(items[i]);
            o.truth = labelOf(items[i], binary);
            o.probabilities = grades[size_t(i)].probabilities;
            outcomes->push_back(std::move(o));
        }
    }
    // Frames in which the locator found no nerve have no grade (a crop model cannot look):
    // they are counted, not scored.
    QList<DatasetItem> gradedItems;
    std::vector<FrameGrade> gradedFrames;
    QMap<QString, int> ungradedByProfile;
    for (int i = 0; i < items.size(); ++i) {
        if (grades[size_t(i)].probabilities.empty()) {
            ++ungradedByProfile[items[i].profile];
            continue;
        }
        gradedItems << items[i];
        gradedFrames.push_back(grades[size_t(i)]);
    }
    if (gradedItems.isEmpty()) {
        *error = QCoreApplication::translate("Evaluation", "the nerve was found in none of the %1 frames, so none could be graded").arg(items.size());
        return {};
    }
    QJsonObject report = classificationReport(grader.card(), gradedItems, gradedFrames, binary, resamples);
    int ungraded = 0;
    for (int n : ungradedByProfile)
        ungraded += n;
    report[QStringLiteral("framesWithoutNerve")] = ungraded;
    if (const ModelCard* locator = grader.locatorCard())
        report[QStringLiteral("nerveLocator")] = QStringLiteral("%1 %2").arg(locator->name, locator->version);
    QMap<QString, QList<DatasetItem>> itemsByProfile;
    QMap<QString, std::vector<FrameGrade>> gradesByProfile;
    for (int i = 0; i < gradedItems.size(); ++i) {
        itemsByProfile[gradedItems[i].profile] << gradedItems[i];
        gradesByProfile[gradedItems[i].profile].push_back(gradedFrames[size_t(i)]);
    }
    QJsonObject profiles;
    for (auto it = itemsByProfile.begin(); it != itemsByProfile.end(); ++it)
        profiles[it.key()] = classificationReport(grader.card(), it.value(), gradesByProfile[it.key()], binary, resamples);
    report[QStringLiteral("byProfile")] = profiles;
    return report;
}

} // namespace

QJsonObject evaluateModel(LoadedModel model, const QString& datasetDir, const EvaluationOptions& options,
                          const jobs::Progress& progress, QString* error, std::vector<FrameOutcome>* outcomes)
{
    DatasetManifest manifest;
    if (!readDatasetManifest(datasetDir, &manifest, error))
        return {};
    const ModelCard card = model.card;
    const auto selected = selectEvaluationItems(manifest, card, options, error);
    if (!selected)
        return {};
    const QList<DatasetItem>& items = selected->items;
    QJsonObject report;
    QString device;
    if (card.task == QLatin1String("segmentation")) {
        auto seg = Segmenter::create(std::move(model), options.inference, error);
        if (!seg)
            return {};
        device = seg->device().describe();
        report = evaluateSegmentation(*seg, items, options.bootstrapResamples, progress, outcomes, error);
    } else {
        auto grader = Grader::create(std::move(model), options.inference, error);
        if (!grader)
            return {};
        device = grader->device().describe();
        report = evaluateClassifier(*grader, items, options.bootstrapResamples, progress, outcomes, error);
    }
    if (report.isEmpty())
        return {};
    report[QStringLiteral("model")] = card.name;
    report[QStringLiteral("modelVersion")] = card.version;
    report[QStringLiteral("task")] = card.task;
    describeEvaluation(&report, manifest, *selected, options, device);
    return report;
}

} // namespace ns::inference
