#pragma once
// Blacking out burned-in text (names, dates, institution) in exported images: either a
// rectangle the user draws, or everything outside the ultrasound regions of the source's
// calibration, where scanners put their annotations. Shared by every image export format.

#include "core/media/Calibration.h"

#include <QImage>
#include <QList>
#include <QRect>
#include <QRegion>
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

// The one rule for which pixels go black in an image of `size`: the rectangle (clipped to
// the image), or everything outside `keep` (the ultrasound regions, inclusive bounds as
// QRect). Mode::None gives an empty region. OutsideRegions with no regions cannot know where
// the text is: nullopt with *error rather than exporting it. PNG-type exports and the DICOM
// copy's pixel buffer both ask this function and differ only in how they zero a pixel.
std::optional<QRegion> blackoutRegion(const BlackoutSpec& spec, QSize size, const QList<QRect>& keep, QString* error);

// Paints the blacked-out pixels 0 in place (keep = the calibration's region bounds). OutsideRegions on a source without ultrasound
// regions fails as blackoutRegion() does.
bool applyBlackout(QImage& image, const BlackoutSpec& spec, const media::Calibration& calibration, QString* error);

} // namespace ns::exporting
