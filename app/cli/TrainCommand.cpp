// nervescope-cli train: trains a segmentation, CTS or severity network on a dataset folder
// and writes the best epoch as a model with its card (inference/training/Trainer.h).

#include "app/cli/CliCommon.h"
#include "app/cli/Commands.h"
#include "core/export/TrainingExport.h"
#include "inference/training/BaseModel.h"
#include "inference/training/Trainer.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <cstdio>

namespace ns::cli {

namespace {

// Exports WORKSPACE's labelled frames to `dataDir` for training (kept by --resume).
bool exportWorkspaceForTraining(const QString& workspaceDir, const QString& dataDir, bool resume, QString* error)
{
    const auto summary = ns::exporting::prepareTrainingExport(workspaceDir, dataDir, resume, {}, ns::jobs::Progress::none());
    if (!summary.ok) {
        *error = summary.error;
        return false;
    }
    if (summary.frames > 0)
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("cli", "train: exported %1 frame(s) of %2 studies from %3 to %4")
                                                    .arg(summary.frames).arg(summary.studies)
                                                    .arg(QDir::toNativeSeparators(workspaceDir), QDir::toNativeSeparators(dataDir))));
    return true;
}


QString shellQuoted(const QString& arg)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=,+@%-]+$"));
    if (plain.match(arg).hasMatch())
        return arg;
    return QLatin1Char('\'') + QString(arg).replace(QLatin1String("'"), QLatin1String("'\\''")) + QLatin1Char('\'');
}

bool intOption(const QCommandLineParser& p, const QString& name, int min, int max, int* out)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok || v < min || v > max)
        return false;
    *out = v;
    return true;
}
} // namespace

