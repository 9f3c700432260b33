#pragma once
// Runs the real nervescope-cli executable for the CLI tests.
#include "tests/TestData.h"

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace ns::testdata {

struct CliRun {
    int exitCode = -1; // -1: it did not finish in time
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList& args, int timeoutMs = 300000)
{
    QProcess p;
    p.start(cliPath(), args);
    if (!p.waitForFinished(timeoutMs))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace ns::testdata
