#include "inference/training/TrainingConfig.h"

#include "inference/models/ModelFactory.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <cmath>

namespace ns::training {

namespace {

bool isUNet(const QString& arch) { return arch == QLatin1String("sa-unet") || arch == QLatin1String("unet"); }

ns::models::ModelTask modelTaskFor(TrainingTask task)
{
    switch (task) {
    case TrainingTask::Segmentation: return ns::models::ModelTask::Segmentation;
    case TrainingTask::CtsBinary: return ns::models::ModelTask::BinaryClassification;
    case TrainingTask::CtsSeverity: return ns::models::ModelTask::SeverityGrading;
    }
    return ns::models::ModelTask::Segmentation;
}
} // namespace

QString taskName(TrainingTask task)
{
    switch (task) {
    case TrainingTask::Segmentation: return QStringLiteral("segmentation");
    case TrainingTask::CtsBinary: return QStringLiteral("cts-binary");
    case TrainingTask::CtsSeverity: return QStringLiteral("cts-severity");
    }
    return {};
}

bool parseTask(const QString& name, TrainingTask* out)
{
    for (TrainingTask t : {TrainingTask::Segmentation, TrainingTask::CtsBinary, TrainingTask::CtsSeverity})
        if (name == taskName(t)) {
            *out = t;
            return true;
        }
    return false;
}

QStringList taskClasses(TrainingTask task)
{
    switch (task) {
    case TrainingTask::Segmentation: return {QStringLiteral("nerve")};
    case TrainingTask::CtsBinary: return {QStringLiteral("no-cts"), QStringLiteral("cts")};
    case TrainingTask::CtsSeverity:
        return {QStringLiteral("normal"), QStringLiteral("mild"), QStringLiteral("moderate"), QStringLiteral("severe")};
    }
    return {};
}

QString defaultView(TrainingTask task, const QString& architecture)
{
    if (task == TrainingTask::CtsSeverity && architecture == QLatin1String("severity-longitudinal"))
        return QStringLiteral("longitudinal");
    return QStringLiteral("wrist");
}

QString TrainingConfig::modelName() const
{
    if (!name.isEmpty())
        return name;
    switch (task) {
    case TrainingTask::Segmentation: return architecture + QStringLiteral("-wrist");
    case TrainingTask::CtsBinary: return architecture + QStringLiteral("-cts");
    case TrainingTask::CtsSeverity: return architecture;
    }
    return architecture;
}

QString TrainingConfig::trainingView() const { return view.isEmpty() ? defaultView(task, architecture) : view; }

double TrainingConfig::cropMm() const
{
    if (task == TrainingTask::Segmentation)
        return 0;
    return nerveCropMm < 0 ? kDefaultNerveCropMm : nerveCropMm;
}

double TrainingConfig::learningRateAt(int epoch) const
{
    if (!cosineSchedule || epochs <= 1)
        return learningRate;
    const double t = double(std::clamp(epoch, 1, epochs) - 1) / double(epochs);
    return learningRate * 0.5 * (1.0 + std::cos(M_PI * t));
}

AugmentRanges TrainingConfig::augmentRanges() const { return augment ? *augment : augmentRangesFor(task); }

QJsonObject TrainingConfig::identity() const
{
    QJsonObject id{
        {QStringLiteral("nerveCropMm"), cropMm()},
        {QStringLiteral("task"), taskName(task)},
        {QStringLiteral("architecture"), architecture},
        {QStringLiteral("name"), modelName()},
        {QStringLiteral("activation"), activation},
        {QStringLiteral("view"), trainingView()},
        {QStringLiteral("batch"), batch},
        {QStringLiteral("learningRate"), learningRate},
        {QStringLiteral("seed"), QString::number(quint64(seed))},
        {QStringLiteral("inputWidth"), inputSize.width()},
        {QStringLiteral("inputHeight"), inputSize.height()},
        {QStringLiteral("data"), QFileInfo(dataDir).absoluteFilePath()},
    };
    // The schedule's length is the epoch cap, so a cosine run cannot resume with another.
    if (cosineSchedule)
        id.insert(QStringLiteral("schedule"), QStringLiteral("cosine %1").arg(epochs));
    if (dropout >= 0) // absent from runs begun before the option, which may still resume
        id.insert(QStringLiteral("dropout"), dropout);
    // Only when set, so the checkpoints of runs from scratch with default ranges still match.
    if (!baseModel.isEmpty())
        id.insert(QStringLiteral("base"), baseModel);
    if (augment) {
        const AugmentRanges& a = *augment;
        id.insert(QStringLiteral("augment"), QStringLiteral("shear %1 rot %2 scale %3-%4 shift %5 flip %6")
                                                 .arg(a.shearDeg).arg(a.rotationDeg).arg(a.scaleMin).arg(a.scaleMax)
                                                 .arg(a.translateFrac).arg(a.horizontalFlip ? 1 : 0));
    }
    return id;
}

QString validateConfig(const TrainingConfig& c)
{
    const std::string arch = c.architecture.toStdString();
    if (!ns::models::isKnownArchitecture(arch)) {
        QStringList names;
        for (const std::string& n : ns::models::architectureNames())
            names << QString::fromStdString(n);
        return QCoreApplication::translate("TrainingConfig", "unknown architecture \"%1\" (%2)").arg(c.architecture, names.join(QStringLiteral(", ")));
    }
    if (ns::models::taskOf(arch) != modelTaskFor(c.task))
        return QCoreApplication::translate("TrainingConfig", "architecture %1 does not do %2").arg(c.architecture, taskName(c.task));
    if (!c.activation.isEmpty()) {
        if (!isUNet(c.architecture))
            return QCoreApplication::translate("TrainingConfig", "--activation applies to the U-Nets only, not to %1").arg(c.architecture);
        if (!ns::models::activationFromString(c.activation.toStdString()))
            return QCoreApplication::translate("TrainingConfig", "unknown activation \"%1\" (relu, noisy_relu, noisy_hard_tanh, noisy_hard_sigmoid)").arg(c.activation);
    }
    const int w = c.inputSize.width(), h = c.inputSize.height();
    if (w < 32 || h < 32 || w > 1024 || h > 1024)
        return QCoreApplication::translate("TrainingConfig", "input size %1x%2 is outside 32x32 to 1024x1024").arg(w).arg(h);
    if (isUNet(c.architecture) && (w % 16 != 0 || h % 16 != 0))
        return QCoreApplication::translate("TrainingConfig", "the U-Nets pool four times: input size %1x%2 must be a multiple of 16").arg(w).arg(h);
    if (c.epochs < 1 || c.batch < 1 || c.patience < 1)
        return QCoreApplication::translate("TrainingConfig", "epochs, batch and patience must be at least 1");
    if (!(c.learningRate > 0 && c.learningRate < 1))
        return QCoreApplication::translate("TrainingConfig", "learning rate must be between 0 and 1");
    if (c.dropout >= 0 && isUNet(c.architecture))
        return QCoreApplication::translate("TrainingConfig", "--dropout applies to classifiers, not to %1").arg(c.architecture);
    if (c.dropout >= 1)
        return QCoreApplication::translate("TrainingConfig", "dropout must be below 1");
    if (c.task == TrainingTask::Segmentation && c.nerveCropMm > 0)
        return QCoreApplication::translate("TrainingConfig", "a nerve crop applies to classifiers only: segmentation needs the whole frame");
    if (c.cropMm() > 200)
        return QCoreApplication::translate("TrainingConfig", "a nerve crop of %1 mm is larger than any ultrasound field of view").arg(c.cropMm());
    if (c.threads < 0)
        return QCoreApplication::translate("TrainingConfig", "threads must be 0 (automatic) or more");
    if (c.dataDir.isEmpty() || c.outDir.isEmpty())
        return QCoreApplication::translate("TrainingConfig", "a data folder and an output folder are required");
    return {};
}

AugmentRanges augmentRangesFor(TrainingTask task)
{
    AugmentRanges r;
    switch (task) {
    case TrainingTask::Segmentation:
        r.shearDeg = 15;
        r.rotationDeg = 10;
        r.scaleMin = 0.9;
        r.scaleMax = 1.1;
        r.translateFrac = 0.05;
        r.horizontalFlip = true;
        break;
    case TrainingTask::CtsBinary:
        r.shearDeg = 8;
        r.rotationDeg = 10;
        r.scaleMin = 0.9;
        r.scaleMax = 1.1;
        r.translateFrac = 0.08;
        r.horizontalFlip = true;
        break;
    case TrainingTask::CtsSeverity:
        r.rotationDeg = 5;
        r.translateFrac = 0.03;
        r.horizontalFlip = true;
        break;
    }
    return r;
}

double suggestedDropout(TrainingTask task) { return task == TrainingTask::CtsSeverity ? 0.2 : -1; }

} // namespace ns::training
