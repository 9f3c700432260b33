#pragma once
// Reads the manifest of a labelled dataset folder (from `dataset synth`, or an export in
// the same layout): one item per frame with its image, mask, split, patient, wrist, view,
// scanner profile and grades. Shared by evaluation and training so both see the same
// items the same way.

#include <QList>
#include <QString>

namespace ns::inference {

struct DatasetItem {
    QString name;
    QString imagePath; // absolute
    QString maskPath;  // absolute; may be empty for classification-only sets
    QString split;     // train / val / test
    QString patient;
    QString wrist;     // left / right
    QString view;      // wrist / forearm / longitudinal
    QString profile;   // scanner profile
    int cts = 0;       // binary label
    int severity = 0;  // 0 normal .. 3 severe (gradeIndex)
    bool nervePresent = true;
    double pixelSpacingMm = 0; // 0 when unknown
};

struct DatasetManifest {
    QString dir;
    QString task; // as written by the generator: segmentation, cts-binary, cts-severity
    QList<DatasetItem> items;
};

// False with a one-line reason for a missing folder, an unreadable manifest or items
// whose files are missing.
bool readDatasetManifest(const QString& dir, DatasetManifest* manifest, QString* error);

// The view a model of `architecture` for `task` was made for: the longitudinal severity
// CNN reads longitudinal frames, every other model the wrist transverse view.
QString defaultViewFor(const QString& task, const QString& architecture);

} // namespace ns::inference
