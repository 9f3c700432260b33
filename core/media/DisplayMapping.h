#pragma once
// Turns a stored frame into what the screen shows: greyscale through a window/level into
// 8 bits, colour as it is. The viewer and `nervescope-cli frames` share it, so exported
// PNGs are exactly what the user saw.

#include "core/media/SourceInfo.h"

#include <QImage>

namespace ns::media {

// Output: Format_Grayscale8 for greyscale input, Format_RGB888 for colour.
// With no window, 8-bit greyscale is passed through and 16-bit is scaled to its bits stored.
QImage toDisplayImage(const QImage& frame, const std::optional<WindowLevel>& window, int bitsStored = 16);

// A window covering the range of the frame's values (used when the file gives none).
WindowLevel fullRangeWindow(const QImage& frame);

} // namespace ns::media
