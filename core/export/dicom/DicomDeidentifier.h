#pragma once
// DICOM PS3.15 Annex E Basic Application Level Confidentiality Profile, applied in place to
// a dataset before any of it is copied into an export. Patient name and ID become the
// workspace pseudonym, every non-standard UID goes through remappedUid() (so a SEG made
// from the de-identified copy references that copy, and a re-export lines up), dates are
// shifted by the patient's fixed offset or emptied, and the attributes the profile lists as
// identifying are removed or emptied, private tags and overlays included.

#include "core/export/dicom/DicomExportTypes.h"

#include <QString>

class DcmItem;

namespace ns::exporting {

struct DeidentifySummary {
    QString originalPatientId;
    int dateShiftDays = 0; // 0 when dates were removed
};

// Returns false with one sentence in *error when the dataset cannot be changed (it is left
// partly changed then: callers discard it). cleanPixels adds the Clean Pixel Data Option
// code (113101) because the caller has blacked out burned-in text.
bool deidentifyDataset(DcmItem& dataset, const DicomExportOptions& options, bool cleanPixels,
                       DeidentifySummary* summary, QString* error);

// The UID a source UID has in the export: remapped when de-identifying, unchanged otherwise.
QString exportedUid(const DicomExportOptions& options, const QString& uid);

} // namespace ns::exporting
