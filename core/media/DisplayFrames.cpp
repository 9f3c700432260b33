#include "core/media/DisplayFrames.h"

#include <QCoreApplication>

namespace ns::media {

std::vector<QImage> displayFrames(FrameSource& source, int first, int last, const std::optional<WindowLevel>& window,
                                  QString* error)
{
    std::vector<QImage> frames;
    for (int i = first; i <= last; ++i) {
        QString why;
        const QImage stored = source.frame(i, &why);
        if (stored.isNull()) {
            if (error)
                *error = QCoreApplication::translate("DisplayFrames", "frame %1: %2").arg(i + 1).arg(why);
            return {};
        }
        frames.push_back(toDisplayImage(stored, window, source.info().bitsStored));
    }
    return frames;
}

} // namespace ns::media
