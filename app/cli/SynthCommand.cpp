// nervescope-cli synth: one synthetic cine with exact ground truth, written as DICOM (with
// ultrasound region calibration) or video, optionally with the ground truth as JSON.

#include "app/cli/CliCommon.h"
#include "app/cli/Commands.h"
#include "core/synth/CineGenerator.h"
#include "core/synth/writers/SynthDicomWriter.h"
#include "core/synth/writers/SynthVideoWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace ns::cli {

namespace {

QJsonObject truthJson(const synth::SynthCine& cine, const synth::SynthRequest& req)
{
    QJsonArray frames;
    for (const synth::SynthFrame& f : cine.frames) {
        const synth::GroundTruth& t = f.truth;
        QJsonArray contours;
        for (const QPolygonF& poly : t.contours) {
            QJsonArray pts;
            for (const QPointF& p : poly)
                pts.append(QJsonArray{p.x(), p.y()});
            contours.append(pts);
        }
        frames.append(QJsonObject{
            {QStringLiteral("frame"), t.frameIndex},
            {QStringLiteral("level"), t.level},
            {QStringLiteral("sweepPositionMm"), t.sweepPositionMm},
            {QStringLiteral("nervePresent"), t.nervePresent},
            {QStringLiteral("bifid"), t.bifid},
            {QStringLiteral("areaPx"), t.areaPx},
            {QStringLiteral("areaMm2"), t.areaMm2},
            {QStringLiteral("contours"), contours},
        });
    }
    const synth::GroundTruth first = cine.frames.empty() ? synth::GroundTruth{} : cine.frames.front().truth;
    const synth::SeverityParams& s = first.severity;
    return QJsonObject{
        {QStringLiteral("view"), synth::viewName(req.view)},
        {QStringLiteral("grade"), synth::gradeName(req.grade)},
        {QStringLiteral("cts"), synth::isCts(req.grade)},
        {QStringLiteral("profile"), cine.profile.name},
        {QStringLiteral("seed"), QString::number(quint64(req.seed))},
        {QStringLiteral("patient"), first.patientId},
        {QStringLiteral("wrist"), first.wrist},
        {QStringLiteral("pixelSpacingMm"), cine.profile.pixelSpacingMm},
        {QStringLiteral("frameRate"), cine.frameRate},
        {QStringLiteral("severity"), QJsonObject{{QStringLiteral("csaMm2"), s.csaMm2},
                                                 {QStringLiteral("fascicleVisibility"), s.fascicleVisibility},
                                                 {QStringLiteral("echogenicity"), s.echogenicity},
                                                 {QStringLiteral("epineuriumBlur"), s.epineuriumBlur},
                                                 {QStringLiteral("flattening"), s.flattening},
                                                 {QStringLiteral("perineuralThickness"), s.perineuralThickness}}},
        {QStringLiteral("frames"), frames},
    };
}
} // namespace

