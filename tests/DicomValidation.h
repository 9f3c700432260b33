#pragma once
// Independent checks of the DICOM files NerveScope writes: David Clunie's dciodvfy (Debian
// dicom3tools) and the pydicom script tests/core/export/dicom_export_check.py (Debian
// python3-pydicom). A missing tool is a failure, never a skip.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace ns::testdata {

struct DciodvfyReport {
    QString output;     // everything it printed (stdout + stderr)
    QStringList errors; // its "Error" lines
};

// Empty output with *failure when dciodvfy is missing or hangs.
inline DciodvfyReport dciodvfy(const QString& file, QString* failure)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("dciodvfy"));
    if (tool.isEmpty()) {
        *failure = QStringLiteral("dciodvfy not found: install the Debian package dicom3tools (scripts/install-deps.sh)");
        return {};
    }
    QProcess p;
    p.start(tool, {file});
    if (!p.waitForFinished(60000)) {
        *failure = QStringLiteral("dciodvfy did not finish");
        return {};
    }
    DciodvfyReport r;
    r.output = QString::fromLocal8Bit(p.readAllStandardOutput() + p.readAllStandardError());
    for (const QString& line : r.output.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Error")))
            r.errors << line;
    return r;
}

// dicom_export_check.py's JSON answer for `args`; empty with *failure when it fails.
inline QJsonObject dicomExportCheck(const QStringList& args, QString* failure)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), // Debian's, which has pydicom
            QStringList{QStringLiteral(NERVESCOPE_SOURCE_ROOT "/tests/core/export/dicom_export_check.py")} + args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        *failure = QStringLiteral("pydicom check failed: ") + QString::fromLocal8Bit(p.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace ns::testdata
