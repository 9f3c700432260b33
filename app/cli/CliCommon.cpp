#include "app/cli/CliCommon.h"

#include <QCoreApplication>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace ns::cli {

int fail(const QString& verb, const QString& reason, int code)
{
    std::fprintf(stderr, "nervescope-cli %s: %s\n", qPrintable(verb), qPrintable(reason));
    return code;
}

void warn(const QString& verb, const QString& message)
{
    std::fprintf(stderr, "nervescope-cli %s: %s\n", qPrintable(verb),
                 qPrintable(QCoreApplication::translate("cli", "warning: %1").arg(message)));
}

bool parseOrExit(QCommandLineParser& parser, const QStringList& args, int minPositional, int* exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        *exitCode = fail(args.value(0), parser.errorText(), Usage);
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser names argv[0]; the user typed "nervescope-cli VERB".
        QString help = parser.helpText();
        const int eol = help.indexOf(QLatin1Char('\n'));
        const QString usage = help.left(eol);
        const int opts = usage.indexOf(QLatin1String(" [options]"));
        help = QCoreApplication::translate("cli", "Usage: nervescope-cli %1").arg(args.value(0)) + usage.mid(opts) + help.mid(eol);
        std::fputs(qPrintable(help), stdout);
        *exitCode = Ok;
        return false;
    }
    if (parser.positionalArguments().size() < minPositional) {
        *exitCode = fail(args.value(0), QCoreApplication::translate("cli", "missing arguments (see --help)"), Usage);
        return false;
    }
    return true;
}

void addFrameRangeOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("first"), QCoreApplication::translate("cli", "First frame (1-based, default 1)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("last"), QCoreApplication::translate("cli", "Last frame (default: the last frame)."), QStringLiteral("M")});
}

bool frameRange(const QCommandLineParser& parser, int frameCount, int* first, int* last, QString* error)
{
    bool okFirst = true, okLast = true;
    const int f = parser.isSet(QStringLiteral("first")) ? parser.value(QStringLiteral("first")).toInt(&okFirst) : 1;
    const int l = parser.isSet(QStringLiteral("last")) ? parser.value(QStringLiteral("last")).toInt(&okLast) : frameCount;
    if (!okFirst || !okLast || f < 1 || l < f || l > frameCount) {
        *error = QCoreApplication::translate("cli", "frame range %1-%2 is not within 1-%3")
                     .arg(parser.value(QStringLiteral("first")), parser.value(QStringLiteral("last")))
                     .arg(frameCount);
        return false;
    }
    *first = f - 1;
    *last = l - 1;
    return true;
}

void printJson(const QJsonDocument& doc)
{
    std::fputs(doc.toJson(QJsonDocument::Indented).constData(), stdout);
}

void printLine(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
}

namespace {

jobs::CancelToken* g_interruptToken = nullptr;

void onInterrupt(int)
{
    if (g_interruptToken)
        g_interruptToken->cancel();
    std::signal(SIGINT, SIG_DFL);
}

} // namespace

InterruptScope::InterruptScope()
{
    g_interruptToken = &token;
    std::signal(SIGINT, onInterrupt);
}

InterruptScope::~InterruptScope()
{
    std::signal(SIGINT, SIG_DFL);
    g_interruptToken = nullptr;
}

jobs::Progress cliProgress(const QString& verb, const jobs::CancelToken& token)
{
    return jobs::Progress([verb](double f, const QString& m) { printProgress(verb, f, m); }, token);
}

void printProgress(const QString& verb, double fraction, const QString& message)
{
    static const bool tty = isatty(fileno(stderr));
    if (!tty && qEnvironmentVariableIsEmpty("NERVESCOPE_PROGRESS"))
        return;
    std::fprintf(stderr, "%s: %3d%% %s\n", qPrintable(verb), int(fraction * 100 + 0.5), qPrintable(message));
}

} // namespace ns::cli
