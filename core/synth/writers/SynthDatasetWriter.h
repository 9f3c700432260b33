#pragma once
// A labelled dataset folder from synthetic frames:
//   DIR/images/NAME.png   8-bit grey B-mode frame
//   DIR/masks/NAME.png    0 outside / 255 inside the nerve (all 0 when no nerve is in view)
//   DIR/manifest.csv and DIR/manifest.json, one row per frame with every ground-truth field
// Splits are by patient, never by frame: frames of one patient are near-duplicates, and a
// patient in two splits leaks the answer into the test set.

#include "core/synth/SynthTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <cstdint>

namespace ns::synth {

// "train", "val" or "test" for every patient id, 70/15/15 by a seeded shuffle of the sorted
// ids (the same ids and seed give the same split). With fewer than 3 patients, train is
// filled first, then test, then val: every split that exists is non-empty.
QMap<QString, QString> splitPatients(QStringList patientIds, std::uint64_t seed);

struct ManifestRow {
    QString name;   // file stem, unique in the dataset
    QString split;
    GroundTruth truth;
    double pixelSpacingMm = 0;
    int maskPixels = 0; // pixels set in the written mask
    QJsonObject extra;  // task-specific fields (label, task)
};

// One frame ready to be written: its PNGs encoded and its manifest row filled. Encoding
// is most of a frame's writing time and needs no writer, so it may run on any thread.
struct EncodedFrame {
    ManifestRow row;
    QByteArray imagePng;
    QByteArray maskPng;
};
EncodedFrame encodeFrame(const QString& name, const SynthFrame& frame, double pixelSpacingMm, const QString& split,
                         const QJsonObject& extra);

class DatasetFolderWriter {
public:
    // Creates DIR/images and DIR/masks. `task` is recorded in the manifest.
    bool open(const QString& dir, const QString& task, std::uint64_t seed, QString* error);
    // Recorded in manifest.json when non-zero (DatasetRequest::speckleSeed).
    void setSpeckleSeed(std::uint64_t seed) { m_speckleSeed = seed; }
    // Writes one frame's image and mask; its split must be train/val/test.
    bool add(const EncodedFrame& frame, QString* error);
    // Writes manifest.csv and manifest.json (also called for an empty dataset).
    bool finish(QString* error);

    const QList<ManifestRow>& rows() const { return m_rows; }
    QString dir() const { return m_dir; }

    // The manifest's columns, in CSV order.
    static QStringList columns();

private:
    QString m_dir;
    QString m_task;
    std::uint64_t m_seed = 0;
    std::uint64_t m_speckleSeed = 0;
    QList<ManifestRow> m_rows;
};

} // namespace ns::synth
