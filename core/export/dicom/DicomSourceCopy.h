#pragma once
// The de-identified copy of a source DICOM file that SEG and SR exports sit beside: their
// references name its (remapped) UIDs, so a viewer opening the export folder finds the
// image the segmentation belongs to. Also the one place that saves DICOM atomically.

#include "core/export/dicom/DicomExportTypes.h"

#include <QString>
#include <memory>

class DcmFileFormat;
class DcmItem;

namespace ns::exporting {

// "<stem>_image.dcm" etc. in outDir; the stem is options.baseName or the source file's.
QString exportPath(const DicomExportStudy& study, const DicomExportOptions& options, const QString& outDir,
                   const char* suffix);

// Loads the source, de-identifies it (unless options.deidentify is false) and blacks out
// burned-in text as options ask. Null with one sentence in *error on failure.
std::unique_ptr<DcmFileFormat> loadExportSource(const DicomExportStudy& study, const DicomExportOptions& options,
                                                QString* error);

// Writes `file` to a temporary name beside `path`, then renames it over `path`, so a full
// disk or a crash never leaves a half-written file under the final name.
bool saveDicomAtomically(DcmFileFormat& file, const QString& path, bool keepTransferSyntax, QString* error);

// Copies the Patient and General Study attributes (and the de-identification markers) of
// the exported source into a derived object, so SEG and SR sit in the source's study under
// the same pseudonym.
void copyPatientAndStudy(DcmItem& from, DcmItem& to);

// loadExportSource + saveDicomAtomically to exportPath(..., "_image.dcm"). Returns the
// loaded (de-identified) file so callers can reference it without reading it again.
std::unique_ptr<DcmFileFormat> writeSourceCopy(const DicomExportStudy& study, const DicomExportOptions& options,
                                               const QString& outDir, QString* path, QString* error);

} // namespace ns::exporting
