// nervescope-cli grade FILE --model NAME [--json]: CTS probabilities per frame and for the
// wrist (the study's frames together).

#include "app/cli/CliCommon.h"
#include "app/cli/Commands.h"
#include "app/cli/ModelCommon.h"
#include "core/media/DisplayFrames.h"
#include "core/media/MediaOpener.h"
#include "inference/Grader.h"
#include "inference/TensorCache.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ns::cli {

namespace {

QJsonObject probabilitiesJson(const QStringList& classes, const std::vector<double>& p)
{
    QJsonObject o;
    for (int c = 0; c < classes.size() && c < int(p.size()); ++c)
        o[classes[c]] = p[size_t(c)];
    return o;
}

} // namespace

int runGrade(const QStringList& args)
{
    const QString verb = QStringLiteral("grade");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Grade carpal tunnel syndrome on a study: class probabilities per frame "
                                                                        "and for the wrist (mean over the frames)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cli", "DICOM, video or image file, or a folder of images"));
    parser.addOption({QStringLiteral("model"), QCoreApplication::translate("cli", "Model name (see `models list`) or model card path."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON instead of text.")});
    addDeviceOptions(parser);
    addFrameRangeOptions(parser);
    int code = Ok;
    if (!parseOrExit(parser, args, 1, &code))
        return code;
    if (!parser.isSet(QStringLiteral("model")))
        return fail(verb, QCoreApplication::translate("cli", "--model NAME is required"), Usage);
    ModelOnFrames run;
    if (const int opened = openModelOnFrames(verb, parser, &run); opened != Ok)
        return opened;
    const inference::InferenceOptions& options = run.options;
    media::FrameSource& src = *run.opened.source;
    const int first = run.first, last = run.last;
    QString error;
    auto grader = inference::Grader::create(std::move(*run.model), options, &error);
    if (!grader)
        return fail(verb, error);

    const inference::TensorCacheScope tensorCache(inference::kInferenceJobCacheBytes); // batches reuse their memory
    std::vector<inference::FrameGrade> grades;
    for (int start = first; start <= last; start += options.batchSize) {
        const int end = std::min(last, start + options.batchSize - 1);
        const std::vector<QImage> frames = media::displayFrames(src, start, end, src.info().defaultWindow, &error);
        if (frames.empty())
            return fail(verb, error);
        auto part = grader->grade(frames, src.calibration(), &error);
        if (part.empty())
            return fail(verb, error);
        grades.insert(grades.end(), part.begin(), part.end());
        printProgress(verb, double(end - first + 1) / (last - first + 1), QCoreApplication::translate("cli", "graded frame %1").arg(end + 1));
    }
    const auto wrist = inference::aggregateWrist(grades);
    const QStringList& classes = grader->card().classes;
    if (wrist.frames == 0)
        return fail(verb, QCoreApplication::translate("cli", "the nerve was found in none of the %1 frame(s), so %2 could not grade them "
                                                             "(it grades the %3 mm square around the nerve)")
                              .arg(grades.size()).arg(grader->card().name).arg(grader->card().nerveCropMm));
    const QString locator = grader->locatorCard() ? QStringLiteral("%1 %2").arg(grader->locatorCard()->name, grader->locatorCard()->version) : QString();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray frames;
        for (size_t i = 0; i < grades.size(); ++i)
            if (!grades[i].nerveFound)
                frames.append(QJsonObject{{QStringLiteral("frame"), first + int(i) + 1}, {QStringLiteral("nerveFound"), false}});
            else
                frames.append(QJsonObject{{QStringLiteral("frame"), first + int(i) + 1},
                                          {QStringLiteral("predicted"), classes.value(grades[i].predicted)},
                                          {QStringLiteral("probabilities"), probabilitiesJson(classes, grades[i].probabilities)}});
        printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("study"), parser.positionalArguments().first()},
            {QStringLiteral("model"), grader->card().name},
            {QStringLiteral("modelVersion"), grader->card().version},
            {QStringLiteral("task"), grader->card().task},
            {QStringLiteral("modelNotice"), grader->card().notice},
            {QStringLiteral("device"), grader->device().describe()},
            {QStringLiteral("nerveCropMm"), grader->card().nerveCropMm},
            {QStringLiteral("nerveLocator"), locator},
            {QStringLiteral("wrist"), QJsonObject{{QStringLiteral("predicted"), classes.value(wrist.predicted)},
                                                  {QStringLiteral("frames"), wrist.frames},
                                                  {QStringLiteral("probabilities"), probabilitiesJson(classes, wrist.probabilities)}}},
            {QStringLiteral("frames"), frames}}));
        return Ok;
    }
    printLine(QCoreApplication::translate("cli", "%1 %2 (%3) over %4 frame(s): %5")
                  .arg(grader->card().name, grader->card().version, grader->card().task)
                  .arg(wrist.frames).arg(classes.value(wrist.predicted)));
    for (int c = 0; c < classes.size(); ++c)
        printLine(QStringLiteral("  %1  %2").arg(classes[c], -12).arg(wrist.probabilities[size_t(c)], 0, 'f', 3));
    if (!locator.isEmpty())
        printLine(QCoreApplication::translate("cli", "Graded the %1 mm square around the nerve found by %2; %3 of %4 frame(s) had a nerve.")
                      .arg(grader->card().nerveCropMm).arg(locator).arg(wrist.frames).arg(grades.size()));
    if (!grader->card().notice.isEmpty())
        printLine(grader->card().notice);
    return Ok;
}

} // namespace ns::cli
