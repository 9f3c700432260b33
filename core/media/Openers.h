#pragma once
// The per-format openers behind openMedia(). Each returns a source or one sentence that
// names the file and the reason it cannot be opened.

#include "core/media/MediaOpener.h"

namespace ns::media {

OpenResult openDicomFile(const QString& path);     // DicomFrameSource.cpp
OpenResult openVideoFile(const QString& path);     // VideoFrameSource.cpp
OpenResult openImageFile(const QString& path);     // ImageFrameSource.cpp
OpenResult openImageFolder(const QString& folder); // ImageSequenceSource.cpp

bool hasVideoExtension(const QString& path);
bool hasImageExtension(const QString& path);

} // namespace ns::media
