// TEMPORARY scaffolding while DicomFrameSource.cpp is written; delete when it exists.
#include "core/media/Openers.h"
namespace ns::media {
OpenResult openDicomFile(const QString& path) { return {nullptr, QStringLiteral("DICOM not yet implemented: ") + path}; }
}
