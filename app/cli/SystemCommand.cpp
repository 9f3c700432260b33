// nervescope-cli system [--json] [--cpu]: which device inference would use.

#include "app/cli/CliCommon.h"
#include "app/cli/Commands.h"
#include "inference/ComputeDevice.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ns::cli {

int runSystem(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Report the inference device and library versions."));
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON instead of text.")});
    parser.addOption({QStringLiteral("cpu"), QCoreApplication::translate("cli", "Report as if the CPU were forced.")});
    int code = Ok;
    if (!parseOrExit(parser, args, 0, &code))
        return code;
    const inference::ComputeDevice d = inference::probeComputeDevice(parser.isSet(QStringLiteral("cpu")));
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("device"), d.cuda ? QStringLiteral("cuda") : QStringLiteral("cpu")},
            {QStringLiteral("cudaAvailable"), d.cudaAvailable},
            {QStringLiteral("cudaDevices"), d.cudaDeviceCount},
            {QStringLiteral("cpuThreads"), d.cpuThreads},
            {QStringLiteral("torch"), d.torchVersion},
            {QStringLiteral("qt"), QString::fromLatin1(qVersion())}}));
    } else {
        printLine(QCoreApplication::translate("cli", "Inference device: %1").arg(d.describe()));
        printLine(QCoreApplication::translate("cli", "LibTorch %1, Qt %2").arg(d.torchVersion, QString::fromLatin1(qVersion())));
    }
    return Ok;
}

} // namespace ns::cli
