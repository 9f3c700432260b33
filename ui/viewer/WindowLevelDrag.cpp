#include "ui/viewer/WindowLevelDrag.h"

#include "core/media/DisplayMapping.h"

#include <algorithm>
#include <cmath>

namespace ns::ui {

bool isWindowable(const QImage& storedFrame)
{
    return storedFrame.format() == QImage::Format_Grayscale8 || storedFrame.format() == QImage::Format_Grayscale16;
}

std::optional<media::WindowLevel> initialWindow(const media::SourceInfo& info, const QImage& firstFrame)
{
    if (!isWindowable(firstFrame))
        return std::nullopt;
    if (info.defaultWindow)
        return info.defaultWindow;
    if (firstFrame.format() == QImage::Format_Grayscale16)
        return media::fullRangeWindow(firstFrame);
    return std::nullopt;
}

media::WindowLevel identityWindow(const QImage& storedFrame)
{
    // DICOM's linear VOI maps centre 2^(n-1), width 2^n onto the identity.
    if (storedFrame.format() == QImage::Format_Grayscale16)
        return media::WindowLevel{32768.0, 65536.0};
    return media::WindowLevel{128.0, 256.0};
}

media::WindowLevel draggedWindow(const media::WindowLevel& start, QPoint totalDelta)
{
    media::WindowLevel w;
    const double startWidth = std::max(1.0, start.width);
    w.width = std::clamp(startWidth * std::pow(2.0, totalDelta.x() / 200.0), 1.0, 131072.0);
    w.center = start.center + startWidth * totalDelta.y() / 400.0;
    return w;
}

} // namespace ns::ui
