#pragma once
// A run of frames as the viewer displays them (window/level applied): what the models are
// given, so a model sees what the person sees. Shared by the CLI verbs and the AI panel.

#include "core/media/DisplayMapping.h"
#include "core/media/FrameSource.h"

#include <QImage>
#include <optional>
#include <vector>

namespace ns::media {

// Frames first..last (0-based, inclusive); empty with *error ("frame N: reason") when one
// cannot be decoded.
std::vector<QImage> displayFrames(FrameSource& source, int first, int last, const std::optional<WindowLevel>& window,
                                  QString* error);

} // namespace ns::media
