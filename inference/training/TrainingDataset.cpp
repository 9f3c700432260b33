#include "inference/training/TrainingDataset.h"

#include "inference/FramePreprocess.h"
#include "inference/NerveCrop.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <opencv2/imgproc.hpp>

namespace ns::training {

namespace {

bool failWith(QString* error, const QString& reason)
{
    if (error)
        *error = reason;
    return false;
}

// The mask is resized like the image (area averaging) and thresholded at half, so its
// outline matches the resized image's to within a pixel.
cv::Mat maskToTarget(const QImage& mask, cv::Size inputSize)
{
    const cv::Mat m = ns::inference::toModelInput(ns::inference::frameToGrey8(mask), inputSize);
    cv::Mat out;
    cv::threshold(m, out, 0.5, 1.0, cv::THRESH_BINARY);
    return out;
}

// A manifest row's view; rows of an export without a view column match every view.
bool viewMatches(const QJsonObject& row, const QString& view)
{
    const QString v = row.value(QStringLiteral("view")).toString();
    return v.isEmpty() || v == view;
}
} // namespace

QString DatasetSummary::describe(const QString& view) const
{
    QStringList splits;
    for (const QString& s : {QStringLiteral("train"), QStringLiteral("val"), QStringLiteral("test")})
        splits << QCoreApplication::translate("TrainingDataset", "%1 %2 patient(s) / %3 frame(s)").arg(s).arg(patientsPerSplit.value(s)).arg(framesPerSplit.value(s));
    return QCoreApplication::translate("TrainingDataset", "Dataset folder %1 (task %2, generator seed %3): %4 patient(s) split by patient, scanner profile(s) %5; "
              "%6 view: %7.")
        .arg(folder, task, seed.isEmpty() ? QCoreApplication::translate("TrainingDataset", "unknown") : seed)
        .arg(patients)
        .arg(profiles.join(QStringLiteral(", ")), view, splits.join(QStringLiteral(", ")));
}

bool TrainingDataset::load(const QString& dir, const QString& split, TrainingTask task, const QString& view,
                           cv::Size inputSize, const ns::jobs::Progress& progress, QString* error, double cropMm)
{
    m_samples.clear();
    m_skippedNoNerve = 0;
    m_summary = {};
    const QDir root(dir);
    if (!root.exists())
        return failWith(error, QCoreApplication::translate("TrainingDataset", "data folder %1 does not exist").arg(QDir::toNativeSeparators(dir)));
    QFile f(root.filePath(QStringLiteral("manifest.json")));
    if (!f.open(QIODevice::ReadOnly))
        return failWith(error, QCoreApplication::translate("TrainingDataset", "%1 has no manifest.json (make one with: nervescope-cli dataset synth)")
                                   .arg(QDir::toNativeSeparators(dir)));
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parse);
    if (!doc.isObject())
        return failWith(error, QCoreApplication::translate("TrainingDataset", "%1 is not valid JSON: %2").arg(QDir::toNativeSeparators(f.fileName()), parse.errorString()));
    const QJsonObject manifest = doc.object();
    const QJsonArray items = manifest.value(QStringLiteral("items")).toArray();

    m_summary.folder = QFileInfo(dir).absoluteFilePath();
    m_summary.task = manifest.value(QStringLiteral("task")).toString();
    m_summary.seed = manifest.value(QStringLiteral("seed")).toVariant().toString();
    QSet<QString> allPatients, profiles;
    QMap<QString, QSet<QString>> patientsPerSplit;
    QList<QJsonObject> wanted;
    for (const QJsonValue& v : items) {
        const QJsonObject row = v.toObject();
        const QString patient = row.value(QStringLiteral("patient")).toString();
        const QString rowSplit = row.value(QStringLiteral("split")).toString();
        allPatients.insert(patient);
        if (!row.value(QStringLiteral("profile")).toString().isEmpty())
            profiles.insert(row.value(QStringLiteral("profile")).toString());
        if (!viewMatches(row, view))
            continue;
        patientsPerSplit[rowSplit].insert(patient);
        ++m_summary.framesPerSplit[rowSplit];
        if (rowSplit == split)
            wanted << row;
    }
    m_summary.patients = int(allPatients.size());
    m_summary.profiles = QStringList(profiles.begin(), profiles.end());
    m_summary.profiles.sort();
    for (auto it = patientsPerSplit.begin(); it != patientsPerSplit.end(); ++it)
        m_summary.patientsPerSplit.insert(it.key(), int(it.value().size()));
    if (wanted.isEmpty())
        return failWith(error, QCoreApplication::translate("TrainingDataset", "the %1 split of %2 has no %3-view frames (%4 frame(s) in the manifest)")
                                   .arg(split, QDir::toNativeSeparators(dir), view)
                                   .arg(items.size()));

