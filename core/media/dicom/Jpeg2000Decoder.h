#pragma once
// JPEG 2000 (and High-Throughput JPEG 2000) frames through OpenJPEG: DCMTK 3.6.7 as
// shipped by Debian has no JPEG 2000 codec.

#include "core/media/dicom/PhotometricConverter.h"

#include <QByteArray>
#include <QString>

namespace ns::media::dicom {

struct Jpeg2000Result {
    QByteArray samples;        // colour-by-pixel, 1 or 2 bytes per sample (layout.bitsAllocated)
    bool codestreamSigned = false;
    int codestreamPrecision = 0;
};

// True when `data` starts like a J2K codestream (SOC, SIZ) or a JP2 file (signature box).
bool looksLikeJpeg2000(const QByteArray& data);

// Decodes one frame (a raw codestream or a JP2 file) whose size and sample count must
// match `layout`. OpenJPEG undoes the reversible/irreversible colour transform itself, so
// YBR_RCT and YBR_ICT frames come back as RGB.
bool decodeJpeg2000(const QByteArray& data, const FrameLayout& layout, Jpeg2000Result* result, QString* reason);

} // namespace ns::media::dicom
