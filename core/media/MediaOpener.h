#pragma once
// The single entry point that turns a path into a FrameSource: DICOM by content, video and
// still images by content and extension, a folder as an image sequence.

#include "core/media/FrameSource.h"

#include <memory>

namespace ns::media {

struct OpenResult {
    std::unique_ptr<FrameSource> source;
    QString error; // one sentence naming the file and the reason, when source is null
    explicit operator bool() const { return bool(source); }
};

OpenResult openMedia(const QString& path);

// File-dialog filter covering everything openMedia accepts.
QString openFileFilter();

} // namespace ns::media
