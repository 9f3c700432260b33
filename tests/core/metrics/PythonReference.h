#pragma once
// Independent reference values for the metric tests: the test writes its data as .npy
// files into a temporary folder, runs a script next to it with Debian's /usr/bin/python3
// (scikit-learn, scikit-image, SciPy, NumPy), and reads the script's JSON from stdout.
// A missing interpreter or module fails the test (scripts/install-deps.sh installs them).

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <opencv2/core.hpp>

#include <cstdint>
#include <vector>

namespace ns::testref {

inline QString python() { return QStringLiteral("/usr/bin/python3"); }
inline QString script(const QString& name)
{
    return QStringLiteral(NERVESCOPE_SOURCE_ROOT "/tests/core/metrics/") + name;
}

// NPY format 1.0, little-endian, C order. `descr`: "<f8", "|u1", "<i8".
inline bool writeNpyRaw(const QString& path, const char* descr, const std::vector<int>& shape, const void* data,
                        size_t bytes)
{
    QByteArray shapeText = "(";
    for (int d : shape)
        shapeText += QByteArray::number(d) + ",";
    shapeText += ")";
    QByteArray header = "{'descr': '" + QByteArray(descr) + "', 'fortran_order': False, 'shape': " + shapeText + ", }";
    // Magic (6) + version (2) + length (2) + header + '\n', padded to a multiple of 64.
    const int unpadded = 10 + int(header.size()) + 1;
    header += QByteArray((64 - unpadded % 64) % 64, ' ') + "\n";
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray prefix("\x93NUMPY\x01\x00", 8);
    const quint16 len = quint16(header.size());
    prefix.append(char(len & 0xff)).append(char(len >> 8));
    f.write(prefix);
    f.write(header);
    f.write(static_cast<const char*>(data), qint64(bytes));
    return f.error() == QFile::NoError;
}

inline bool writeNpy(const QString& path, const std::vector<double>& v)
{
    return writeNpyRaw(path, "<f8", {int(v.size())}, v.data(), v.size() * sizeof(double));
}

inline bool writeNpy(const QString& path, const std::vector<int>& v)
{
    std::vector<std::int64_t> w(v.begin(), v.end());
    return writeNpyRaw(path, "<i8", {int(w.size())}, w.data(), w.size() * sizeof(std::int64_t));
}

// CV_8UC1, CV_32FC1 or CV_64FC1, any stride.
inline bool writeNpy(const QString& path, const cv::Mat& m)
{
    const cv::Mat c = m.isContinuous() ? m : m.clone();
    const char* descr = m.depth() == CV_8U ? "|u1" : m.depth() == CV_32F ? "<f4" : "<f8";
    return writeNpyRaw(path, descr, {c.rows, c.cols}, c.data, c.total() * c.elemSize());
}

// Runs `script args...`; on success fills `out` with the JSON object it printed.
inline QString runScript(const QString& scriptName, const QStringList& args, QJsonObject& out)
{
    QProcess p;
    p.start(python(), QStringList{script(scriptName)} + args);
    if (!p.waitForStarted(10000))
        return QStringLiteral("cannot start %1 (install python3 with scripts/install-deps.sh)").arg(python());
    if (!p.waitForFinished(300000))
        return QStringLiteral("%1 did not finish").arg(scriptName);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("%1 failed: %2").arg(scriptName, QString::fromLocal8Bit(p.readAllStandardError()));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return QStringLiteral("%1 printed no JSON object: %2").arg(scriptName, err.errorString());
    out = doc.object();
    return {};
}

} // namespace ns::testref
