#pragma once
// Reads an exported (or third-party) dataset folder into images with their contours, for
// importing into a workspace: PNG + manifest.json (NerveScope's own, or a `dataset synth`
// folder), COCO JSON with polygons or run-length encoded masks (CocoRle.h), and the nnU-Net
// v2 raw layout. Contours come from stored polygons where the format has them (exact) and
// from label masks otherwise (MaskPolygons.h: the same pixels back).

#include "core/annotation/Contour.h"
#include "core/jobs/Progress.h"

#include <QList>
#include <QString>
#include <optional>

namespace ns::exporting {

enum class ImportFormat { Png, Coco, NnUnet };

QStringList importFormatNames(); // "png", "coco", "nnunet"
std::optional<ImportFormat> parseImportFormat(const QString& name);

struct ImportContour {
    QPolygonF vertices;
    QString label = QStringLiteral("median nerve");
    QString rater;                    // "import" when the format does not say
    annotation::SourceKind source = annotation::SourceKind::Manual;
    QString model, version;           // when source is model
};

struct ImportImage {
    QString imagePath;                // absolute
    QString patient;                  // may be empty
    QString wrist;                    // may be empty
    QList<ImportContour> contours;    // may be empty (a frame labelled "no nerve")
    bool approved = false;            // the dataset marks the frame approved (PNG manifest, COCO image)
    // The study's CTS grade, where the dataset has one (PNG: gradeIndex and cts; COCO: the
    // grade's name). Exports write only grades people gave.
    std::optional<int> severity;      // 0 normal .. 3 severe
    std::optional<bool> cts;          // when the dataset says it; else implied by the severity
};

// Empty list with *error (naming the file) when the folder is not a dataset of that format.
QList<ImportImage> readDataset(ImportFormat format, const QString& dir, const ns::jobs::Progress& progress, QString* error);

} // namespace ns::exporting
