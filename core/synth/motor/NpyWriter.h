#pragma once
// A minimal writer of NumPy .npy files (format version 1.0), so that Python with numpy
// alone reads the motor-unit data with numpy.load: magic "\x93NUMPY", version 1.0, a
// little-endian uint16 header length, then an ASCII dict
//   {'descr': '<f4', 'fortran_order': False, 'shape': (400, 64, 64), }
// padded with spaces and a final '\n' so the data starts on a 64-byte boundary, then the
// raw array in C order. Only the dtypes the simulator writes are supported.

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <vector>

namespace ns::synth::motor {

// The header bytes (magic through the '\n'), exposed for tests.
QByteArray npyHeader(const char* descr, const std::vector<std::int64_t>& shape);

// Writes `data` (product(shape) elements) to `path`. Returns false with the reason in
// `error` when the file cannot be written or the sizes disagree. Little-endian host assumed
// (static_assert in the .cpp).
bool writeNpy(const QString& path, const std::vector<float>& data, const std::vector<std::int64_t>& shape,
              QString* error = nullptr);
bool writeNpy(const QString& path, const std::vector<std::uint8_t>& data, const std::vector<std::int64_t>& shape,
              QString* error = nullptr);
bool writeNpy(const QString& path, const std::vector<std::int32_t>& data, const std::vector<std::int64_t>& shape,
              QString* error = nullptr);

} // namespace ns::synth::motor
