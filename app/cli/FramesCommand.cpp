// nervescope-cli frames FILE --out DIR [--first N] [--last M]: decoded frames as PNG,
// greyscale or RGB exactly as the viewer displays them (file's default window/level).

#include "app/cli/CliCommon.h"
#include "app/cli/Commands.h"
#include "core/media/DisplayMapping.h"
#include "core/media/MediaOpener.h"

#include <QCoreApplication>
#include <QDir>

namespace ns::cli {

int runFrames(const QStringList& args)
{
    const QString verb = QStringLiteral("frames");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Write decoded frames as PNG files (frame_0001.png, ...), greyscale or RGB as "
                                        "displayed. Frame numbers are 1-based and inclusive."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cli", "DICOM, video or image file, or a folder of images"));
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("cli", "Output folder (created if missing)."), QStringLiteral("DIR")});
    addFrameRangeOptions(parser);
    int code = Ok;
    if (!parseOrExit(parser, args, 1, &code))
        return code;
    if (!parser.isSet(QStringLiteral("out")))
        return fail(verb, QCoreApplication::translate("cli", "--out DIR is required"), Usage);

    media::OpenResult opened = media::openMedia(parser.positionalArguments().first());
    if (!opened)
        return fail(verb, opened.error);
    media::FrameSource& src = *opened.source;

    int first = 0, last = 0;
    QString rangeError;
    if (!frameRange(parser, src.frameCount(), &first, &last, &rangeError))
        return fail(verb, rangeError, Usage);
    ++first; // this verb counts 1-based below, as displayed
    ++last;

    const QString outDir = parser.value(QStringLiteral("out"));
    if (!QDir().mkpath(outDir))
        return fail(verb, QCoreApplication::translate("cli", "cannot create the output folder %1").arg(outDir));

    const int digits = std::max(4, int(QString::number(src.frameCount()).size()));
    int written = 0;
    QStringList failures;
    for (int n = first; n <= last; ++n) {
        QString error;
        const QImage frame = src.frame(n - 1, &error);
        if (frame.isNull()) {
            failures << error;
            continue;
        }
        const QImage shown = media::toDisplayImage(frame, src.info().defaultWindow, src.info().bitsStored);
        const QString file = QDir(outDir).filePath(QStringLiteral("frame_%1.png").arg(n, digits, 10, QLatin1Char('0')));
        if (!shown.save(file, "PNG"))
            return fail(verb, QCoreApplication::translate("cli", "cannot write %1 (is the disk full or read-only?)").arg(file));
        ++written;
        printProgress(verb, double(n - first + 1) / (last - first + 1), QCoreApplication::translate("cli", "wrote frame %1").arg(n));
    }
    printLine(QCoreApplication::translate("cli", "%1 frame(s) written to %2").arg(written).arg(outDir));
    if (!failures.isEmpty())
        return fail(verb, QCoreApplication::translate("cli", "%1 frame(s) could not be decoded; first: %2").arg(failures.size()).arg(failures.first()));
    return Ok;
}

} // namespace ns::cli
