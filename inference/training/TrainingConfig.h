#pragma once
// What one training run is asked to do: the `nervescope-cli train` options as a struct, plus
// the per-task facts derived from them (classes, view, augmentation). Free of LibTorch so
// the CLI and the UI can fill it in.

#include <QJsonObject>
#include <QSize>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>

namespace ns::training {

enum class TrainingTask { Segmentation, CtsBinary, CtsSeverity };

QString taskName(TrainingTask task); // "segmentation", "cts-binary", "cts-severity"
bool parseTask(const QString& name, TrainingTask* out);
// {"nerve"}, {"no-cts","cts"}, {"normal","mild","moderate","severe"}.
QStringList taskClasses(TrainingTask task);

// S1's crop: 15x15 mm around the nerve.
constexpr double kDefaultNerveCropMm = 15.0;

// Random affine augmentation ranges (DESIGN section 7, after S0/S1/S3).
struct AugmentRanges {
    double shearDeg = 0;       // x and y shear drawn independently in [-shear, shear]
    double rotationDeg = 0;    // [-rot, rot]
    double scaleMin = 1, scaleMax = 1;
    double translateFrac = 0;  // of the image size, x and y independently
    bool horizontalFlip = false;
};

struct TrainingConfig {
    TrainingTask task = TrainingTask::Segmentation;
    QString architecture = QStringLiteral("sa-unet");
    QString dataDir;
    QString outDir;
    QString name;          // empty: defaultModelName()
    QString version = QStringLiteral("1.0.0");
    QString activation;    // U-Nets only; empty = relu
    QString view;          // manifest view to train on; empty: defaultView()
    int epochs = 30;
    int batch = 8;
    double learningRate = 5e-4; // S0's Adam rate
    // Cosine: the rate falls from learningRate to near 0 over `epochs` (half a cosine), so
    // the last epochs average out the noise of small batches instead of jumping between
    // minima; constant keeps S0's fixed rate.
    bool cosineSchedule = false;
    std::uint64_t seed = 1;
    QSize inputSize{256, 256};
    // Classifiers: side of the nerve-centred square crop in mm (NerveCrop.h); < 0 takes
    // the task's default (kDefaultNerveCropMm for classifiers, none for segmentation), 0
    // trains on whole frames.
    double nerveCropMm = -1;
    double dropout = -1;   // classifiers' dense layers; < 0: the architecture's own
    int patience = 8;      // epochs without a better validation figure before stopping
    int threads = 0;       // 0: LibTorch's default
    bool resume = false;
    QString recipe;        // the command line without --resume, recorded in the model card
    // A model to fine-tune from: a card path or a registry name; empty: from scratch (seeded
    // init). Its task, architecture and input size must match (BaseModel.h).
    QString baseModel;
    // Augmentation ranges instead of the task's defaults (augmentRangesFor); the UI sets them.
    std::optional<AugmentRanges> augment;

    AugmentRanges augmentRanges() const; // augment, or augmentRangesFor(task)

    QString modelName() const;   // name, or "<arch>-wrist" / "<arch>-cts" / "<arch>"
    QString trainingView() const; // view, or the task's default
    double cropMm() const;        // nerveCropMm resolved: 0 for none
    double learningRateAt(int epoch) const; // the rate of epoch 1..epochs under the schedule
    // Fields that must match between a checkpoint and a resumed run (not epochs/patience,
    // which a resume may extend, nor threads).
    QJsonObject identity() const;
};

// Where the model's views come from: segmentation and cts-binary train on the wrist
// transverse view; severity-longitudinal on the longitudinal one.
QString defaultView(TrainingTask task, const QString& architecture);

// A one-line reason when the options cannot work together (arch of another task, input
// size the U-Net cannot pool, activation on a classifier...); empty when fine.
QString validateConfig(const TrainingConfig& config);

// Segmentation: S0's shear +-15 deg plus mild flips/rotation/scale/shift. CTS binary: S1's
// flip, rotation +-10, scale, translation, shear, with scale narrowed to 0.9-1.1 because
// nerve size is the main sign of CTS in our phantoms. Severity: S3's small rotations and
// flips only (no scale: the grade follows the cross-sectional area).
AugmentRanges augmentRangesFor(TrainingTask task);
// The dropout a run from scratch should start from, where it differs from the network's
// own (-1: keep that). The severity CNNs: 0.2, because with S3's 0.6 after each dense
// layer their ReLUs die in the first epochs and they stay at chance on our phantoms (the
// recipe passes it as --dropout 0.2; docs/training.md).
double suggestedDropout(TrainingTask task);

} // namespace ns::training
