#include "inference/training/TrainingDataset.h"

#include "inference/DatasetManifest.h"
#include "inference/FramePreprocess.h"
#include "inference/NerveCrop.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
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

// The item's mask image; null with *why when the row has none or the file cannot be read.
QImage readMask(const ns::inference::DatasetItem& item, QString* why)
{
    if (item.maskPath.isEmpty()) {
        *why = QCoreApplication::translate("TrainingDataset", "manifest row %1 has no mask").arg(item.name);
        return {};
    }
    QImage mask(item.maskPath);
    if (mask.isNull())
        *why = QCoreApplication::translate("TrainingDataset", "cannot read mask %1").arg(QDir::toNativeSeparators(item.maskPath));
    return mask;
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
    m_skippedNoLabel = 0;
    m_summary = {};
    ns::inference::DatasetManifest manifest;
    if (!ns::inference::readDatasetManifest(dir, &manifest, error))
        return false;

    m_summary.folder = manifest.dir;
    m_summary.task = manifest.task;
    m_summary.seed = manifest.seed;
    QSet<QString> allPatients, profiles;
    QMap<QString, QSet<QString>> patientsPerSplit;
    QList<ns::inference::DatasetItem> wanted;
    for (const ns::inference::DatasetItem& item : manifest.items) {
        allPatients.insert(item.patient);
        if (!item.profile.isEmpty())
            profiles.insert(item.profile);
        if (!ns::inference::inView(item, view))
            continue;
        patientsPerSplit[item.split].insert(item.patient);
        ++m_summary.framesPerSplit[item.split];
        if (item.split == split)
            wanted << item;
    }
    m_summary.patients = int(allPatients.size());
    m_summary.profiles = QStringList(profiles.begin(), profiles.end());
    m_summary.profiles.sort();
    for (auto it = patientsPerSplit.begin(); it != patientsPerSplit.end(); ++it)
        m_summary.patientsPerSplit.insert(it.key(), int(it.value().size()));
    if (wanted.isEmpty())
        return failWith(error, QCoreApplication::translate("TrainingDataset", "the %1 split of %2 has no %3-view frames (%4 frame(s) in the manifest)")
                                   .arg(split, QDir::toNativeSeparators(dir), view)
                                   .arg(manifest.items.size()));

    m_samples.reserve(size_t(wanted.size()));
    for (int i = 0; i < wanted.size(); ++i) {
        if (progress.isCancelled())
            return failWith(error, QCoreApplication::translate("TrainingDataset", "cancelled"));
        const ns::inference::DatasetItem& item = wanted[i];
        // A frame of a study nobody graded teaches a classifier nothing: left out, counted.
        if (task != TrainingTask::Segmentation && ns::inference::labelOf(item, task == TrainingTask::CtsBinary) < 0) {
            ++m_skippedNoLabel;
            continue;
        }
        TrainingSample s;
        s.name = item.name;
        s.patient = item.patient;
        s.imagePath = item.imagePath;
        const QImage image(item.imagePath);
        if (image.isNull())
            return failWith(error, QCoreApplication::translate("TrainingDataset", "cannot read image %1").arg(QDir::toNativeSeparators(item.imagePath)));
        if (cropMm > 0) {
            QString why;
            const QImage mask = readMask(item, &why);
            if (mask.isNull())
                return failWith(error, QCoreApplication::translate("TrainingDataset", "a nerve-centred crop needs the nerve's mask: %1").arg(why));
            if (!(item.pixelSpacingMm > 0))
                return failWith(error, QCoreApplication::translate("TrainingDataset", "a crop of %1 mm needs the pixel size: manifest row %2 has no pixelSpacingMm")
                                           .arg(cropMm).arg(s.name));
            const auto centre = ns::inference::nerveCentre(ns::inference::frameToGrey8(mask));
            if (!centre) {
                ++m_skippedNoNerve;
                continue;
            }
            s.image = ns::inference::toCroppedModelInput(ns::inference::frameToGrey8(image),
                                                         ns::inference::nerveCropRect(*centre, item.pixelSpacingMm, cropMm), inputSize);
        } else {
            s.image = ns::inference::toModelInput(ns::inference::frameToGrey8(image), inputSize);
        }
        switch (task) {
        case TrainingTask::Segmentation: {
            QString why;
            const QImage mask = readMask(item, &why);
            if (mask.isNull())
                return failWith(error, why);
            s.mask = maskToTarget(mask, inputSize);
            break;
        }
        case TrainingTask::CtsBinary:
            s.label = item.cts != 0 ? 1 : 0;
            break;
        case TrainingTask::CtsSeverity:
            s.label = item.severity;
            if (s.label > 3)
                return failWith(error, QCoreApplication::translate("TrainingDataset", "manifest row %1 has grade index %2, not 0-3").arg(s.name).arg(s.label));
            break;
        }
        m_samples.push_back(std::move(s));
        if (i % 16 == 0)
            progress.report(double(i) / wanted.size(), QCoreApplication::translate("TrainingDataset", "reading %1 frames").arg(split));
    }
    if (m_samples.empty() && m_skippedNoLabel > 0)
        return failWith(error, QCoreApplication::translate("TrainingDataset", "none of the %1 frame(s) of the %2 split of %3 has a %4: grade the studies first")
                                   .arg(m_skippedNoLabel).arg(split, QDir::toNativeSeparators(dir),
                                        task == TrainingTask::CtsBinary ? QCoreApplication::translate("TrainingDataset", "CTS label")
                                                                        : QCoreApplication::translate("TrainingDataset", "severity grade")));
    if (m_samples.empty())
        return failWith(error, QCoreApplication::translate("TrainingDataset", "the %1 split of %2 has no frame with a nerve in its mask to crop around")
                                   .arg(split, QDir::toNativeSeparators(dir)));
    return true;
}

} // namespace ns::training
