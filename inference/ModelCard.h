#pragma once
// A model card (DESIGN section 5): what a weights file is, how it was made and how well it
// did. The card travels beside its weights (NAME.json next to NAME.pt) and names the
// weights' sha256, so a swapped or damaged file is refused before it is loaded.

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <cstdint>

namespace ns::inference {

struct ModelCard {
    QString name;          // "sa-unet-wrist": what the user picks
    QString version;       // "1.0.0"
    QString task;          // "segmentation", "cts-binary", "cts-severity"
    QString architecture;  // a name of ns::models::architectureNames()
    QString activation;    // "relu", "noisy_relu", ... (U-Nets); empty otherwise
    int baseWidth = 0;     // 0: the architecture's default
    int inputWidth = 256;  // frames are resized to this before the network
    int inputHeight = 256;
    QStringList classes;   // classifier outputs in order; {"nerve"} for segmentation
    // Classifiers: > 0 when the input is a square of this many mm around the nerve (found
    // by a segmentation model), 0 when it is the whole frame. See NerveCrop.h.
    double nerveCropMm = 0;
    // Classifiers: the dense layers' dropout in training (< 0: the architecture's own), kept
    // so that fine-tuning from this model trains the same network.
    double dropout = -1;
    std::int64_t parameters = 0;
    QString weightsFile;   // file name relative to the card
    QString sha256;        // of the weights file, lower-case hex
    QString recipe;        // the command line that made the weights
    QString trainingData;  // what they were trained on
    QString notice;        // shown wherever the model is offered (e.g. "synthetic phantoms")
    QJsonObject metrics;   // held-out figures, free-form per task
    QString date;          // ISO-8601 date of training

    QJsonObject toJson() const;
    static ModelCard fromJson(const QJsonObject& json);
};

// Reads and checks a card's fields (not the weights); false with a one-line reason.
bool readModelCard(const QString& path, ModelCard* card, QString* error);
// Writes atomically (QSaveFile): a failed write leaves the old card.
bool writeModelCard(const QString& path, const ModelCard& card, QString* error);

// Lower-case hex sha256 of a file's bytes; empty with *error set when it cannot be read.
QString sha256OfFile(const QString& path, QString* error = nullptr);

} // namespace ns::inference
