#pragma once
// An untrained CTS yes/no classifier written as a real model file (weights, card, sha256), for
// tests of what carries a model (jobs, pickers, explanations, the CLI) rather than of its
// answers.

#include "inference/ModelFile.h"

#include <QDir>
#include <QString>

namespace ns::testdata {

// DIR/NAME.pt and DIR/NAME.json; the card's path, or empty with *error.
inline QString writeUntrainedGrader(const QString& dir, const QString& name, const QString& architecture, int inputSize,
                                    QString* error, const QString& version = QStringLiteral("0.0.0-untrained"))
{
    ns::inference::ModelCard card;
    card.name = name;
    card.version = version;
    card.task = QStringLiteral("cts-binary");
    card.architecture = architecture;
    card.inputWidth = card.inputHeight = inputSize;
    card.classes = {QStringLiteral("normal"), QStringLiteral("cts")};
    card.notice = QStringLiteral("Untrained test model.");
    auto net = ns::inference::createNetwork(card, error);
    if (!net || !ns::inference::saveModel(*net, &card, dir, error))
        return {};
    return QDir(dir).filePath(name + QStringLiteral(".json"));
}

} // namespace ns::testdata
