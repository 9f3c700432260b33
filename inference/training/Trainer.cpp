#include "inference/training/Trainer.h"

#include "inference/CpuThreads.h"

#include "inference/ModelFile.h"
#include "inference/training/BaseModel.h"
#include "inference/models/InferenceOptimize.h"
#include "inference/models/NetModule.h"
#include "inference/training/Batches.h"
#include "inference/training/Checkpoint.h"
#include "inference/training/Losses.h"
#include "inference/training/SeededRandom.h"
#include "inference/TensorCache.h"
#include "inference/training/TrainStep.h"
#include "inference/training/TrainingDataset.h"
#include "inference/training/Validation.h"

#include <ATen/Parallel.h>
#include <torch/optim/adam.h>
#include <torch/torch.h>

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

#include <cmath>

namespace ns::training {

namespace {

// Stored in the card as data, not shown through QCoreApplication::translate("Trainer", ): a card must read the same whatever
// the language of the machine that trained it.
const char* const kNotice = "Trained on NerveScope synthetic phantoms; not clinically validated.";

bool writeLog(const QString& path, const TrainingState& state, const QString& metric, QString* error)
{
    QSaveFile f(path);
    const QByteArray csv = trainingLogCsv(state.log, metric);
    if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size() || !f.commit()) {
        *error = QCoreApplication::translate("Trainer", "cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    return true;
}

QString firstDifference(const QJsonObject& a, const QJsonObject& b)
{
    for (auto it = a.begin(); it != a.end(); ++it)
        if (b.value(it.key()) != it.value())
            return QCoreApplication::translate("Trainer", "%1 was %2, now %3")
                .arg(it.key(), it.value().toVariant().toString(), b.value(it.key()).toVariant().toString());
    return QCoreApplication::translate("Trainer", "options differ");
}

ns::inference::ModelCard cardFor(const TrainingConfig& c)
{
    ns::inference::ModelCard card;
    card.name = c.modelName();
    card.version = c.version;
    card.task = taskName(c.task);
    card.architecture = c.architecture;
    if (c.task == TrainingTask::Segmentation)
        card.activation = c.activation.isEmpty() ? QStringLiteral("relu") : c.activation;
    card.inputWidth = c.inputSize.width();
    card.inputHeight = c.inputSize.height();
    card.nerveCropMm = c.cropMm();
    card.dropout = c.dropout;
    card.classes = taskClasses(c.task);
    card.notice = QString::fromLatin1(kNotice);
    return card;
}
} // namespace

QString checkpointFolder(const TrainingConfig& config) { return checkpointDir(config.outDir, config.modelName()); }

int unfinishedEpochs(const TrainingConfig& config)
{
    if (config.outDir.isEmpty() || !QFile::exists(QDir(checkpointFolder(config)).filePath(QStringLiteral("state.pt"))))
        return -1;
    // The log is rewritten after every checkpoint: its rows are the epochs done.
    QFile log(QDir(config.outDir).filePath(config.modelName() + QStringLiteral(".training.csv")));
    if (!log.open(QIODevice::ReadOnly))
        return 0;
    int rows = 0;
    while (!log.atEnd())
        rows += log.readLine().trimmed().isEmpty() ? 0 : 1;
    return std::max(rows - 1, 0); // minus the header
}

TrainingResult trainModel(const TrainingConfig& config, const ns::jobs::Progress& progress,
                          const std::function<void(const QString&)>& epochMessage, const EpochCallback& epochDone)
{
    TrainingResult res;
    res.metricName = metricName(config.task);
    auto fail = [&res](const QString& why) {
        res.error = why;
        return res;
    };
    auto say = [&epochMessage](const QString& line) {
        if (epochMessage)
            epochMessage(line);
    };
    if (const QString why = validateConfig(config); !why.isEmpty())
        return fail(why);
    if (config.threads > 0)
        ns::inference::setCpuThreads(config.threads); // LibTorch and OpenBLAS alike
    const inference::TensorCacheScope tensorCache; // reuses activation memory across steps (TensorCache.h)

    const QString name = config.modelName();
    const QString view = config.trainingView();
    const QString ckDir = checkpointDir(config.outDir, name);
    const bool haveCheckpoint = QFile::exists(QDir(ckDir).filePath(QStringLiteral("state.pt")));
    if (haveCheckpoint && !config.resume)
        return fail(QCoreApplication::translate("Trainer", "an unfinished run's checkpoint is in %1: pass --resume to continue it, or delete that folder "
                       "to start over").arg(QDir::toNativeSeparators(ckDir)));
    // The base is checked before the data are read: a wrong one is refused at once.
    std::optional<ns::inference::LoadedModel> base;
    if (!config.baseModel.isEmpty()) {
        QString why;
        base = loadBaseModel(config, &why);
        if (!base)
            return fail(why);
    }
    if (!QDir().mkpath(config.outDir))
        return fail(QCoreApplication::translate("Trainer", "cannot create the output folder %1").arg(QDir::toNativeSeparators(config.outDir)));

    const cv::Size input(config.inputSize.width(), config.inputSize.height());
    TrainingDataset train, val;
    QString error;
    progress.report(0, QCoreApplication::translate("Trainer", "reading the dataset"));
    if (!train.load(config.dataDir, QStringLiteral("train"), config.task, view, input, progress, &error, config.cropMm())
        || !val.load(config.dataDir, QStringLiteral("val"), config.task, view, input, progress, &error, config.cropMm())) {
        res.cancelled = progress.isCancelled();
        return fail(error);
    }
    if (const int unlabelled = train.skippedNoLabel() + val.skippedNoLabel(); unlabelled > 0)
        say(QCoreApplication::translate("Trainer", "left out %1 frame(s) without a label (studies nobody graded)").arg(unlabelled));

    ns::inference::ModelCard card = cardFor(config);
    torch::manual_seed(config.seed);
    std::shared_ptr<ns::models::NetModule> net;
    if (base) {
        // The base's weights are the start; its card says how the network is built.
        card.activation = base->card.activation;
        card.baseWidth = base->card.baseWidth;
        card.dropout = base->card.dropout;
        net = base->net;
        say(QCoreApplication::translate("Trainer", "starting from %1").arg(fineTunedFrom(base->card)));
    } else {
        net = ns::inference::createNetwork(card, &error);
    }
    if (!net)
        return fail(error);
    // Channels-last from the first layer (oneDNN's NHWC kernels, forward and backward): see
    // bench/results/training_throughput_cpu.md. The model file is written contiguous again.
    ns::models::toMemoryFormat(*net, c10::MemoryFormat::ChannelsLast);
    torch::optim::Adam adam(net->parameters(), torch::optim::AdamOptions(config.learningRate));

    TrainingState state;
    state.identity = config.identity();
    state.recipe = config.recipe;
    if (haveCheckpoint) {
        TrainingState loaded;
        bool found = false;
        if (!loadCheckpoint(ckDir, *net, adam, &loaded, &found, &error))
            return fail(error);
        if (loaded.identity != state.identity)
            return fail(QCoreApplication::translate("Trainer", "the checkpoint in %1 belongs to another run (%2); use the same options or delete it")
                            .arg(QDir::toNativeSeparators(ckDir), firstDifference(loaded.identity, state.identity)));
        if (loaded.epochsDone > config.epochs)
            return fail(QCoreApplication::translate("Trainer", "the checkpoint in %1 has already trained %2 epochs; --epochs must be at least that")
                            .arg(QDir::toNativeSeparators(ckDir)).arg(loaded.epochsDone));
        state = loaded;
        if (epochDone)
            for (const EpochRecord& r : state.log)
                epochDone(r);
        say(QCoreApplication::translate("Trainer", "resuming after epoch %1 (best so far: epoch %2)").arg(state.epochsDone).arg(state.bestEpoch));
    } else if (config.resume) {
        say(QCoreApplication::translate("Trainer", "no checkpoint in %1; starting from epoch 1").arg(QDir::toNativeSeparators(ckDir)));
    }

    const QString logPath = QDir(config.outDir).filePath(name + QStringLiteral(".training.csv"));
    const QString bestPath = QDir(ckDir).filePath(QStringLiteral("best.pt"));
    const AugmentRanges ranges = config.augmentRanges();
    for (int epoch = state.epochsDone + 1; epoch <= config.epochs && state.epochsSinceBest < config.patience; ++epoch) {
        QElapsedTimer timer;
        timer.start();
        torch::manual_seed(SeededRandom::stream(config.seed, 0x746F726368ull, std::uint64_t(epoch)).next());
        for (auto& group : adam.param_groups())
            static_cast<torch::optim::AdamOptions&>(group.options()).lr(config.learningRateAt(epoch));
        net->train();
        const auto batches = epochBatches(train.size(), config.batch, config.seed, epoch);
        double lossSum = 0;
        std::int64_t seen = 0;
        for (size_t bi = 0; bi < batches.size(); ++bi) {
            if (progress.isCancelled()) {
                res.cancelled = true;
                res.state = state;
                return fail(QCoreApplication::translate("Trainer", "cancelled during epoch %1; the checkpoint after epoch %2 is kept for --resume")
                                .arg(epoch).arg(state.epochsDone));
            }
            const StepResult step = trainStep(*net, adam, train, batches[bi], config.task, &ranges, config.seed, epoch);
            const double value = step.loss;
            if (!std::isfinite(value))
                return fail(QCoreApplication::translate("Trainer", "training diverged at epoch %1 (the loss is not a number); try a lower --lr").arg(epoch));
            lossSum += value * double(step.samples);
            seen += step.samples;
            const double done = (epoch - 1 + double(bi + 1) / double(batches.size())) / config.epochs;
            progress.report(done, QCoreApplication::translate("Trainer", "epoch %1/%2, batch %3/%4, loss %5")
                                      .arg(epoch).arg(config.epochs).arg(bi + 1).arg(batches.size()).arg(value, 0, 'f', 4));
        }
        const ValidationResult v = validate(*net, val, config.task, config.batch, progress);
        if (v.cancelled)
            break; // reported below; this epoch is not counted
        state.log.append(EpochRecord{epoch, lossSum / double(std::max<std::int64_t>(seen, 1)), v.loss, v.metric,
                          double(timer.elapsed()) / 1000.0});
        state.epochsDone = epoch;
        const bool better = state.improves(v.metric, v.loss);
        if (better) {
            state.bestEpoch = epoch;
            state.bestMetric = v.metric;
            state.bestLoss = v.loss;
            state.bestFigures = v.figures;
            state.epochsSinceBest = 0;
            if (!QDir().mkpath(ckDir) || !saveWeights(bestPath, *net, &error))
                return fail(error.isEmpty() ? QCoreApplication::translate("Trainer", "cannot create folder %1").arg(ckDir) : error);
        } else {
            ++state.epochsSinceBest;
        }
        if (!saveCheckpoint(ckDir, *net, adam, state, &error) || !writeLog(logPath, state, res.metricName, &error))
            return fail(error);
        const EpochRecord& r = state.log.last();
        if (epochDone)
            epochDone(r);
        say(QCoreApplication::translate("Trainer", "epoch %1/%2: train loss %3, val loss %4, val %5 %6%7 (%8 s)")
                .arg(epoch).arg(config.epochs)
                .arg(r.trainLoss, 0, 'f', 4).arg(r.valLoss, 0, 'f', 4)
                .arg(res.metricName).arg(r.valMetric, 0, 'f', 4)
                .arg(better ? QCoreApplication::translate("Trainer", ", best") : QString())
                .arg(r.seconds, 0, 'f', 1)
            + (config.cosineSchedule ? QCoreApplication::translate("Trainer", ", learning rate %1").arg(config.learningRateAt(epoch), 0, 'g', 3)
                                     : QString()));
    }
    if (progress.isCancelled()) {
        res.cancelled = true;
        res.state = state;
        return fail(QCoreApplication::translate("Trainer", "cancelled; the checkpoint after epoch %1 is kept for --resume").arg(state.epochsDone));
    }
    res.stoppedEarly = state.epochsSinceBest >= config.patience && state.epochsDone < config.epochs;
    if (res.stoppedEarly)
        say(QCoreApplication::translate("Trainer", "stopping early: no better validation %1 for %2 epochs").arg(res.metricName).arg(config.patience));

    if (!loadWeights(bestPath, *net, &error))
        return fail(error);
    ns::models::toMemoryFormat(*net, c10::MemoryFormat::Contiguous);
    net->eval();
    QString metricsBase;
    // The current options (the caller leaves out --resume): a resume may have changed the
    // epoch cap or the patience, and a fresh run with these options repeats this one.
    card.recipe = config.recipe.isEmpty() ? state.recipe : config.recipe;
    card.trainingData = train.summary().describe(view);
    if (base) {
        card.recipe += QStringLiteral("; ") + fineTunedFrom(base->card);
        card.trainingData = QStringLiteral("%1: %2").arg(fineTunedFrom(base->card), card.trainingData);
        metricsBase = base->card.name + QLatin1Char(' ') + base->card.version;
    }
    QJsonObject metrics = state.bestFigures;
    metrics.insert(QStringLiteral("epoch"), state.bestEpoch);
    metrics.insert(QStringLiteral("epochsRun"), state.epochsDone);
    metrics.insert(QStringLiteral("note"), QStringLiteral("validation split: patients never seen in training, "
                                                          "used to pick the best epoch"));
    if (!metricsBase.isEmpty())
        metrics.insert(QStringLiteral("baseModel"), metricsBase);
    card.metrics = metrics;
    card.date = QDate::currentDate().toString(Qt::ISODate);
    if (!ns::inference::saveModel(*net, &card, config.outDir, &error))
        return fail(error);
    if (!writeLog(logPath, state, res.metricName, &error))
        return fail(error);
    QDir(ckDir).removeRecursively();
    res.validation = evaluateCases(*net, val, config.task, config.batch, ns::jobs::Progress::none());
    res.validation.model = QStringLiteral("%1 %2").arg(card.name, card.version);

    res.ok = true;
    res.card = card;
    res.cardPath = QDir(config.outDir).filePath(name + QStringLiteral(".json"));
    res.logPath = logPath;
    res.state = state;
    progress.report(1, QCoreApplication::translate("Trainer", "saved %1").arg(res.cardPath));
    return res;
}

} // namespace ns::training
