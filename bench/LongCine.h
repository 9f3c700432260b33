#pragma once
// Writes the long cine the benchmarks play: a multi-frame Ultrasound DICOM of moving
// speckle-like texture (HM70A-sized 442 x 565, 8-bit), so decode cost is realistic.
#include <QString>

namespace ns::bench {
enum class CineCompression { None, JpegBaseline };
// Returns an empty string on success, else the reason. JPEG baseline is how most scanners
// store cines, so it is the realistic case for decode cost.
QString writeLongUltrasoundCine(const QString& path, int frames, CineCompression compression = CineCompression::None,
                                int rows = 442, int columns = 565, double fps = 30.0);
}
