// nervescope-cli evaluate --model NAME --data DIR [--json]: a model's figures on a labelled
// dataset folder (by default its test split: patients never seen in training);
// with --against OTHER, the two models paired frame by frame (ModelComparison.h).

#include "app/cli/CliCommon.h"
#include "app/cli/Commands.h"
#include "app/cli/ModelCommon.h"
#include "inference/Evaluation.h"
#include "inference/ModelComparison.h"
#include "inference/ModelRegistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ns::cli {

namespace {

QString fmt(const QJsonValue& v, int decimals = 3)
{
    return v.isDouble() ? QString::number(v.toDouble(), 'f', decimals) : QStringLiteral("n/a");
}

QString meanWithCi(const QJsonObject& summary)
{
    return QStringLiteral("%1 (95% CI %2-%3)").arg(fmt(summary.value(QStringLiteral("mean"))), fmt(summary.value(QStringLiteral("ciLower"))),
                                                   fmt(summary.value(QStringLiteral("ciUpper"))));
}

void printSegmentation(const QString& title, const QJsonObject& r)
{
    printLine(title);
    for (const char* key : {"dice", "iou", "precision", "recall", "hd95Px", "hd95Mm"})
        printLine(QStringLiteral("  %1 %2").arg(QString::fromLatin1(key), -10).arg(meanWithCi(r.value(QLatin1String(key)).toObject())));
    printLine(QStringLiteral("  %1 %2").arg(QStringLiteral("pixelAuc"), -10).arg(fmt(r.value(QStringLiteral("pixelAuc")), 4)));
}

void printClassification(const QString& title, const QJsonObject& r)
{
    printLine(title);
    for (const char* level : {"frames", "wrists"}) {
        const QJsonObject o = r.value(QLatin1String(level)).toObject();
        if (o.contains(QStringLiteral("auc"))) {
            const QJsonObject ci = o.value(QStringLiteral("aucBootstrap")).toObject();
            const QJsonObject at = o.value(QStringLiteral("atThreshold")).toObject();
            printLine(QStringLiteral("  %1: n=%2 AUC %3 (95% CI %4-%5), accuracy %6")
                          .arg(QString::fromLatin1(level)).arg(o.value(QStringLiteral("cases")).toInt())
                          .arg(fmt(o.value(QStringLiteral("auc"))), fmt(ci.value(QStringLiteral("lower"))), fmt(ci.value(QStringLiteral("upper"))),
                               fmt(at.value(QStringLiteral("accuracy")))));
        } else {
            printLine(QStringLiteral("  %1: n=%2 accuracy %3").arg(QString::fromLatin1(level)).arg(o.value(QStringLiteral("cases")).toInt())
                          .arg(fmt(o.value(QStringLiteral("accuracy")))));
        }
    }
}

// The figures a model card keeps: the means with CIs and the per-profile means, not the
// whole report (curves and per-class tables stay in `evaluate --json`).
QJsonObject headline(const QJsonObject& report)
{
    QJsonObject h{{QStringLiteral("dataset"), report.value(QStringLiteral("dataset"))},
                  {QStringLiteral("split"), report.value(QStringLiteral("split"))},
                  {QStringLiteral("view"), report.value(QStringLiteral("view"))},
                  {QStringLiteral("frames"), report.value(QStringLiteral("frameCount"))},
                  {QStringLiteral("patients"), report.value(QStringLiteral("patients"))}};
    auto figures = [](const QJsonObject& r) {
        QJsonObject f;
        if (r.contains(QStringLiteral("dice"))) {
            for (const char* key : {"dice", "iou", "hd95Mm"}) {
                const QJsonObject m = r.value(QLatin1String(key)).toObject();
                f[QLatin1String(key)] = m.value(QStringLiteral("mean"));
                f[QStringLiteral("%1CiLower").arg(QLatin1String(key))] = m.value(QStringLiteral("ciLower"));
                f[QStringLiteral("%1CiUpper").arg(QLatin1String(key))] = m.value(QStringLiteral("ciUpper"));
            }
            f[QStringLiteral("pixelAuc")] = r.value(QStringLiteral("pixelAuc"));
        } else {
            for (const char* level : {"frames", "wrists"}) {
                const QJsonObject o = r.value(QLatin1String(level)).toObject();
                const QString prefix = QLatin1String(level) == QLatin1String("frames") ? QStringLiteral("frame") : QStringLiteral("wrist");
                if (o.contains(QStringLiteral("auc"))) {
                    f[prefix + QStringLiteral("Auc")] = o.value(QStringLiteral("auc"));
                    f[prefix + QStringLiteral("AucCiLower")] = o.value(QStringLiteral("aucBootstrap")).toObject().value(QStringLiteral("lower"));
                    f[prefix + QStringLiteral("AucCiUpper")] = o.value(QStringLiteral("aucBootstrap")).toObject().value(QStringLiteral("upper"));
                    f[prefix + QStringLiteral("Accuracy")] = o.value(QStringLiteral("atThreshold")).toObject().value(QStringLiteral("accuracy"));
                } else {
                    f[prefix + QStringLiteral("Accuracy")] = o.value(QStringLiteral("accuracy"));
                }
            }
        }
        return f;
    };
    h[QStringLiteral("all")] = figures(report);
    const QJsonObject byProfile = report.value(QStringLiteral("byProfile")).toObject();
    QJsonObject profiles;
    for (auto it = byProfile.begin(); it != byProfile.end(); ++it)
        profiles[it.key()] = figures(it.value().toObject());
    h[QStringLiteral("byProfile")] = profiles;
    return h;
}

// A difference with its sign, "+0.003" or "-0.013".
QString signedFmt(const QJsonValue& v)
{
    if (!v.isDouble())
        return QStringLiteral("n/a");
    const QString number = QString::number(v.toDouble(), 'f', 3);
    if (v.toDouble() < 0)
        return number;
    return QStringLiteral("+") + number;
}

// One paired figure: "dice  A 0.977  B 0.975  A-B +0.003 (95% CI -0.004 to +0.010), A better on 31 frames, B on 27: no significant difference"
void printPaired(const QString& what, const QJsonObject& o)
{
    if (o.contains(QStringLiteral("why"))) {
        printLine(QStringLiteral("  %1: %2").arg(what, o.value(QStringLiteral("why")).toString()));
        return;
    }
    QString line = QCoreApplication::translate("cli", "  %1 (n=%2): A %3, B %4, A-B %5")
                       .arg(what).arg(o.value(QStringLiteral("cases")).toInt())
                       .arg(fmt(o.value(QStringLiteral("a"))), fmt(o.value(QStringLiteral("b"))), signedFmt(o.value(QStringLiteral("difference"))));
    if (o.contains(QStringLiteral("pValue")))
        line += QCoreApplication::translate("cli", ", DeLong p = %1").arg(fmt(o.value(QStringLiteral("pValue")), 4));
    if (o.contains(QStringLiteral("ciLower")))
        line += QCoreApplication::translate("cli", " (95% CI %1 to %2)").arg(signedFmt(o.value(QStringLiteral("ciLower"))), signedFmt(o.value(QStringLiteral("ciUpper"))));
    if (o.contains(QStringLiteral("aBetterCases")))
        line += QCoreApplication::translate("cli", "; A better on %1, B on %2, tied %3")
                    .arg(o.value(QStringLiteral("aBetterCases")).toInt()).arg(o.value(QStringLiteral("bBetterCases")).toInt())
                    .arg(o.value(QStringLiteral("tiedCases")).toInt());
    const QString better = o.value(QStringLiteral("better")).toString();
    if (better == QLatin1String("a"))
        line += QCoreApplication::translate("cli", ": A is better");
    else if (better == QLatin1String("b"))
        line += QCoreApplication::translate("cli", ": B is better");
    else
        line += QCoreApplication::translate("cli", ": no significant difference");
    printLine(line);
}

void printComparisonPart(const QString& title, const QJsonObject& r)
{
    printLine(title);
    if (r.contains(QStringLiteral("dice"))) {
        printPaired(QStringLiteral("dice"), r.value(QStringLiteral("dice")).toObject());
        printPaired(QStringLiteral("hd95Mm"), r.value(QStringLiteral("hd95Mm")).toObject());
        return;
    }
    for (const char* level : {"frames", "wrists"}) {
        const QJsonObject o = r.value(QLatin1String(level)).toObject();
        printPaired(QStringLiteral("%1 %2").arg(QLatin1String(level), o.value(QStringLiteral("metric")).toString()), o);
    }
}

// The frames a report did not score, and why.
void printLeftOut(const QJsonObject& report)
{
    const int withoutNerve = report.value(QStringLiteral("framesWithoutNerve")).toInt();
    if (withoutNerve > 0)
        printLine(QCoreApplication::translate("cli", "%n frame(s) left out: a nerve locator found no nerve there", nullptr, withoutNerve));
    const int withoutLabel = report.value(QStringLiteral("framesWithoutLabel")).toInt();
    if (withoutLabel > 0)
        printLine(QCoreApplication::translate("cli", "%n frame(s) left out: their rows have no label for this model (ungraded studies)", nullptr,
                                              withoutLabel));
}

void printComparison(const QJsonObject& report)
{
    printLine(QCoreApplication::translate("cli", "A = %1, B = %2 on %3 (%4 split, %5 view): %6 frame(s) of %7 patient(s), %8")
                  .arg(report.value(QStringLiteral("modelA")).toString(), report.value(QStringLiteral("modelB")).toString(),
                       report.value(QStringLiteral("dataset")).toString(), report.value(QStringLiteral("split")).toString(),
                       report.value(QStringLiteral("view")).toString())
                  .arg(report.value(QStringLiteral("frameCount")).toInt()).arg(report.value(QStringLiteral("patients")).toInt())
                  .arg(report.value(QStringLiteral("device")).toString()));
    printLeftOut(report);
    printComparisonPart(QCoreApplication::translate("cli", "All profiles:"), report);
    const QJsonObject byProfile = report.value(QStringLiteral("byProfile")).toObject();
    for (auto it = byProfile.begin(); it != byProfile.end(); ++it)
        printComparisonPart(QCoreApplication::translate("cli", "Profile %1:").arg(it.key()), it.value().toObject());
}

} // namespace