    m_samples.reserve(size_t(wanted.size()));
    for (int i = 0; i < wanted.size(); ++i) {
        if (progress.isCancelled())
            return failWith(error, QCoreApplication::translate("TrainingDataset", "cancelled"));
        const QJsonObject& row = wanted[i];
        TrainingSample s;
        s.name = row.value(QStringLiteral("name")).toString();
        s.patient = row.value(QStringLiteral("patient")).toString();
        const QString imagePath = root.filePath(row.value(QStringLiteral("image")).toString());
        const QImage image(imagePath);
        if (image.isNull())
            return failWith(error, QCoreApplication::translate("TrainingDataset", "cannot read image %1").arg(QDir::toNativeSeparators(imagePath)));
        s.imagePath = QFileInfo(imagePath).absoluteFilePath();
        if (cropMm > 0) {
            const QString maskPath = root.filePath(row.value(QStringLiteral("mask")).toString());
            const QImage mask(maskPath);
            if (mask.isNull())
                return failWith(error, QCoreApplication::translate("TrainingDataset", "a nerve-centred crop needs the nerve's mask: cannot read %1")
                                           .arg(QDir::toNativeSeparators(maskPath)));
            const double mmPerPx = row.value(QStringLiteral("pixelSpacingMm")).toDouble(0);
            if (!(mmPerPx > 0))
                return failWith(error, QCoreApplication::translate("TrainingDataset", "a crop of %1 mm needs the pixel size: manifest row %2 has no pixelSpacingMm")
                                           .arg(cropMm).arg(s.name));
            const auto centre = ns::inference::nerveCentre(ns::inference::frameToGrey8(mask));
            if (!centre) {
                ++m_skippedNoNerve;
                continue;
            }
            s.image = ns::inference::toCroppedModelInput(ns::inference::frameToGrey8(image),
                                                         ns::inference::nerveCropRect(*centre, mmPerPx, cropMm), inputSize);
        } else {
            s.image = ns::inference::toModelInput(ns::inference::frameToGrey8(image), inputSize);
        }
        switch (task) {
        case TrainingTask::Segmentation: {
            const QString maskPath = root.filePath(row.value(QStringLiteral("mask")).toString());
            const QImage mask(maskPath);
            if (mask.isNull())
                return failWith(error, QCoreApplication::translate("TrainingDataset", "cannot read mask %1").arg(QDir::toNativeSeparators(maskPath)));
            s.mask = maskToTarget(mask, inputSize);
            break;
        }
        case TrainingTask::CtsBinary:
            if (!row.contains(QStringLiteral("cts")))
                return failWith(error, QCoreApplication::translate("TrainingDataset", "manifest row %1 has no \"cts\" label").arg(s.name));
            s.label = row.value(QStringLiteral("cts")).toInt() != 0 ? 1 : 0;
            break;
        case TrainingTask::CtsSeverity:
            s.label = row.value(QStringLiteral("gradeIndex")).toInt(-1);
            if (s.label < 0 || s.label > 3)
                return failWith(error, QCoreApplication::translate("TrainingDataset", "manifest row %1 has no grade index 0-3").arg(s.name));
            break;
        }
        m_samples.push_back(std::move(s));
        if (i % 16 == 0)
            progress.report(double(i) / wanted.size(), QCoreApplication::translate("TrainingDataset", "reading %1 frames").arg(split));
    }
    if (m_samples.empty())
        return failWith(error, QCoreApplication::translate("TrainingDataset", "the %1 split of %2 has no frame with a nerve in its mask to crop around")
                                   .arg(split, QDir::toNativeSeparators(dir)));
    return true;
}

} // namespace ns::training
