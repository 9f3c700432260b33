#include "core/synth/motor/NpyWriter.h"

#include <QByteArray>
#include <QFile>
#include <QSaveFile>

namespace ns::synth::motor {

namespace {

static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "the .npy writer emits '<' dtypes from host memory");

std::int64_t elementCount(const std::vector<std::int64_t>& shape)
{
    std::int64_t n = 1;
    for (std::int64_t d : shape)
        n *= d;
    return n;
}

bool writeRaw(const QString& path, const char* descr, const void* data, size_t elementSize, size_t count,
              const std::vector<std::int64_t>& shape, QString* error)
{
    if (elementCount(shape) != std::int64_t(count)) {
        if (error)
            *error = QStringLiteral("%1: array has %2 elements but the shape asks for %3.")
                         .arg(path)
                         .arg(count)
                         .arg(elementCount(shape));
        return false;
    }
    // QSaveFile: a reader never sees a half-written array under the final name.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray header = npyHeader(descr, shape);
    file.write(header);
    file.write(static_cast<const char*>(data), qint64(elementSize * count));
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

QByteArray npyHeader(const char* descr, const std::vector<std::int64_t>& shape)
{
    QByteArray dict = QByteArray("{'descr': '") + descr + "', 'fortran_order': False, 'shape': (";
    for (size_t i = 0; i < shape.size(); ++i) {
        dict += QByteArray::number(qlonglong(shape[i]));
        // A one-element tuple needs its trailing comma in Python.
        if (shape.size() == 1 || i + 1 < shape.size())
            dict += ",";
        if (i + 1 < shape.size())
            dict += " ";
    }
    dict += "), }";
    // magic(6) + version(2) + length(2) + dict + padding + '\n' == multiple of 64.
    const int preamble = 10;
    int total = preamble + int(dict.size()) + 1;
    const int padded = (total + 63) / 64 * 64;
    dict += QByteArray(padded - total, ' ');
    dict += '\n';

    QByteArray out("\x93NUMPY", 6);
    out += char(1);
    out += char(0);
    const quint16 len = quint16(dict.size());
    out += char(len & 0xff);
    out += char(len >> 8);
    out += dict;
    return out;
}

bool writeNpy(const QString& path, const std::vector<float>& data, const std::vector<std::int64_t>& shape,
              QString* error)
{
    return writeRaw(path, "<f4", data.data(), sizeof(float), data.size(), shape, error);
}

bool writeNpy(const QString& path, const std::vector<std::uint8_t>& data, const std::vector<std::int64_t>& shape,
              QString* error)
{
    return writeRaw(path, "|u1", data.data(), 1, data.size(), shape, error);
}

bool writeNpy(const QString& path, const std::vector<std::int32_t>& data, const std::vector<std::int64_t>& shape,
              QString* error)
{
    return writeRaw(path, "<i4", data.data(), sizeof(std::int32_t), data.size(), shape, error);
}

} // namespace ns::synth::motor
