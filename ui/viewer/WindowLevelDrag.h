#pragma once
// Window/level for greyscale frames: the starting window of a study and how a right-drag
// changes it. Horizontal movement scales the width (right = wider, 200 px doubles it);
// vertical movement moves the level (down = higher level, a darker image) by a quarter of
// the starting width per 100 px, so the feel is the same for 8-bit and 16-bit data.
// Colour frames are never windowed.

#include "core/media/SourceInfo.h"

#include <QImage>
#include <QPoint>
#include <optional>

namespace ns::ui {

bool isWindowable(const QImage& storedFrame);

// The window a study opens with: the file's own, else (16-bit) the range of the first frame,
// else none (8-bit shown as stored). Colour: none.
std::optional<media::WindowLevel> initialWindow(const media::SourceInfo& info, const QImage& firstFrame);

// The window a drag starts from when the study has none (8-bit identity).
media::WindowLevel identityWindow(const QImage& storedFrame);

media::WindowLevel draggedWindow(const media::WindowLevel& start, QPoint totalDelta);

} // namespace ns::ui
