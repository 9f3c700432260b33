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

void printText(const media::FrameSource& src)
{
    const auto& info = src.info();
    printLine(QCoreApplication::translate("cli", "File:            %1").arg(info.path));
    printLine(QCoreApplication::translate("cli", "Kind:            %1 (%2)").arg(media::sourceKindName(info.kind), info.formatName));
    printLine(QCoreApplication::translate("cli", "Frames:          %1").arg(src.frameCount()));
    printLine(QCoreApplication::translate("cli", "Size:            %1 x %2 (columns x rows)").arg(src.frameSize().width()).arg(src.frameSize().height()));
    printLine(QCoreApplication::translate("cli", "Frame rate:      %1").arg(src.frameRate() > 0 ? QCoreApplication::translate("cli", "%1 fps").arg(src.frameRate(), 0, 'g', 6) : QCoreApplication::translate("cli", "not given")));
    printLine(QCoreApplication::translate("cli", "Photometric:     %1").arg(info.photometric));
    printLine(QCoreApplication::translate("cli", "Bits:            %1 stored of %2 allocated, %3 sample(s) per pixel%4")
                  .arg(info.bitsStored).arg(info.bitsAllocated).arg(info.samplesPerPixel)
                  .arg(info.isSigned ? QCoreApplication::translate("cli", ", signed") : QString()));
    if (!info.transferSyntaxUid.isEmpty())
        printLine(QCoreApplication::translate("cli", "Transfer syntax: %1 (%2)").arg(info.transferSyntax, info.transferSyntaxUid));
    const media::Calibration& cal = src.calibration();
    printLine(QCoreApplication::translate("cli", "Calibration:     %1").arg(cal.describe()));
    for (int i = 0; i < cal.regions().size(); ++i) {
        const media::UltrasoundRegion& r = cal.regions()[i];
        const QString scale = r.isSpatiallyCalibrated()
            ? QCoreApplication::translate("cli", "%1 x %2 mm/pixel").arg(r.mmPerPixelX(), 0, 'g', 6).arg(r.mmPerPixelY(), 0, 'g', 6)
            : QCoreApplication::translate("cli", "no spatial calibration (units %1 x %2)").arg(media::physicalUnitsName(r.unitsX), media::physicalUnitsName(r.unitsY));
        printLine(QCoreApplication::translate("cli", "  region %1:      x %2-%3, y %4-%5: %6")
                      .arg(i + 1).arg(r.bounds.left()).arg(r.bounds.right()).arg(r.bounds.top()).arg(r.bounds.bottom())
                      .arg(scale));
    }
    for (const media::FrameRange& d : info.damagedRanges)
        printLine(QCoreApplication::translate("cli", "Damaged frames:  %1-%2 cannot be decoded").arg(d.first + 1).arg(d.last + 1));
}
} // namespace

int runInfo(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Describe a study: frames, size, frame rate, photometric interpretation, "
                                        "transfer syntax and every calibration region with its mm per pixel."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cli", "DICOM, video or image file, or a folder of images"));
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON instead of text.")});
    parser.addOption({QStringLiteral("scan"), QCoreApplication::translate("cli", "Decode every frame to find damaged ones (slow for long videos).")});
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
