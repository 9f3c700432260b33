// nervescope-cli segment FILE --model NAME --out DIR: nerve masks, contours and areas for
// every frame of a study, as the AI panel would produce them.

#include "app/cli/CliCommon.h"
#include "app/cli/Commands.h"
#include "app/cli/ModelCommon.h"
#include "core/annotation/Measurements.h"
#include "core/annotation/NerveAreaCheck.h"
#include "core/media/DisplayFrames.h"
#include "core/media/MediaOpener.h"
#include "inference/Segmenter.h"
#include "inference/TensorCache.h"
#include "inference/ViewCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>
#include <opencv2/imgcodecs.hpp>

namespace ns::cli {

namespace {

QJsonArray polygonJson(const QPolygonF& p)
{
    QJsonArray a;
    for (const QPointF& v : p)
        a.append(QJsonArray{v.x(), v.y()});
    return a;
}

bool writeText(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = QCoreApplication::translate("cli", "cannot write %1 (is the disk full or read-only?)").arg(path);
        return false;
    }
    return true;
}

} // namespace

int runSegment(const QStringList& args)
{
    const QString verb = QStringLiteral("segment");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Segment the median nerve on every frame: writes masks/frame_NNNN.png "
                                                                        "(255 = nerve), contours.json and areas.csv to --out."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cli", "DICOM, video or image file, or a folder of images"));
    parser.addOption({QStringLiteral("model"), QCoreApplication::translate("cli", "Model name (see `models list`) or model card path."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("cli", "Output folder (created if missing)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("threshold"), QCoreApplication::translate("cli", "Probability threshold (default 0.5)."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("ellipse"), QCoreApplication::translate("cli", "Replace each contour by its fitted ellipse.")});
    addDeviceOptions(parser);
    addFrameRangeOptions(parser);
    int code = Ok;
    if (!parseOrExit(parser, args, 1, &code))
        return code;
    if (!parser.isSet(QStringLiteral("model")) || !parser.isSet(QStringLiteral("out")))
        return fail(verb, QCoreApplication::translate("cli", "--model NAME and --out DIR are required"), Usage);
    ModelOnFrames run;
    if (const int opened = openModelOnFrames(verb, parser, &run); opened != Ok)
        return opened;
    const inference::InferenceOptions& options = run.options;
    media::FrameSource& src = *run.opened.source;
    const int first = run.first, last = run.last;
    QString error;
    auto segmenter = inference::Segmenter::create(std::move(*run.model), options, &error);
    if (!segmenter)
        return fail(verb, error);
    if (parser.isSet(QStringLiteral("threshold"))) {
        bool ok = false;
        const double t = parser.value(QStringLiteral("threshold")).toDouble(&ok);
        if (!ok || t <= 0 || t >= 1)
            return fail(verb, QCoreApplication::translate("cli", "--threshold must be between 0 and 1"), Usage);
        segmenter->extraction().threshold = t;
    }
    segmenter->extraction().ellipseRegularise = parser.isSet(QStringLiteral("ellipse"));

    const QDir out(parser.value(QStringLiteral("out")));
    if (!QDir().mkpath(out.filePath(QStringLiteral("masks"))))
        return fail(verb, QCoreApplication::translate("cli", "cannot create the output folder %1").arg(out.path()));

    const auto& card = segmenter->card();
    const int digits = std::max(4, int(QString::number(src.frameCount()).size()));
    QJsonArray framesJson;
    QByteArray csv = "frame,contour,area_px,area_mm2,perimeter_px,perimeter_mm,mean_probability,no_mm_reason\n";
    // Outlines no median nerve's cross-section measures: counted, and the first one named.
    const bool crossSections = inference::viewOfModel(card) != QLatin1String("longitudinal");
    int implausible = 0;
    QString firstImplausible;
    const int batch = options.batchSize;
    const inference::TensorCacheScope tensorCache(inference::kInferenceJobCacheBytes); // batches reuse their memory
    for (int start = first; start <= last; start += batch) {
        const int end = std::min(last, start + batch - 1);
        // The displayed image (default window): what the person sees is what the model sees.
        const std::vector<QImage> frames = media::displayFrames(src, start, end, src.info().defaultWindow, &error);
        if (frames.empty())
            return fail(verb, error);
        const auto results = segmenter->segment(frames, &error);
        if (results.empty())
            return fail(verb, error);
        for (int i = start; i <= end; ++i) {
            const auto& r = results[size_t(i - start)];
            const QString name = QStringLiteral("frame_%1.png").arg(i + 1, digits, 10, QLatin1Char('0'));
            const QString maskPath = out.filePath(QStringLiteral("masks/") + name);
            if (!cv::imwrite(QFile::encodeName(maskPath).toStdString(), r.nerve.mask))
                return fail(verb, QCoreApplication::translate("cli", "cannot write %1 (is the disk full or read-only?)").arg(maskPath));
            QJsonArray contours;
            for (int c = 0; c < r.nerve.contours.size(); ++c) {
                const auto m = annotation::measure(r.nerve.contours[c], &src.calibration());
                QJsonObject o{{QStringLiteral("vertices"), polygonJson(r.nerve.contours[c])},
                              {QStringLiteral("areaPx"), m.areaPx},
                              {QStringLiteral("perimeterPx"), m.perimeterPx},
                              {QStringLiteral("meanProbability"), r.nerve.meanProbability[c]}};
                if (m.areaMm2) {
                    o[QStringLiteral("areaMm2")] = *m.areaMm2;
                    o[QStringLiteral("perimeterMm")] = m.perimeterMm.value_or(0);
                    if (const QString odd = crossSections ? annotation::implausibleNerveArea(*m.areaMm2) : QString(); !odd.isEmpty()) {
                        o[QStringLiteral("areaWarning")] = odd;
                        if (implausible++ == 0)
                            firstImplausible = QCoreApplication::translate("cli", "frame %1, outline %2: %3").arg(i + 1).arg(c + 1).arg(odd);
                    }
                } else {
                    o[QStringLiteral("noMmReason")] = m.noPhysicalReason;
                }
                contours.append(o);
                csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,\"%8\"\n")
                           .arg(i + 1).arg(c + 1).arg(m.areaPx, 0, 'f', 2)
                           .arg(m.areaMm2 ? QString::number(*m.areaMm2, 'f', 3) : QString())
                           .arg(m.perimeterPx, 0, 'f', 2)
                           .arg(m.perimeterMm ? QString::number(*m.perimeterMm, 'f', 3) : QString())
                           .arg(r.nerve.meanProbability[c], 0, 'f', 4)
                           .arg(QString(m.noPhysicalReason).replace(QLatin1Char('"'), QLatin1Char('\'')))
                           .toUtf8();
            }
            framesJson.append(QJsonObject{{QStringLiteral("frame"), i + 1},
                                          {QStringLiteral("mask"), QStringLiteral("masks/") + name},
                                          {QStringLiteral("contours"), contours}});
        }
        printProgress(verb, double(end - first + 1) / (last - first + 1),
                      QCoreApplication::translate("cli", "segmented frame %1").arg(end + 1));
    }
    const QJsonObject doc{{QStringLiteral("study"), parser.positionalArguments().first()},
                          {QStringLiteral("model"), card.name},
                          {QStringLiteral("modelVersion"), card.version},
                          {QStringLiteral("modelNotice"), card.notice},
                          {QStringLiteral("device"), segmenter->device().describe()},
                          {QStringLiteral("threshold"), segmenter->extraction().threshold},
                          {QStringLiteral("frames"), framesJson}};
    if (!writeText(out.filePath(QStringLiteral("contours.json")), QJsonDocument(doc).toJson(QJsonDocument::Indented), &error)
        || !writeText(out.filePath(QStringLiteral("areas.csv")), csv, &error))
        return fail(verb, error);
    if (implausible > 0)
        warn(verb, QCoreApplication::translate("cli", "%n outline(s) outside the size of a median nerve; the first is %1", nullptr, implausible)
                               .arg(firstImplausible));
    printLine(QCoreApplication::translate("cli", "segmented %1 frame(s) with %2 %3 on %4; wrote %5")
                  .arg(last - first + 1).arg(card.name, card.version, segmenter->device().describe(), out.path()));
    return Ok;
}

} // namespace ns::cli
