#include "inference/EvaluationPass.h"

#include "core/media/Calibration.h"
#include "core/metrics/SegmentationScore.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <opencv2/imgcodecs.hpp>

namespace ns::inference {

namespace {

constexpr int kBatch = 8;

QImage readGrey(const QString& path) { return QImage(path).convertToFormat(QImage::Format_Grayscale8); }

QString cancelled() { return QCoreApplication::translate("Evaluation", "evaluation cancelled"); }

} // namespace

std::optional<EvaluationItems> selectEvaluationItems(const DatasetManifest& manifest, const ModelCard& card,
                                                     const EvaluationOptions& options, QString* error)
{
    EvaluationItems out;
    out.view = options.view.isEmpty() ? defaultViewFor(card.task, card.architecture) : options.view;
    const bool segmentation = card.task == QLatin1String("segmentation");
    const bool binary = card.task == QLatin1String("cts-binary");
    for (const DatasetItem& it : manifest.items) {
        if (options.split != QLatin1String("all") && it.split != options.split)
            continue;
        if (!inView(it, out.view) || (!options.profiles.isEmpty() && !options.profiles.contains(it.profile)))
            continue;
        if (segmentation && it.maskPath.isEmpty())
            continue;
        if (!segmentation && labelOf(it, binary) < 0) {
            ++out.withoutLabel;
            continue;
        }
        out.items << it;
        if (!out.profiles.contains(it.profile))
            out.profiles << it.profile;
    }
    if (out.items.isEmpty() && out.withoutLabel > 0) {
        *error = QCoreApplication::translate("Evaluation", "none of the %1 %2-split frames of the %3 view in %4 has a %5 to score %6 against")
                     .arg(out.withoutLabel).arg(options.split, out.view, manifest.dir,
                          binary ? QCoreApplication::translate("Evaluation", "CTS label") : QCoreApplication::translate("Evaluation", "severity grade"),
                          card.name);
        return std::nullopt;
    }
    if (out.items.isEmpty()) {
        *error = QCoreApplication::translate("Evaluation", "%1 has no %2-split frames of the %3 view to evaluate %4 on")
                     .arg(manifest.dir, options.split, out.view, card.name);
        return std::nullopt;
    }
    return out;
}

void describeEvaluation(QJsonObject* report, const DatasetManifest& manifest, const EvaluationItems& selected,
                        const EvaluationOptions& options, const QString& device)
{
    QSet<QString> patients;
    for (const DatasetItem& it : selected.items)
        patients.insert(it.patient);
    QJsonObject& r = *report;
    r[QStringLiteral("dataset")] = manifest.dir;
    r[QStringLiteral("split")] = options.split;
    r[QStringLiteral("view")] = selected.view;
    r[QStringLiteral("profiles")] = QJsonArray::fromStringList(selected.profiles);
    r[QStringLiteral("frameCount")] = int(selected.items.size());
    r[QStringLiteral("patients")] = int(patients.size());
    r[QStringLiteral("device")] = device;
    if (selected.withoutLabel > 0)
        r[QStringLiteral("framesWithoutLabel")] = selected.withoutLabel;
}

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

WristCases wristCases(const QList<DatasetItem>& items, const std::vector<int>& indices, const std::vector<FrameGrade>& grades,
                      bool binary)
{
    QMap<QString, std::vector<FrameGrade>> frames;
    QMap<QString, int> first;
    for (int i : indices) {
        const QString key = items[i].patient + QLatin1Char('/') + items[i].wrist;
        frames[key].push_back(grades[size_t(i)]);
        first.insert(key, first.value(key, i));
    }
    WristCases out;
    QList<DatasetItem> firstOfWrist;
    for (auto it = frames.begin(); it != frames.end(); ++it) {
        const DatasetItem& item = items[first.value(it.key())];
        firstOfWrist << item;
        out.labels.push_back(labelOf(item, binary));
        out.probabilities.push_back(aggregateWrist(it.value()).probabilities);
    }
    out.groups = groupIds(firstOfWrist, false);
    return out;
}

bool segmentItems(Segmenter& segmenter, const QList<DatasetItem>& items, const jobs::Progress& progress,
                  const SegmentedFrame& onFrame, QString* error)
{
    for (int start = 0; start < items.size(); start += kBatch) {
        if (progress.isCancelled()) {
            *error = cancelled();
            return false;
        }
        const int end = std::min<int>(int(items.size()), start + kBatch);
        std::vector<QImage> frames;
        for (int i = start; i < end; ++i)
            frames.push_back(readGrey(items[i].imagePath));
        const auto results = segmenter.segment(frames, error);
        if (results.empty())
            return false;
        for (int i = start; i < end; ++i) {
            const DatasetItem& it = items[i];
            const cv::Mat reference = cv::imread(QFile::encodeName(it.maskPath).toStdString(), cv::IMREAD_GRAYSCALE);
            const SegmentationResult& r = results[size_t(i - start)];
            if (const QString why = metrics::maskMismatch(r.nerve.mask, reference); !why.isEmpty()) {
                *error = QCoreApplication::translate("Evaluation", "%1: %2").arg(it.maskPath, why);
                return false;
            }
            onFrame(i, r, reference);
        }
        progress.report(double(end) / items.size(),
                        QCoreApplication::translate("Evaluation", "scored %1 of %2 frames").arg(end).arg(items.size()));
    }
    return true;
}

std::optional<std::vector<FrameGrade>> gradeItems(Grader& grader, const QList<DatasetItem>& items,
                                                  const jobs::Progress& progress, QString* error)
{
    std::vector<FrameGrade> grades;
    for (int start = 0, end = 0; start < items.size(); start = end) {
        if (progress.isCancelled()) {
            *error = cancelled();
            return std::nullopt;
        }
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
            return std::nullopt;
        grades.insert(grades.end(), part.begin(), part.end());
        progress.report(double(end) / items.size(),
                        QCoreApplication::translate("Evaluation", "graded %1 of %2 frames").arg(end).arg(items.size()));
    }
    return grades;
}

} // namespace ns::inference
