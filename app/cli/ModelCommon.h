#pragma once
// What the model verbs (models, segment, grade, evaluate) share: finding and loading a
// model by name with its checks, and the --device options.

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

} // namespace ns::cli
