#pragma once
// Writes the long cine the benchmarks play: a multi-frame Ultrasound DICOM of moving
// speckle-like texture (HM70A-sized 442 x 565, 8-bit), so decode cost is realistic.
#include <QString>

namespace ns::bench {
// Returns an empty string on success, else the reason.
QString writeLongUltrasoundCine(const QString& path, int frames, int rows = 442, int columns = 565, double fps = 30.0);
}
