#pragma once
// What the model verbs (models, segment, grade, evaluate) share: finding and loading a
// model by name with its checks, and the --device options.

#include "core/media/MediaOpener.h"
#include "inference/InferenceOptions.h"
#include "inference/ModelFile.h"

#include <QCommandLineParser>
#include <optional>

namespace ns::cli {

void addDeviceOptions(QCommandLineParser& parser);
// --device cpu|cuda; false with *error for another value or cuda without a GPU.
bool deviceOptions(const QCommandLineParser& parser, inference::InferenceOptions* options, QString* error);

// A registry name or a card path; loaded with sha256 and architecture checks.
std::optional<inference::LoadedModel> loadNamedModel(const QString& nameOrPath, QString* error);

// What segment and grade start from: the device options, the file (first positional
// argument) open, its --first/--last range and the --model loaded, in that order, so a
// usage error is reported before a slow load.
struct ModelOnFrames {
    inference::InferenceOptions options;
    media::OpenResult opened;
    int first = 0;
    int last = 0;
    std::optional<inference::LoadedModel> model;
};
// Ok, or the exit code of fail(verb, ...) after printing why.
int openModelOnFrames(const QString& verb, const QCommandLineParser& parser, ModelOnFrames* run);

} // namespace ns::cli
