// nervescope-cli explain FILE --model NAME --method occlusion|lime|gradcam [--frame I]
// [--target CLASS] --out heat.png [--raw heat.tiff]: a heatmap of what drove the model's
// score on one frame, as the AI panel's Explain shows it.

#include "app/cli/CliCommon.h"
#include "app/cli/Commands.h"
#include "app/cli/ModelCommon.h"
#include "core/media/DisplayMapping.h"
#include "core/media/MediaOpener.h"
#include "inference/explain/Explainer.h"
#include "inference/explain/HeatmapImage.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ns::cli {

namespace {

using namespace ns::inference::explain;

// A positive integer option, or the default when absent; false with *error otherwise.
bool intOption(const QCommandLineParser& parser, const QString& name, int min, int* value, QString* error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok || v < min) {
        *error = QCoreApplication::translate("cli", "--%1 must be a whole number of at least %2").arg(name).arg(min);
        return false;
    }
    *value = v;
    return true;
}

bool requestOptions(const QCommandLineParser& parser, ExplainRequest* r, QString* error)
{
    if (!parseMethod(parser.value(QStringLiteral("method")), &r->method)) {
        *error = QCoreApplication::translate("cli", "--method must be occlusion, lime or gradcam");
        return false;
    }
    if (parser.isSet(QStringLiteral("fill"))) {
        Fill fill;
        if (!parseFill(parser.value(QStringLiteral("fill")), &fill)) {
            *error = QCoreApplication::translate("cli", "--fill must be mean, zero, blur or region");
            return false;
        }
        r->occlusion.fill = r->lime.fill = fill;
    }
    if (parser.isSet(QStringLiteral("score")) && !parseScore(parser.value(QStringLiteral("score")), &r->score)) {
        *error = QCoreApplication::translate("cli", "--score must be logodds or probability");
        return false;
    }
    int seed = int(r->lime.seed);
    const bool ok = intOption(parser, QStringLiteral("patch"), 1, &r->occlusion.patch, error)
        && intOption(parser, QStringLiteral("stride"), 1, &r->occlusion.stride, error)
        && intOption(parser, QStringLiteral("samples"), 2, &r->lime.samples, error)
        && intOption(parser, QStringLiteral("superpixels"), 2, &r->lime.superpixels, error)
        && intOption(parser, QStringLiteral("seed"), 0, &seed, error);
    r->lime.seed = std::uint64_t(seed);
    return ok;
}

// --precision: explanations default to bfloat16 where the CPU has it (about 2x faster).
bool precisionOption(const QCommandLineParser& parser, inference::InferenceOptions* options, QString* error)
{
    const QString p = parser.value(QStringLiteral("precision"));
    if (p == QLatin1String("auto"))
        options->precision = inference::Precision::Automatic;
    else if (p == QLatin1String("float32"))
        options->precision = inference::Precision::Float32;
    else if (p == QLatin1String("bfloat16"))
        options->precision = inference::Precision::BFloat16;
    else {
        *error = QCoreApplication::translate("cli", "--precision must be auto, float32 or bfloat16");
        return false;
    }
    return true;
}

} // namespace

