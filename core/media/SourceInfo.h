#pragma once
// What a source says about itself: shown in the metadata panel and by `nervescope-cli info`.

#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace ns::media {

enum class SourceKind { Dicom, Video, Image, ImageSequence };

QString sourceKindName(SourceKind kind);

// Inclusive frame range.
struct FrameRange {
    int first = 0;
    int last = 0;
    bool operator==(const FrameRange& o) const { return first == o.first && last == o.last; }
};

// Display window in the values of FrameSource::frame() (DICOM Window Center/Width
// semantics): for DICOM, rescale is undone, signedOffset added and MONOCHROME1 mirrored,
// so toDisplayImage(frame, window) is right for every photometric interpretation.
struct WindowLevel {
    double center = 127.5;
    double width = 256.0;
};

struct SourceInfo {
    SourceKind kind = SourceKind::Image;
    QString path;
    QString formatName;        // "DICOM Ultrasound Multi-frame Image", "MPEG-4 video", "PNG image"
    QString photometric;       // DICOM Photometric Interpretation as stored in the file
    QString transferSyntaxUid; // DICOM only
    QString transferSyntax;    // DICOM only: readable name of the transfer syntax
    int samplesPerPixel = 1;
    int bitsAllocated = 8;
    int bitsStored = 8;
    bool isSigned = false;
    // Signed stored values are shifted into Grayscale16 by this offset; subtract it to get
    // the stored value back (0 for unsigned data).
    int signedOffset = 0;
    std::optional<WindowLevel> defaultWindow;
    // Frames that exist according to the container but cannot be decoded (damaged video).
    QList<FrameRange> damagedRanges;
    // "wrist", "forearm" or "longitudinal" when the file names its view (ScanView.h); empty
    // when it does not.
    QString scanView;
    // "left" or "right" when the file says which side was scanned ((Image) Laterality);
    // empty otherwise. Grades and exports are per wrist.
    QString wrist;
    // Ordered, user-visible attributes (already translated labels) for the metadata panel.
    QList<QPair<QString, QString>> attributes;
};

} // namespace ns::media