int runTrain(const QStringList& args)
{
    const QString verb = QStringLiteral("train");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Train a network on a dataset folder (from: nervescope-cli dataset synth). Uses the folder's train split "
           "for training and its val split for early stopping; writes the best epoch as OUT/NAME.pt with its model "
           "card OUT/NAME.json and the log OUT/NAME.training.csv. A checkpoint after every epoch (OUT/NAME.checkpoint/) "
           "lets --resume continue after a crash or Ctrl+C; it is removed when the model is saved."));
    parser.addOption({QStringLiteral("task"), QCoreApplication::translate("cli", "segmentation, cts-binary or cts-severity."), QStringLiteral("TASK")});
    parser.addOption({QStringLiteral("arch"), QCoreApplication::translate("cli", "Architecture: sa-unet, unet (segmentation); squeezenet1_1, mobilenet_v2, "
                                                 "efficientnet_b0 (cts-binary); severity-transverse, severity-longitudinal "
                                                 "(cts-severity, S3's) or severity-transverse-deep (two convolutions "
                                                 "per block; not S3's)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("data"), QCoreApplication::translate("cli", "Dataset folder with manifest.json."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("workspace"), QCoreApplication::translate("cli", "Train on the labelled frames of this workspace instead of --data: they are "
                                                                                     "exported (de-identified, split by patient) to OUT/NAME.data first."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("cli", "Output folder for the model, its card and the log."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("name"), QCoreApplication::translate("cli", "Model name (default: ARCH-wrist, ARCH-cts or ARCH)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("version"), QCoreApplication::translate("cli", "Model version for the card (default 1.0.0); annotations accepted "
                                                                                   "from the model record name and version."), QStringLiteral("V")});
    parser.addOption({QStringLiteral("epochs"), QCoreApplication::translate("cli", "Most epochs to train (default 30)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("batch"), QCoreApplication::translate("cli", "Mini-batch size (default 8)."), QStringLiteral("B")});
    parser.addOption({QStringLiteral("lr"), QCoreApplication::translate("cli", "Adam learning rate (default 0.0005)."), QStringLiteral("X")});
    parser.addOption({QStringLiteral("lr-schedule"), QCoreApplication::translate("cli", "constant (default) or cosine: the rate falls along half a cosine "
                                                        "to near 0 at the last of --epochs."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("seed"), QCoreApplication::translate("cli", "Random seed for weights, shuffling and augmentation (default 1)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("input"), QCoreApplication::translate("cli", "Network input size (default 256x256)."), QStringLiteral("WxH")});
    parser.addOption({QStringLiteral("activation"), QCoreApplication::translate("cli", "U-Nets: relu, noisy_relu, noisy_hard_tanh or noisy_hard_sigmoid "
                                                       "(default relu)."), QStringLiteral("A")});
    parser.addOption({QStringLiteral("view"), QCoreApplication::translate("cli", "Manifest view to train on: wrist, forearm or longitudinal (default: wrist; "
                                                 "longitudinal for severity-longitudinal)."), QStringLiteral("VIEW")});
    parser.addOption({QStringLiteral("patience"), QCoreApplication::translate("cli", "Stop after this many epochs without a better validation figure (default 8)."),
                      QStringLiteral("P")});
    parser.addOption({QStringLiteral("dropout"), QCoreApplication::translate("cli", "Classifiers: dropout of the dense layers (default: the architecture's "
                                                                                   "own, 0.6 for the severity CNNs as S3)."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("crop-mm"), QCoreApplication::translate("cli", "Classifiers: side in mm of the square crop around the nerve "
                                                                                   "they grade (default 15, as S1; 0 = whole frame)."), QStringLiteral("MM")});
    parser.addOption({QStringLiteral("base"), QCoreApplication::translate("cli", "Fine-tune from this model (a name from `models list` or a card path) "
                                                 "instead of starting from random weights. Its task, architecture and input "
                                                 "size must match; --arch and --input default to the base's."), QStringLiteral("MODEL")});
    parser.addOption({QStringLiteral("resume"), QCoreApplication::translate("cli", "Continue the unfinished run in OUT (same options; --epochs may grow).")});
    parser.addOption({QStringLiteral("threads"), QCoreApplication::translate("cli", "CPU threads for LibTorch (default: all cores). Results are reproducible "
                                                    "for a given thread count."), QStringLiteral("T")});
    int code = Ok;
    if (!parseOrExit(parser, args, 0, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return fail(verb, QCoreApplication::translate("cli", "unexpected argument \"%1\"").arg(parser.positionalArguments().first()), Usage);
    ns::inference::ModelEntry base;
    if (parser.isSet(QStringLiteral("base"))) {
        QString why;
        if (!training::findBaseCard(parser.value(QStringLiteral("base")), &base, &why))
            return fail(verb, why);
    }
    for (const char* required : {"task", "arch", "out"})
        if (!parser.isSet(QString::fromLatin1(required)) && !(base.cardPath.size() && QLatin1String(required) == QLatin1String("arch")))
            return fail(verb, QCoreApplication::translate("cli", "--%1 is required (see --help)").arg(QString::fromLatin1(required)), Usage);
    const bool fromWorkspace = parser.isSet(QStringLiteral("workspace"));
    if (fromWorkspace == parser.isSet(QStringLiteral("data")))
        return fail(verb, QCoreApplication::translate("cli", "give either --data DIR or --workspace DIR"), Usage);

    training::TrainingConfig c;
    if (!training::parseTask(parser.value(QStringLiteral("task")), &c.task))
        return fail(verb, QCoreApplication::translate("cli", "unknown task \"%1\" (segmentation, cts-binary, cts-severity)").arg(parser.value(QStringLiteral("task"))), Usage);
    c.architecture = parser.isSet(QStringLiteral("arch")) ? parser.value(QStringLiteral("arch")) : base.card.architecture;
    if (!base.cardPath.isEmpty()) {
        c.baseModel = base.cardPath;
        c.inputSize = QSize(base.card.inputWidth, base.card.inputHeight); // --input below may override
        c.nerveCropMm = base.card.nerveCropMm;                             // and --crop-mm
        c.dropout = base.card.dropout;                                     // and --dropout
    }
    c.dataDir = parser.isSet(QStringLiteral("workspace")) ? QStringLiteral("(workspace)") : parser.value(QStringLiteral("data"));
    c.outDir = parser.value(QStringLiteral("out"));
    c.name = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("version"))) {
        c.version = parser.value(QStringLiteral("version")).trimmed();
        static const QRegularExpression semver(QStringLiteral("^\\d+(\\.\\d+){0,2}$"));
        if (!semver.match(c.version).hasMatch())
            return fail(verb, QCoreApplication::translate("cli", "--version must look like 1.2.0"), Usage);
    }
    c.activation = parser.value(QStringLiteral("activation"));
    c.view = parser.value(QStringLiteral("view"));
    c.resume = parser.isSet(QStringLiteral("resume"));
    if (!intOption(parser, QStringLiteral("epochs"), 1, 100000, &c.epochs))
        return fail(verb, QCoreApplication::translate("cli", "--epochs must be a whole number from 1 to 100000"), Usage);
    if (!intOption(parser, QStringLiteral("batch"), 1, 4096, &c.batch))
        return fail(verb, QCoreApplication::translate("cli", "--batch must be a whole number from 1 to 4096"), Usage);
    if (!intOption(parser, QStringLiteral("patience"), 1, 100000, &c.patience))
        return fail(verb, QCoreApplication::translate("cli", "--patience must be a whole number from 1 to 100000"), Usage);
    if (!intOption(parser, QStringLiteral("threads"), 1, 1024, &c.threads))
        return fail(verb, QCoreApplication::translate("cli", "--threads must be a whole number from 1 to 1024"), Usage);
    if (parser.isSet(QStringLiteral("lr"))) {
        bool ok = false;
        c.learningRate = parser.value(QStringLiteral("lr")).toDouble(&ok);
        if (!ok || !(c.learningRate > 0 && c.learningRate < 1))
            return fail(verb, QCoreApplication::translate("cli", "--lr must be a number between 0 and 1, e.g. 0.0005"), Usage);
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        c.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return fail(verb, QCoreApplication::translate("cli", "--seed must be a non-negative whole number"), Usage);
    }
    if (parser.isSet(QStringLiteral("lr-schedule"))) {
        const QString schedule = parser.value(QStringLiteral("lr-schedule"));
        if (schedule != QLatin1String("constant") && schedule != QLatin1String("cosine"))
            return fail(verb, QCoreApplication::translate("cli", "--lr-schedule must be constant or cosine"), Usage);
        c.cosineSchedule = schedule == QLatin1String("cosine");
    }
    if (parser.isSet(QStringLiteral("dropout"))) {
        bool ok = false;
        c.dropout = parser.value(QStringLiteral("dropout")).toDouble(&ok);
        if (!ok || c.dropout < 0 || c.dropout >= 1)
            return fail(verb, QCoreApplication::translate("cli", "--dropout must be a number from 0 to below 1"), Usage);
        if (parser.isSet(QStringLiteral("base")))
            return fail(verb, QCoreApplication::translate("cli", "fine-tuning keeps the base model's network: leave out --dropout"), Usage);
    }
    if (parser.isSet(QStringLiteral("crop-mm"))) {
        bool ok = false;
        c.nerveCropMm = parser.value(QStringLiteral("crop-mm")).toDouble(&ok);
        if (!ok || c.nerveCropMm < 0)
            return fail(verb, QCoreApplication::translate("cli", "--crop-mm must be a number of millimetres, 0 or more"), Usage);
    }
    if (parser.isSet(QStringLiteral("input"))) {
        static const QRegularExpression size(QStringLiteral("^(\\d+)x(\\d+)$"));
        const auto m = size.match(parser.value(QStringLiteral("input")));
        if (!m.hasMatch())
            return fail(verb, QCoreApplication::translate("cli", "--input must be WIDTHxHEIGHT, e.g. 256x256"), Usage);
        c.inputSize = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    // --resume is left out: a resumed run repeats the uninterrupted one with these options.
    QStringList recipe{QStringLiteral("nervescope-cli")};
    for (const QString& a : args)
        if (a != QLatin1String("--resume"))
            recipe << shellQuoted(a);
    c.recipe = recipe.join(QLatin1Char(' '));
    if (const QString why = training::validateConfig(c); !why.isEmpty())
        return fail(verb, why);
    if (!base.cardPath.isEmpty())
        if (const QString why = training::baseMismatch(c, base.card); !why.isEmpty())
            return fail(verb, why);
    if (fromWorkspace) {
        // The export lives beside the model, so a --resume trains on the very same frames.
        c.dataDir = QDir(c.outDir).filePath(c.modelName() + QStringLiteral(".data"));
        QString error;
        if (!exportWorkspaceForTraining(parser.value(QStringLiteral("workspace")), c.dataDir, c.resume, &error))
            return fail(verb, error);
    }
    if (!QDir(c.dataDir).exists())
        return fail(verb, QCoreApplication::translate("cli", "data folder %1 does not exist").arg(QDir::toNativeSeparators(c.dataDir)));

    training::TrainingResult r;
    {
        // Ctrl+C stops at the next batch; the last epoch's checkpoint stays for --resume.
        const InterruptScope interrupt;
        r = training::trainModel(c, cliProgress(verb, interrupt.token), [&](const QString& line) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(verb), qPrintable(line));
            std::fflush(stderr);
        });
    }
    if (!r.ok)
        return fail(verb, r.error);
    printLine(QCoreApplication::translate("cli", "wrote %1 (best validation %2 %3 at epoch %4 of %5%6); log %7")
                  .arg(QDir::toNativeSeparators(r.cardPath), r.metricName)
                  .arg(r.state.bestMetric, 0, 'f', 4)
                  .arg(r.state.bestEpoch)
                  .arg(r.state.epochsDone)
                  .arg(r.stoppedEarly ? QCoreApplication::translate("cli", ", stopped early") : QString())
                  .arg(QDir::toNativeSeparators(r.logPath)));
    return Ok;
}

} // namespace ns::cli
