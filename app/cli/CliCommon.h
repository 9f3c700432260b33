#pragma once
// Shared plumbing of nervescope-cli verbs: argument parsing, error exit, JSON output.

#include "core/jobs/Progress.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace ns::cli {

// Exit codes: 0 success, 1 the work failed (bad input file...), 2 bad usage.
enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

// Prints "nervescope-cli VERB: reason" on stderr and returns `code`.
int fail(const QString& verb, const QString& reason, int code = Failed);

// Prints "nervescope-cli VERB: warning: message" on stderr; the work goes on.
void warn(const QString& verb, const QString& message);

// Parses `args` (args[0] is the verb); prints --help and exits 0, or a usage error (exit 2).
// Returns false when the caller should return `*exitCode`.
bool parseOrExit(QCommandLineParser& parser, const QStringList& args, int minPositional, int* exitCode);

void addFrameRangeOptions(QCommandLineParser& parser);
// 1-based inclusive --first/--last against `frameCount`; 0-based [first, last] out.
bool frameRange(const QCommandLineParser& parser, int frameCount, int* first, int* last, QString* error);

void printJson(const QJsonDocument& doc);
void printLine(const QString& line);

// Progress lines on stderr ("frames: 40% writing frame 12"), quiet when not a terminal
// unless forced, so scripts and CI logs stay readable.
void printProgress(const QString& verb, double fraction, const QString& message);

// While alive, Ctrl+C cancels `token` (the job stops at its next step and cleans up: an
// export's staging folder, an import's transaction, a training run's checkpoint stays for
// --resume); a second Ctrl+C kills the process the usual way. One at a time.
struct InterruptScope {
    jobs::CancelToken token;
    InterruptScope();
    ~InterruptScope();
    InterruptScope(const InterruptScope&) = delete;
    InterruptScope& operator=(const InterruptScope&) = delete;
};

// printProgress for `verb`, cancelled by `token`.
jobs::Progress cliProgress(const QString& verb, const jobs::CancelToken& token);

} // namespace ns::cli
