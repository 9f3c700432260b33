// TEMPORARY scaffolding while VideoFrameSource.cpp / ImageFrameSource.cpp are written; delete when they exist.
#include "core/media/Openers.h"
namespace ns::media {
OpenResult openVideoFile(const QString& path) { return {nullptr, QStringLiteral("video not yet implemented: ") + path}; }
OpenResult openImageFile(const QString& path) { return {nullptr, QStringLiteral("image not yet implemented: ") + path}; }
OpenResult openImageFolder(const QString& path) { return {nullptr, QStringLiteral("folder not yet implemented: ") + path}; }
}