int runSynth(const QStringList& args)
{
    const QString verb = QStringLiteral("synth");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Generate a synthetic median-nerve cine with exact ground truth and write it as "
                                        "DICOM (Ultrasound Multi-frame, calibrated), MP4 or AVI. Same seed, same file."));
    parser.addOption({QStringLiteral("view"), QCoreApplication::translate("cli", "wrist, forearm or longitudinal (default wrist)."), QStringLiteral("VIEW"), QStringLiteral("wrist")});
    parser.addOption({QStringLiteral("grade"), QCoreApplication::translate("cli", "normal, mild, moderate or severe (default normal)."), QStringLiteral("GRADE"), QStringLiteral("normal")});
    parser.addOption({QStringLiteral("profile"), QCoreApplication::translate("cli", "Scanner profile: hm70a, minisono or handheld (default hm70a)."), QStringLiteral("PROFILE"), QStringLiteral("hm70a")});
    parser.addOption({QStringLiteral("frames"), QCoreApplication::translate("cli", "Number of frames (default 60)."), QStringLiteral("N"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("seed"), QCoreApplication::translate("cli", "Random seed (default 1)."), QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("bifid"), QCoreApplication::translate("cli", "A bifid median nerve (two bundles).")});
    parser.addOption({QStringLiteral("empty"), QCoreApplication::translate("cli", "The nerve out of view (empty masks).")});
    parser.addOption({QStringLiteral("jpeg"), QCoreApplication::translate("cli", "DICOM only: JPEG baseline (lossy) instead of uncompressed.")});
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("cli", "Output file: .dcm, .mp4 or .avi."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("truth"), QCoreApplication::translate("cli", "Also write the ground truth (per-frame contours, areas, grade, severity) as JSON."), QStringLiteral("FILE")});
    int code = Ok;
    if (!parseOrExit(parser, args, 0, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return fail(verb, QCoreApplication::translate("cli", "unexpected argument %1").arg(parser.positionalArguments().first()), Usage);
    if (!parser.isSet(QStringLiteral("out")))
        return fail(verb, QCoreApplication::translate("cli", "--out FILE is required"), Usage);

    synth::SynthRequest req;
    synth::ScannerProfile profile;
    if (!synth::parseView(parser.value(QStringLiteral("view")), &req.view))
        return fail(verb, QCoreApplication::translate("cli", "unknown view \"%1\" (wrist, forearm, longitudinal)").arg(parser.value(QStringLiteral("view"))), Usage);
    if (!synth::parseGrade(parser.value(QStringLiteral("grade")), &req.grade))
        return fail(verb, QCoreApplication::translate("cli", "unknown grade \"%1\" (normal, mild, moderate, severe)").arg(parser.value(QStringLiteral("grade"))), Usage);
    if (!synth::profileByName(parser.value(QStringLiteral("profile")), &profile))
        return fail(verb, QCoreApplication::translate("cli", "unknown profile \"%1\" (hm70a, minisono, handheld)").arg(parser.value(QStringLiteral("profile"))), Usage);
    req.profile = profile.name;
    bool okFrames = false, okSeed = false;
    req.frames = parser.value(QStringLiteral("frames")).toInt(&okFrames);
    req.seed = parser.value(QStringLiteral("seed")).toULongLong(&okSeed);
    if (!okFrames || req.frames < 1 || req.frames > 10000)
        return fail(verb, QCoreApplication::translate("cli", "--frames must be a whole number from 1 to 10000"), Usage);
    if (!okSeed)
        return fail(verb, QCoreApplication::translate("cli", "--seed must be a non-negative whole number"), Usage);
    req.bifid = parser.isSet(QStringLiteral("bifid"));
    req.emptyFrames = parser.isSet(QStringLiteral("empty"));
    req.patientId = QStringLiteral("SYN-S%1").arg(req.seed);

    const QString out = parser.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("dcm") && suffix != QLatin1String("mp4") && suffix != QLatin1String("avi"))
        return fail(verb, QCoreApplication::translate("cli", "--out must end in .dcm, .mp4 or .avi"), Usage);
    if (parser.isSet(QStringLiteral("jpeg")) && suffix != QLatin1String("dcm"))
        return fail(verb, QCoreApplication::translate("cli", "--jpeg applies to .dcm output only"), Usage);
    // Fail before minutes of generation when the output cannot be written.
    if (!QFileInfo(QFileInfo(out).absolutePath()).isDir())
        return fail(verb, QCoreApplication::translate("cli", "cannot write %1: the folder does not exist").arg(out));

    const ns::jobs::Progress progress([&](double f, const QString& m) { printProgress(verb, f * 0.9, m); }, {});
    const synth::SynthCine cine = synth::generateCine(req, progress);
    if (int(cine.frames.size()) != req.frames)
        return fail(verb, QCoreApplication::translate("cli", "the generator made %1 of %2 frames").arg(cine.frames.size()).arg(req.frames));

    QString error;
    bool ok = false;
    if (suffix == QLatin1String("dcm")) {
        synth::DicomWriteOptions o;
        o.deterministicSeed = req.seed;
        if (parser.isSet(QStringLiteral("jpeg")))
            o.encoding = synth::DicomWriteOptions::Encoding::JpegBaseline;
        ok = synth::writeSynthDicom(cine, out, o, &error);
    } else {
        ok = synth::writeSynthVideo(cine, out, &error);
    }
    if (!ok)
        return fail(verb, error);

    if (parser.isSet(QStringLiteral("truth"))) {
        const QString truthPath = parser.value(QStringLiteral("truth"));
        QSaveFile f(truthPath);
        const QByteArray json = QJsonDocument(truthJson(cine, req)).toJson(QJsonDocument::Indented);
        if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size() || !f.commit())
            return fail(verb, QCoreApplication::translate("cli", "cannot write %1: %2").arg(truthPath, f.errorString()));
    }
    const QSize size = cine.frames.front().image.size();
    printLine(QCoreApplication::translate("cli", "wrote %1: %2 frame(s) %3x%4, %5 frames/s, %6 mm/px (%7, %8, %9, seed %10)")
                  .arg(out).arg(cine.frames.size()).arg(size.width()).arg(size.height())
                  .arg(cine.frameRate, 0, 'g', 4).arg(cine.profile.pixelSpacingMm, 0, 'g', 4)
                  .arg(synth::viewName(req.view), synth::gradeName(req.grade), cine.profile.name)
                  .arg(req.seed));
    if (parser.isSet(QStringLiteral("truth")))
        printLine(QCoreApplication::translate("cli", "wrote %1: ground truth").arg(parser.value(QStringLiteral("truth"))));
    return Ok;
}

} // namespace ns::cli