int runEvaluate(const QStringList& args)
{
    const QString verb = QStringLiteral("evaluate");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Score a model on a labelled dataset folder (from `dataset synth` or an export): "
                                                                        "segmentation DSC/IoU/HD95/pixel AUC, or classification AUC/accuracy/confusion, "
                                                                        "per frame and per wrist, overall and per scanner profile, with bootstrap CIs over patients."));
    parser.addOption({QStringLiteral("model"), QCoreApplication::translate("cli", "Model name (see `models list`) or model card path."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("data"), QCoreApplication::translate("cli", "Dataset folder with manifest.json."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("split"), QCoreApplication::translate("cli", "train, val, test or all (default test)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("view"), QCoreApplication::translate("cli", "wrist, forearm or longitudinal (default: the model's view)."), QStringLiteral("V")});
    parser.addOption({QStringLiteral("profile"), QCoreApplication::translate("cli", "Only these scanner profiles (comma-separated)."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("resamples"), QCoreApplication::translate("cli", "Bootstrap resamples for CIs (default 1000; 0 = none)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print the full report as JSON.")});
    parser.addOption({QStringLiteral("record"), QCoreApplication::translate("cli", "Also write the headline figures into the model's card "
                                                                                  "(metrics.KEY), e.g. --record heldOut."), QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("against"), QCoreApplication::translate("cli", "Compare with this second model on the same frames: paired "
                                                                                   "differences with bootstrap CIs over patients (DeLong's test for AUCs)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("frames"), QCoreApplication::translate("cli", "Also write what was decided on each frame to this CSV file "
                                                                                  "(classifiers: truth, prediction, probabilities; segmentation: "
                                                                                  "DSC, IoU, HD95), to find the frames a model gets wrong."),
                      QStringLiteral("FILE")});
    addDeviceOptions(parser);
    int code = Ok;
    if (!parseOrExit(parser, args, 0, &code))
        return code;
    if (!parser.isSet(QStringLiteral("model")) || !parser.isSet(QStringLiteral("data")))
        return fail(verb, QCoreApplication::translate("cli", "--model NAME and --data DIR are required"), Usage);
    inference::EvaluationOptions options;
    QString error;
    if (!deviceOptions(parser, &options.inference, &error))
        return fail(verb, error, Usage);
    if (parser.isSet(QStringLiteral("split"))) {
        options.split = parser.value(QStringLiteral("split"));
        if (!QStringList{QStringLiteral("train"), QStringLiteral("val"), QStringLiteral("test"), QStringLiteral("all")}.contains(options.split))
            return fail(verb, QCoreApplication::translate("cli", "--split must be train, val, test or all"), Usage);
    }
    options.view = parser.value(QStringLiteral("view"));
    options.profiles = parser.value(QStringLiteral("profile")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parser.isSet(QStringLiteral("resamples"))) {
        bool ok = false;
        options.bootstrapResamples = parser.value(QStringLiteral("resamples")).toInt(&ok);
        if (!ok || options.bootstrapResamples < 0)
            return fail(verb, QCoreApplication::translate("cli", "--resamples must be 0 or more"), Usage);
    }
    auto model = loadNamedModel(parser.value(QStringLiteral("model")), &error);
    if (!model)
        return fail(verb, error);
    const jobs::Progress progress([&](double f, const QString& m) { printProgress(verb, f, m); }, jobs::CancelToken());
    if (parser.isSet(QStringLiteral("against"))) {
        if (parser.isSet(QStringLiteral("record")) || parser.isSet(QStringLiteral("frames")))
            return fail(verb, QCoreApplication::translate("cli", "--record and --frames write one model's figures: leave out --against"), Usage);
        auto other = loadNamedModel(parser.value(QStringLiteral("against")), &error);
        if (!other)
            return fail(verb, error);
        const QJsonObject report = inference::compareModels(std::move(*model), std::move(*other), parser.value(QStringLiteral("data")),
                                                            options, progress, &error);
        if (report.isEmpty())
            return fail(verb, error);
        parser.isSet(QStringLiteral("json")) ? printJson(QJsonDocument(report)) : printComparison(report);
        return Ok;
    }
    const inference::ModelCard card = model->card;
    std::vector<inference::FrameOutcome> outcomes;
    const bool listFrames = parser.isSet(QStringLiteral("frames"));
    const QJsonObject report = inference::evaluateModel(std::move(*model), parser.value(QStringLiteral("data")), options, progress, &error,
                                                        listFrames ? &outcomes : nullptr);
    if (report.isEmpty())
        return fail(verb, error);
    if (listFrames && !inference::writeFrameOutcomesCsv(parser.value(QStringLiteral("frames")), card, outcomes, &error))
        return fail(verb, error);
    if (parser.isSet(QStringLiteral("record"))) {
        const inference::ModelEntry entry = inference::ModelRegistry().find(parser.value(QStringLiteral("model")), &error);
        inference::ModelCard card = entry.card;
        QJsonObject metrics = card.metrics;
        metrics[parser.value(QStringLiteral("record"))] = headline(report);
        card.metrics = metrics;
        if (entry.cardPath.isEmpty() || !inference::writeModelCard(entry.cardPath, card, &error))
            return fail(verb, error);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonDocument(report));
        return Ok;
    }
    printLine(QCoreApplication::translate("cli", "%1 %2 on %3 (%4 split, %5 view): %6 frame(s) of %7 patient(s), profiles %8, %9")
                  .arg(report.value(QStringLiteral("model")).toString(), report.value(QStringLiteral("modelVersion")).toString(),
                       report.value(QStringLiteral("dataset")).toString(), report.value(QStringLiteral("split")).toString(),
                       report.value(QStringLiteral("view")).toString())
                  .arg(report.value(QStringLiteral("frameCount")).toInt()).arg(report.value(QStringLiteral("patients")).toInt())
                  .arg(report.value(QStringLiteral("profiles")).toVariant().toStringList().join(QLatin1Char(',')),
                       report.value(QStringLiteral("device")).toString()));
    printLeftOut(report);
    const bool seg = report.value(QStringLiteral("task")).toString() == QLatin1String("segmentation");
    seg ? printSegmentation(QCoreApplication::translate("cli", "All profiles:"), report)
        : printClassification(QCoreApplication::translate("cli", "All profiles:"), report);
    const QJsonObject byProfile = report.value(QStringLiteral("byProfile")).toObject();
    for (auto it = byProfile.begin(); it != byProfile.end(); ++it)
        seg ? printSegmentation(QCoreApplication::translate("cli", "Profile %1:").arg(it.key()), it.value().toObject())
            : printClassification(QCoreApplication::translate("cli", "Profile %1:").arg(it.key()), it.value().toObject());
    return Ok;
}

} // namespace ns::cli
