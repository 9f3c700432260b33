// nervescope-cli info FILE [--json]: what a study is and how it is calibrated.

#include "app/cli/CliCommon.h"
#include "app/cli/Commands.h"
#include "app/cli/StudyJson.h"
#include "core/media/MediaOpener.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ns::cli {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("cli", s); }

void printText(const media::FrameSource& src)
{
    const auto& info = src.info();
    printLine(tr("File:            %1").arg(info.path));
    printLine(tr("Kind:            %1 (%2)").arg(media::sourceKindName(info.kind), info.formatName));
    printLine(tr("Frames:          %1").arg(src.frameCount()));
    printLine(tr("Size:            %1 x %2 (columns x rows)").arg(src.frameSize().width()).arg(src.frameSize().height()));
    printLine(tr("Frame rate:      %1").arg(src.frameRate() > 0 ? tr("%1 fps").arg(src.frameRate(), 0, 'g', 6) : tr("not given")));
    printLine(tr("Photometric:     %1").arg(info.photometric));
    printLine(tr("Bits:            %1 stored of %2 allocated, %3 sample(s) per pixel%4")
                  .arg(info.bitsStored).arg(info.bitsAllocated).arg(info.samplesPerPixel)
                  .arg(info.isSigned ? tr(", signed") : QString()));
    if (!info.transferSyntaxUid.isEmpty())
        printLine(tr("Transfer syntax: %1 (%2)").arg(info.transferSyntax, info.transferSyntaxUid));
    const media::Calibration& cal = src.calibration();
    printLine(tr("Calibration:     %1").arg(cal.describe()));
    for (int i = 0; i < cal.regions().size(); ++i) {
        const media::UltrasoundRegion& r = cal.regions()[i];
        const QString scale = r.isSpatiallyCalibrated()
            ? tr("%1 x %2 mm/pixel").arg(r.mmPerPixelX(), 0, 'g', 6).arg(r.mmPerPixelY(), 0, 'g', 6)
            : tr("no spatial calibration (units %1 x %2)").arg(media::physicalUnitsName(r.unitsX), media::physicalUnitsName(r.unitsY));
        printLine(tr("  region %1:      x %2-%3, y %4-%5: %6")
                      .arg(i + 1).arg(r.bounds.left()).arg(r.bounds.right()).arg(r.bounds.top()).arg(r.bounds.bottom())
                      .arg(scale));
    }
    for (const media::FrameRange& d : info.damagedRanges)
        printLine(tr("Damaged frames:  %1-%2 cannot be decoded").arg(d.first + 1).arg(d.last + 1));
}
} // namespace

int runInfo(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Describe a study: frames, size, frame rate, photometric interpretation, "
                                        "transfer syntax and every calibration region with its mm per pixel."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("DICOM, video or image file, or a folder of images"));
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of text.")});
    parser.addOption({QStringLiteral("scan"), tr("Decode every frame to find damaged ones (slow for long videos).")});
    int code = Ok;
    if (!parseOrExit(parser, args, 1, &code))
        return code;

    media::OpenResult opened = media::openMedia(parser.positionalArguments().first());
    if (!opened)
        return fail(QStringLiteral("info"), opened.error);
    media::FrameSource& src = *opened.source;
    QString scanError;
    if (parser.isSet(QStringLiteral("scan")) && !scanAllFrames(src, QStringLiteral("info"), &scanError))
        return fail(QStringLiteral("info"), scanError);

    if (parser.isSet(QStringLiteral("json")))
        printJson(QJsonDocument(studyToJson(src)));
    else
        printText(src);
    return Ok;
}

} // namespace ns::cli
