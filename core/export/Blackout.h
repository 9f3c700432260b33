#pragma once
// Blacking out burned-in text (names, dates, institution) in exported images: either a
// rectangle the user draws, or everything outside the ultrasound regions of the source's
// calibration, where scanners put their annotations. Shared by every image export format.

#include "core/media/Calibration.h"

#include <QImage>
#include <QRect>
#include <QString>
#include <optional>

namespace ns::exporting {

struct BlackoutSpec {
    enum class Mode { None, Rectangle, OutsideRegions };
    Mode mode = Mode::None;
    QRect rect; // Rectangle: image pixels

    // "outside-regions" or "X,Y,W,H"; nullopt with *error for anything else.
    static std::optional<BlackoutSpec> parse(const QString& text, QString* error);
};

// Paints the blacked-out pixels 0 in place. OutsideRegions on a source without ultrasound
// regions cannot know where the text is: false with *error rather than exporting it.
bool applyBlackout(QImage& image, const BlackoutSpec& spec, const media::Calibration& calibration, QString* error);

} // namespace ns::exporting