int runExplain(const QStringList& args)
{
    const QString verb = QStringLiteral("explain");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Explain a model's score on one frame as a heatmap: occlusion sensitivity, "
                                                                        "LIME (superpixels) or Grad-CAM. Writes the heatmap over the frame as an "
                                                                        "image and, with --raw, the float values as a TIFF."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cli", "DICOM, video or image file, or a folder of images"));
    parser.addOption({QStringLiteral("model"), QCoreApplication::translate("cli", "Model name (see `models list`) or model card path."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("method"), QCoreApplication::translate("cli", "occlusion, lime or gradcam (default occlusion)."), QStringLiteral("M"), QStringLiteral("occlusion")});
    parser.addOption({QStringLiteral("frame"), QCoreApplication::translate("cli", "Frame to explain (1-based, default 1)."), QStringLiteral("I")});
    parser.addOption({QStringLiteral("target"), QCoreApplication::translate("cli", "Class to explain, by name or 0-based index (default: the predicted "
                                                                                   "class; segmentation models explain the nerve)."), QStringLiteral("CLASS")});
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("cli", "Heatmap over the frame (PNG)."), QStringLiteral("heat.png")});
    parser.addOption({QStringLiteral("raw"), QCoreApplication::translate("cli", "Raw heatmap values at frame size (32-bit float TIFF)."), QStringLiteral("heat.tiff")});
    parser.addOption({QStringLiteral("opacity"), QCoreApplication::translate("cli", "Overlay opacity 0-1 (default 0.6)."), QStringLiteral("A")});
    parser.addOption({QStringLiteral("patch"), QCoreApplication::translate("cli", "Occlusion window side in model pixels (default 16)."), QStringLiteral("PX")});
    parser.addOption({QStringLiteral("stride"), QCoreApplication::translate("cli", "Occlusion window step in model pixels (default 8)."), QStringLiteral("PX")});
    parser.addOption({QStringLiteral("fill"), QCoreApplication::translate("cli", "What hides a region: mean, zero, blur or region (its own mean) (default mean)."), QStringLiteral("F")});
    parser.addOption({QStringLiteral("score"), QCoreApplication::translate("cli", "Scale of the explained score: logodds or probability (default "
                                                                                  "logodds: a confident model's probability barely moves)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("samples"), QCoreApplication::translate("cli", "LIME samples (default 1000)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("superpixels"), QCoreApplication::translate("cli", "LIME superpixels (default 32 on a classifier's nerve crop, 64 on a whole frame)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("seed"), QCoreApplication::translate("cli", "LIME random seed (default 1)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("precision"), QCoreApplication::translate("cli", "CPU arithmetic: auto (bfloat16 where the CPU computes it natively, "
                                                                                      "about twice as fast; float32 elsewhere), float32 or bfloat16 (default auto)."),
                      QStringLiteral("P"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print a JSON summary instead of text.")});
    addDeviceOptions(parser);
    int code = Ok;
    if (!parseOrExit(parser, args, 1, &code))
        return code;
    if (!parser.isSet(QStringLiteral("model")))
        return fail(verb, QCoreApplication::translate("cli", "--model NAME is required"), Usage);
    if (!parser.isSet(QStringLiteral("out")) && !parser.isSet(QStringLiteral("raw")))
        return fail(verb, QCoreApplication::translate("cli", "--out heat.png (or --raw heat.tiff) is required"), Usage);
    inference::InferenceOptions options;
    ExplainRequest request;
    QString error;
    if (!deviceOptions(parser, &options, &error) || !precisionOption(parser, &options, &error)
        || !requestOptions(parser, &request, &error))
        return fail(verb, error, Usage);
    bool ok = true;
    const double opacity = parser.isSet(QStringLiteral("opacity")) ? parser.value(QStringLiteral("opacity")).toDouble(&ok) : 0.6;
    if (!ok || opacity < 0 || opacity > 1)
        return fail(verb, QCoreApplication::translate("cli", "--opacity must be between 0 and 1"), Usage);

    media::OpenResult opened = media::openMedia(parser.positionalArguments().first());
    if (!opened)
        return fail(verb, opened.error);
    media::FrameSource& src = *opened.source;
    request.calibration = src.calibration();
    const int frameNumber = parser.isSet(QStringLiteral("frame")) ? parser.value(QStringLiteral("frame")).toInt(&ok) : 1;
    if (!ok || frameNumber < 1 || frameNumber > src.frameCount())
        return fail(verb, QCoreApplication::translate("cli", "--frame must be within 1-%1").arg(src.frameCount()), Usage);
    auto model = loadNamedModel(parser.value(QStringLiteral("model")), &error);
    if (!model)
        return fail(verb, error);
    auto explainer = Explainer::create(std::move(*model), options, &error);
    if (!explainer)
        return fail(verb, error);
    if (parser.isSet(QStringLiteral("target")) && !explainer->isSegmenter()) {
        const QString t = parser.value(QStringLiteral("target"));
        const QStringList classes = explainer->targets();
        request.targetClass = classes.indexOf(t);
        if (request.targetClass < 0)
            request.targetClass = t.toInt(&ok);
        if (!ok || request.targetClass < 0 || request.targetClass >= classes.size())
            return fail(verb, QCoreApplication::translate("cli", "--target %1 is not a class of %2 (%3)")
                                  .arg(t, explainer->card().name, classes.join(QStringLiteral(", "))), Usage);
    }
    const QImage stored = src.frame(frameNumber - 1, &error);
    if (stored.isNull())
        return fail(verb, QCoreApplication::translate("cli", "frame %1: %2").arg(frameNumber).arg(error));
    const QImage frame = media::toDisplayImage(stored, src.info().defaultWindow, src.info().bitsStored);
    const jobs::Progress progress([&verb](double f, const QString& m) { printProgress(verb, f, m); }, jobs::CancelToken());
    const ExplainResult result = explainer->explain(frame, request, progress, &error);
    if (!result.ok())
        return fail(verb, error);
    if (parser.isSet(QStringLiteral("out")) && !writeOverlay(parser.value(QStringLiteral("out")), frame, result.heatmap, opacity, &error))
        return fail(verb, error);
    if (parser.isSet(QStringLiteral("raw")) && !writeRawTiff(parser.value(QStringLiteral("raw")), result.heatmap, &error))
        return fail(verb, error);

    double lo = 0, hi = 0;
    cv::Point peak;
    cv::minMaxLoc(result.heatmap, &lo, &hi, nullptr, &peak);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("study"), parser.positionalArguments().first()},
            {QStringLiteral("frame"), frameNumber},
            {QStringLiteral("model"), explainer->card().name},
            {QStringLiteral("modelVersion"), explainer->card().version},
            {QStringLiteral("modelNotice"), explainer->card().notice},
            {QStringLiteral("method"), methodName(request.method)},
            {QStringLiteral("target"), result.target},
            {QStringLiteral("score"), result.baseScore},
            {QStringLiteral("scoreScale"), scoreName(result.score)},
            {QStringLiteral("evaluations"), result.evaluations},
            {QStringLiteral("seconds"), result.seconds},
            {QStringLiteral("device"), explainer->device().describe()},
            {QStringLiteral("min"), lo},
            {QStringLiteral("max"), hi},
            {QStringLiteral("peak"), QJsonObject{{QStringLiteral("x"), peak.x}, {QStringLiteral("y"), peak.y}}},
            {QStringLiteral("width"), result.heatmap.cols},
            {QStringLiteral("height"), result.heatmap.rows}}));
        return Ok;
    }
    printLine(QCoreApplication::translate("cli", "%1 of %2 (%3, %4) on frame %5: %6 model evaluations in %7 s on %8")
                  .arg(methodDisplayName(request.method), explainer->card().name, result.target,
                       describeScore(result.score, result.baseScore, explainer->isSegmenter()))
                  .arg(frameNumber).arg(result.evaluations)
                  .arg(result.seconds, 0, 'f', 2).arg(explainer->device().describe()));
    printLine(QCoreApplication::translate("cli", "heatmap range %1 to %2, peak at (%3, %4)").arg(lo, 0, 'g', 4).arg(hi, 0, 'g', 4).arg(peak.x).arg(peak.y));
    if (!explainer->card().notice.isEmpty())
        printLine(explainer->card().notice);
    return Ok;
}

} // namespace ns::cli
