#include "app/cli/ModelCommon.h"

#include "app/cli/CliCommon.h"
#include "inference/ComputeDevice.h"
#include "inference/ModelRegistry.h"
#include "inference/ViewCheck.h"

#include <QCoreApplication>

namespace ns::cli {

void addDeviceOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("device"), QCoreApplication::translate("cli", "cpu or cuda (default: cuda when available, else cpu)."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("threads"), QCoreApplication::translate("cli", "CPU threads (default: chosen by measurement)."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("batch"), QCoreApplication::translate("cli", "Frames per forward pass (default 8)."), QStringLiteral("B")});
}

bool deviceOptions(const QCommandLineParser& parser, inference::InferenceOptions* options, QString* error)
{
    const QString device = parser.value(QStringLiteral("device"));
    if (device == QLatin1String("cpu")) {
        options->forceCpu = true;
    } else if (device == QLatin1String("cuda")) {
        if (!inference::probeComputeDevice(false).cudaAvailable) {
            *error = QCoreApplication::translate("cli", "--device cuda: this LibTorch sees no CUDA device");
            return false;
        }
    } else if (!device.isEmpty()) {
        *error = QCoreApplication::translate("cli", "--device must be cpu or cuda, not \"%1\"").arg(device);
        return false;
    }
    bool ok = true;
    if (parser.isSet(QStringLiteral("threads"))) {
        options->cpuThreads = parser.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || options->cpuThreads < 1) {
            *error = QCoreApplication::translate("cli", "--threads must be a positive number");
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("batch"))) {
        options->batchSize = parser.value(QStringLiteral("batch")).toInt(&ok);
        if (!ok || options->batchSize < 1) {
            *error = QCoreApplication::translate("cli", "--batch must be a positive number");
            return false;
        }
    }
    return true;
}

std::optional<inference::LoadedModel> loadNamedModel(const QString& nameOrPath, QString* error)
{
    const inference::ModelEntry entry = inference::ModelRegistry().find(nameOrPath, error);
    if (entry.cardPath.isEmpty())
        return std::nullopt;
    return inference::loadModel(entry.cardPath, error);
}

int openModelOnFrames(const QString& verb, const QCommandLineParser& parser, ModelOnFrames* run)
{
    QString error;
    if (!deviceOptions(parser, &run->options, &error))
        return fail(verb, error, Usage);
    run->opened = media::openMedia(parser.positionalArguments().first());
    if (!run->opened)
        return fail(verb, run->opened.error);
    if (!frameRange(parser, run->opened.source->frameCount(), &run->first, &run->last, &error))
        return fail(verb, error, Usage);
    run->model = loadNamedModel(parser.value(QStringLiteral("model")), &error);
    if (!run->model)
        return fail(verb, error);
    if (const QString mismatch = inference::viewMismatchWarning(run->model->card.name, inference::viewOfModel(run->model->card),
                                                                     run->opened.source->info().scanView); !mismatch.isEmpty())
        warn(verb, mismatch);
    return Ok;
}

} // namespace ns::cli
