#pragma once
// Where tests find real files: ../shared/testdata (scanner files), Debian packages
// (pydicom's test files, OpenCV's sample videos). A missing package is a failed test,
// not a skip: scripts/install-deps.sh installs them all.

#include <QDir>
#include <QFileInfo>
#include <QString>
#include <QTest>

namespace ns::testdata {

inline QString shared(const QString& name) { return QStringLiteral(NERVESCOPE_SHARED_TESTDATA "/") + name; }
inline QString pydicom(const QString& name)
{
    return QStringLiteral("/usr/lib/python3/dist-packages/pydicom/data/test_files/") + name;
}
inline QString opencvSample(const QString& name)
{
    return QStringLiteral("/usr/share/doc/opencv-doc/examples/data/") + name;
}
inline QString cliPath() { return QStringLiteral(NERVESCOPE_CLI); }

} // namespace ns::testdata

// Fails (never skips) when a real input file is missing.
#define NS_REQUIRE_FILE(path)                                                                     \
    do {                                                                                          \
        if (!QFileInfo::exists(path))                                                             \
            QFAIL(qPrintable(QStringLiteral("missing test input %1 (run scripts/install-deps.sh)") \
                                 .arg(path)));                                                    \
    } while (0)
