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
    QString view;      // wrist / forearm / longitudinal; empty in an export of studies without one
    QString profile;   // scanner profile
    // -1 where the row has none (an export of studies nobody graded): such a frame is never
    // scored or trained on as if it were normal.
    int cts = -1;      // binary label, 0/1
    int severity = -1; // 0 normal .. 3 severe (gradeIndex)
    bool nervePresent = true;
    double pixelSpacingMm = 0; // 0 when unknown
};

// Whether an item belongs to `view`; an item without a view belongs to every view.
inline bool inView(const DatasetItem& item, const QString& view) { return item.view.isEmpty() || item.view == view; }

// The item's label for a classifier of that kind (-1: none).
inline int labelOf(const DatasetItem& item, bool binary) { return binary ? item.cts : item.severity; }

struct DatasetManifest {
    QString dir;
    QString task; // as written by the generator: segmentation, cts-binary, cts-severity
    QString seed; // the generator's seed, as written (empty for an export)
    QList<DatasetItem> items;
};

// False with a one-line reason for a missing folder, an unreadable manifest or items
// whose files are missing.
bool readDatasetManifest(const QString& dir, DatasetManifest* manifest, QString* error);

// The view a model of `architecture` for `task` was made for: the longitudinal severity
// CNN reads longitudinal frames, every other model the wrist transverse view.
QString defaultViewFor(const QString& task, const QString& architecture);

} // namespace ns::inference
