#pragma once
// Parses a DICOM file's header without reading its pixel data, and names things for
// people (SOP classes, transfer syntaxes).

#include <QString>

#include <memory>

class DcmFileFormat;

namespace ns::media::dicom {

// Element values larger than this stay in the file until asked for; it keeps pixel data
// (and large private blobs) out of memory when a file is opened.
constexpr unsigned kMaxReadLength = 4096;

// Loads `path` (with or without a Part 10 meta header). On failure returns null and the
// reason, without the "Cannot open" prefix.
std::unique_ptr<DcmFileFormat> loadDicomHeader(const QString& path, QString* reason);

// "DICOM Ultrasound Multiframe Image" for 1.2.840.10008.5.1.4.1.1.3.1.
QString sopClassDisplayName(const QString& uid);

// Transfer syntaxes DCMTK 3.6.7 does not know but OpenJPEG decodes (HTJ2K).
bool isHighThroughputJpeg2000(const QString& uid);

} // namespace ns::media::dicom
