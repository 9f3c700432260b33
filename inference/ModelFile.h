#pragma once
// Loading and saving a network together with its card. Loading refuses a missing card, a
// weights file whose sha256 differs from the card's, an unknown architecture and weights
// that do not fit the architecture, each with a one-line reason; nothing half-loaded
// escapes. LibTorch stays out of this header so the UI and the CLI can include it.

#include "inference/ModelCard.h"

#include <memory>
#include <optional>

namespace ns::models { class NetModule; }

namespace ns::inference {

struct LoadedModel {
    ModelCard card;
    QString cardPath;
    std::shared_ptr<ns::models::NetModule> net; // in eval mode, on the CPU
};

// cardPath: NAME.json; its weights file is resolved relative to it.
std::optional<LoadedModel> loadModel(const QString& cardPath, QString* error);

// Creates the network a card describes (fresh weights); nullptr with *error otherwise.
std::shared_ptr<ns::models::NetModule> createNetwork(const ModelCard& card, QString* error);

// Writes DIR/<card.name>.pt and DIR/<card.name>.json, filling weightsFile, sha256 and
// parameters into the card written (and into *card). Weights go to a temporary file first
// and are renamed into place, so a full disk never leaves a truncated model behind.
bool saveModel(const ns::models::NetModule& net, ModelCard* card, const QString& dir, QString* error);

} // namespace ns::inference
