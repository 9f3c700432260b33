#include "inference/Evaluation.h"

#include "core/media/Calibration.h"

#include "core/metrics/BinaryEvaluation.h"
#include "core/metrics/Classification.h"
#include "core/metrics/PixelRoc.h"
#include "core/metrics/SegmentationScore.h"
#include "inference/DatasetManifest.h"
#include "inference/Grader.h"
#include "inference/Segmenter.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <opencv2/imgcodecs.hpp>

namespace ns::inference {

namespace {

constexpr int kBatch = 8;

QImage readGrey(const QString& path) { return QImage(path).convertToFormat(QImage::Format_Grayscale8); }

std::vector<int> groupIds(const QList<DatasetItem>& items, bool perWrist)
{
    QHash<QString, int> ids;
    std::vector<int> out;
    for (const DatasetItem& it : items) {
        const QString key = perWrist ? it.patient + QLatin1Char('/') + it.wrist : it.patient;
        out.push_back(ids.contains(key) ? ids.value(key) : (ids[key] = int(ids.size())));
    }
    return out;
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
                                 QString* error)
{
    std::vector<metrics::SegmentationScore> scores;
    QMap<QString, std::vector<metrics::SegmentationScore>> byProfile;
    QMap<QString, QList<DatasetItem>> itemsByProfile;
    QMap<QString, metrics::PixelRocAccumulator> rocByProfile;
    metrics::PixelRocAccumulator roc(4096);
    for (int start = 0; start < items.size(); start += kBatch) {
        if (progress.isCancelled()) {
            *error = QCoreApplication::translate("Evaluation", "evaluation cancelled");
            return {};
        }
        const int end = std::min<int>(int(items.size()), start + kBatch);
        std::vector<QImage> frames;
        for (int i = start; i < end; ++i)
            frames.push_back(readGrey(items[i].imagePath));
        const auto results = seg.segment(frames, error);
        if (results.empty())
            return {};
        for (int i = start; i < end; ++i) {
            const DatasetItem& it = items[i];
            const cv::Mat reference = cv::imread(QFile::encodeName(it.maskPath).toStdString(), cv::IMREAD_GRAYSCALE);
            const auto& r = results[size_t(i - start)];
            if (const QString why = metrics::maskMismatch(r.nerve.mask, reference); !why.isEmpty()) {
                *error = QCoreApplication::translate("Evaluation", "%1: %2").arg(it.maskPath, why);
                return {};
            }
            std::optional<metrics::PixelSpacing> spacing;
            if (it.pixelSpacingMm > 0)
                spacing = metrics::PixelSpacing{it.pixelSpacingMm, it.pixelSpacingMm};
            const auto s = metrics::scoreSegmentation(r.nerve.mask, reference, spacing);
            scores.push_back(s);
            byProfile[it.profile].push_back(s);
            itemsByProfile[it.profile] << it;
            roc.add(r.probability, reference);
            if (!rocByProfile.contains(it.profile))
                rocByProfile.insert(it.profile, metrics::PixelRocAccumulator(4096));
            rocByProfile[it.profile].add(r.probability, reference);
        }
        progress.report(double(end) / items.size(), QCoreApplication::translate("Evaluation", "scored %1 of %2 frames").arg(end).arg(items.size()));
    }
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
    // Wrists: the mean of their frames' probabilities, as the Grader aggregates a sweep.
    QMap<QString, std::vector<FrameGrade>> wristFrames;
    QMap<QString, int> wristLabel;
    QMap<QString, QString> wristPatient;
    for (int i = 0; i < items.size(); ++i) {
        const QString key = items[i].patient + QLatin1Char('/') + items[i].wrist;
        wristFrames[key].push_back(grades[size_t(i)]);
        wristLabel[key] = binary ? items[i].cts : items[i].severity;
        wristPatient[key] = items[i].patient;
    }
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
    std::vector<int> frameLabels;
    std::vector<std::vector<double>> frameProbs;
    for (int i = 0; i < items.size(); ++i) {
        frameLabels.push_back(binary ? items[i].cts : items[i].severity);
        frameProbs.push_back(grades[size_t(i)].probabilities);
    }
    o[QStringLiteral("frames")] = one(frameLabels, frameProbs, groupIds(items, false));
    std::vector<int> wristLabels, wristGroups;
    std::vector<std::vector<double>> wristProbs;
    QHash<QString, int> patientIds;
    for (auto it = wristFrames.begin(); it != wristFrames.end(); ++it) {
        wristLabels.push_back(wristLabel[it.key()]);
        wristProbs.push_back(aggregateWrist(it.value()).probabilities);
        const QString p = wristPatient[it.key()];
        wristGroups.push_back(patientIds.contains(p) ? patientIds.value(p) : (patientIds[p] = int(patientIds.size())));
    }
    o[QStringLiteral("wrists")] = one(wristLabels, wristProbs, wristGroups);
    return o;
}

QJsonObject evaluateClassifier(Grader& grader, const QList<DatasetItem>& items, int resamples, const jobs::Progress& progress,
                               QString* error)
{
    const bool binary = grader.card().task == QLatin1String("cts-binary");
    std::vector<FrameGrade> grades;
    for (int start = 0, end = 0; start < items.size(); start = end) {
        if (progress.isCancelled()) {
            *error = QCoreApplication::translate("Evaluation", "evaluation cancelled");
            return {};
        }
        // One call per run of equal pixel size: a call has one calibration.
        end = start + 1;
        while (end < items.size() && end - start < kBatch && items[end].pixelSpacingMm == items[start].pixelSpacingMm)
            ++end;
        std::vector<QImage> frames;
        for (int i = start; i < end; ++i)
            frames.push_back(readGrey(items[i].imagePath));
        media::Calibration calibration;
        if (items[start].pixelSpacingMm > 0)
            calibration.setPixelSpacingMm(items[start].pixelSpacingMm, items[start].pixelSpacingMm);
        auto part = grader.grade(frames, calibration, error);
        if (part.empty())
            return {};
        grades.insert(grades.end(), part.begin(), part.end());
        progress.report(double(end) / items.size(), QCoreApplication::translate("Evaluation", "graded %1 of %2 frames").arg(end).arg(items.size()));
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
                          const jobs::Progress& progress, QString* error)
{
    DatasetManifest manifest;
    if (!readDatasetManifest(datasetDir, &manifest, error))
        return {};
    const ModelCard card = model.card;
    const QString view = options.view.isEmpty() ? defaultViewFor(card.task, card.architecture) : options.view;
    QList<DatasetItem> items;
    QStringList profiles;
    for (const DatasetItem& it : manifest.items) {
        if (options.split != QLatin1String("all") && it.split != options.split)
            continue;
        if (it.view != view || (!options.profiles.isEmpty() && !options.profiles.contains(it.profile)))
            continue;
        if (card.task == QLatin1String("segmentation") && it.maskPath.isEmpty())
            continue;
        items << it;
        if (!profiles.contains(it.profile))
            profiles << it.profile;
    }
    if (items.isEmpty()) {
        *error = QCoreApplication::translate("Evaluation", "%1 has no %2-split frames of the %3 view to evaluate %4 on")
                     .arg(datasetDir, options.split, view, card.name);
        return {};
    }
    QJsonObject report;
    QString device;
    if (card.task == QLatin1String("segmentation")) {
        auto seg = Segmenter::create(std::move(model), options.inference, error);
        if (!seg)
            return {};
        device = seg->device().describe();
        report = evaluateSegmentation(*seg, items, options.bootstrapResamples, progress, error);
    } else {
        auto grader = Grader::create(std::move(model), options.inference, error);
        if (!grader)
            return {};
        device = grader->device().describe();
        report = evaluateClassifier(*grader, items, options.bootstrapResamples, progress, error);
    }
    if (report.isEmpty())
        return {};
    QSet<QString> patients;
    for (const DatasetItem& it : items)
        patients.insert(it.patient);
    report[QStringLiteral("model")] = card.name;
    report[QStringLiteral("modelVersion")] = card.version;
    report[QStringLiteral("task")] = card.task;
    report[QStringLiteral("dataset")] = manifest.dir;
    report[QStringLiteral("split")] = options.split;
    report[QStringLiteral("view")] = view;
    report[QStringLiteral("profiles")] = QJsonArray::fromStringList(profiles);
    report[QStringLiteral("frameCount")] = int(items.size());
    report[QStringLiteral("patients")] = int(patients.size());
    report[QStringLiteral("device")] = device;
    return report;
}

} // namespace ns::inference
