// nervescope-cli dataset synth: a labelled synthetic dataset folder for one task, split
// train/val/test by patient (B-mode tasks) or by sequence (motor units).

#include "app/cli/CliCommon.h"
#include "app/cli/Commands.h"
#include "core/synth/CineGenerator.h"
#include "core/synth/motor/MotorUnitWriter.h"
#include "core/synth/writers/SynthDatasetGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <algorithm>

namespace ns::cli {

namespace {

bool positiveInt(const QCommandLineParser& p, const QString& name, int max, int* out)
{
    bool ok = false;
    *out = p.value(name).toInt(&ok);
    return ok && *out >= 1 && *out <= max;
}
} // namespace

int runDataset(const QStringList& args)
{
    const QString verb = QStringLiteral("dataset");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "dataset synth: generate a labelled synthetic dataset folder (images/, masks/, manifest.csv, manifest.json), "
           "split train/val/test 70/15/15 by patient. Each patient has a left and a right wrist, graded per task. "
           "For --task motor-units, --patients is the number of tissue-velocity sequences and --frames-per-wrist, "
           "when given, the frames per sequence (default 400); see docs/motor-unit-format.md."));
    parser.addPositionalArgument(QStringLiteral("synth"), QCoreApplication::translate("cli", "The action (only \"synth\" for now)."));
    parser.addOption({QStringLiteral("task"), QCoreApplication::translate("cli", "segmentation, cts-binary, cts-severity or motor-units."), QStringLiteral("TASK")});
    parser.addOption({QStringLiteral("patients"), QCoreApplication::translate("cli", "Number of synthetic patients (default 10)."), QStringLiteral("P"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("frames-per-wrist"), QCoreApplication::translate("cli", "Frames per wrist (default 10)."), QStringLiteral("F"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("seed"), QCoreApplication::translate("cli", "Random seed (default 1)."), QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("speckle-seed"), QCoreApplication::translate("cli", "Non-zero: the same patients and frames as --seed gives, "
                                                    "each seen through new speckle and noise (masks and manifest unchanged), "
                                                    "e.g. to test a model on a second look at the same wrists (default 0)."),
                      QStringLiteral("S"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("profile"), QCoreApplication::translate("cli", "Scanner profile(s), comma-separated: hm70a, minisono, handheld "
                                                    "(default hm70a; with several, each patient gets one)."), QStringLiteral("P"), QStringLiteral("hm70a")});
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("cli", "Output folder (created if missing)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("threads"), QCoreApplication::translate("cli", "Wrists generated at once (default: one per core). "
                                                    "The folder is the same for any count."), QStringLiteral("N"),
                      QString::number(std::max(1, QThread::idealThreadCount()))});
    int code = Ok;
    if (!parseOrExit(parser, args, 1, &code))
        return code;
    if (parser.positionalArguments().first() != QLatin1String("synth") || parser.positionalArguments().size() > 1)
        return fail(verb, QCoreApplication::translate("cli", "unknown action \"%1\" (expected: dataset synth)").arg(parser.positionalArguments().join(QLatin1Char(' '))), Usage);
    if (!parser.isSet(QStringLiteral("task")))
        return fail(verb, QCoreApplication::translate("cli", "--task is required (segmentation, cts-binary, cts-severity, motor-units)"), Usage);
    if (!parser.isSet(QStringLiteral("out")))
        return fail(verb, QCoreApplication::translate("cli", "--out DIR is required"), Usage);

    int patients = 0, frames = 0, threads = 0;
    bool okSeed = false;
    const std::uint64_t seed = parser.value(QStringLiteral("seed")).toULongLong(&okSeed);
    bool okSpeckle = false;
    const std::uint64_t speckleSeed = parser.value(QStringLiteral("speckle-seed")).toULongLong(&okSpeckle);
    if (!positiveInt(parser, QStringLiteral("patients"), 100000, &patients))
        return fail(verb, QCoreApplication::translate("cli", "--patients must be a whole number from 1 to 100000"), Usage);
    if (!positiveInt(parser, QStringLiteral("frames-per-wrist"), 10000, &frames))
        return fail(verb, QCoreApplication::translate("cli", "--frames-per-wrist must be a whole number from 1 to 10000"), Usage);
    if (!positiveInt(parser, QStringLiteral("threads"), 1024, &threads))
        return fail(verb, QCoreApplication::translate("cli", "--threads must be a whole number from 1 to 1024"), Usage);
    if (!okSeed)
        return fail(verb, QCoreApplication::translate("cli", "--seed must be a non-negative whole number"), Usage);
    if (!okSpeckle)
        return fail(verb, QCoreApplication::translate("cli", "--speckle-seed must be a non-negative whole number"), Usage);
    const QString out = parser.value(QStringLiteral("out"));
    const QString task = parser.value(QStringLiteral("task"));
    const ns::jobs::Progress progress([&](double f, const QString& m) { printProgress(verb, f, m); }, {});

    if (task == QLatin1String("motor-units")) {
        if (speckleSeed != 0)
            return fail(verb, QCoreApplication::translate("cli", "--speckle-seed is for the B-mode tasks, not motor-units"), Usage);
        synth::motor::MotorUnitParams params;
        if (parser.isSet(QStringLiteral("frames-per-wrist")))
            params.frames = frames;
        QString error;
        if (!synth::motor::writeMotorUnitDataset(out, patients, params, seed, progress, {}, &error))
            return fail(verb, error);
        printLine(QCoreApplication::translate("cli", "wrote %1: %2 motor-unit sequence(s) of %3 frames, index.json").arg(out).arg(patients).arg(params.frames));
        return Ok;
    }

    synth::DatasetRequest req;
    if (!synth::parseDatasetTask(task, &req.task))
        return fail(verb, QCoreApplication::translate("cli", "unknown task \"%1\" (segmentation, cts-binary, cts-severity, motor-units)").arg(task), Usage);
    req.patients = patients;
    req.framesPerWrist = frames;
    req.seed = seed;
    req.threads = threads;
    req.speckleSeed = speckleSeed;
    req.profiles.clear();
    for (const QString& name : parser.value(QStringLiteral("profile")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        synth::ScannerProfile p;
        if (!synth::profileByName(name.trimmed(), &p))
            return fail(verb, QCoreApplication::translate("cli", "unknown profile \"%1\" (hm70a, minisono, handheld)").arg(name), Usage);
        req.profiles << p.name;
    }
    if (req.profiles.isEmpty())
        return fail(verb, QCoreApplication::translate("cli", "--profile names no profile"), Usage);

    const synth::DatasetResult result =
        synth::generateDataset(req, out, [](const synth::SynthRequest& r, const ns::jobs::Progress& p) { return synth::generateCine(r, p); }, progress);
    if (!result.ok)
        return fail(verb, result.error);
    QStringList splits;
    for (const QString& s : {QStringLiteral("train"), QStringLiteral("val"), QStringLiteral("test")})
        splits << QCoreApplication::translate("cli", "%1 %2 patient(s) / %3 frame(s)").arg(s).arg(result.patientsPerSplit.value(s)).arg(result.framesPerSplit.value(s));
    printLine(QCoreApplication::translate("cli", "wrote %1: %2 frame(s) for %3 (%4)").arg(out).arg(result.frames).arg(task, splits.join(QStringLiteral(", "))));
    return Ok;
}

} // namespace ns::cli
