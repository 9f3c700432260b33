// nervescope-cli models list [--json]: the models NerveScope can use, with their cards.

#include "app/cli/CliCommon.h"
#include "app/cli/Commands.h"
#include "inference/ModelRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace ns::cli {

int runModels(const QStringList& args)
{
    const QString verb = QStringLiteral("models");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "models list: the available models (name, task, parameters, sha256) "
                                                                        "and whether each weights file matches its card."));
    parser.addPositionalArgument(QStringLiteral("list"), QCoreApplication::translate("cli", "The action (only \"list\" for now)."));
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON instead of text.")});
    int code = Ok;
    if (!parseOrExit(parser, args, 1, &code))
        return code;
    if (parser.positionalArguments().first() != QLatin1String("list"))
        return fail(verb, QCoreApplication::translate("cli", "unknown action \"%1\" (only \"list\")").arg(parser.positionalArguments().first()), Usage);

    const inference::ModelRegistry registry;
    QStringList problems;
    const auto entries = registry.list(&problems);
    QJsonArray models;
    for (const auto& e : entries) {
        const QString weights = QFileInfo(e.cardPath).dir().filePath(e.card.weightsFile);
        const QString sha = inference::sha256OfFile(weights);
        const QString state = sha.isEmpty() ? QStringLiteral("missing") : sha == e.card.sha256 ? QStringLiteral("ok") : QStringLiteral("mismatch");
        QJsonObject o{{QStringLiteral("name"), e.card.name},
                      {QStringLiteral("version"), e.card.version},
                      {QStringLiteral("task"), e.card.task},
                      {QStringLiteral("architecture"), e.card.architecture},
                      {QStringLiteral("parameters"), double(e.card.parameters)},
                      {QStringLiteral("sha256"), e.card.sha256},
                      {QStringLiteral("weights"), state},
                      {QStringLiteral("card"), e.cardPath},
                      {QStringLiteral("notice"), e.card.notice}};
        models.append(o);
        if (!parser.isSet(QStringLiteral("json")))
            printLine(QStringLiteral("%1 %2  %3  %4  %5 params  sha256 %6  [%7]")
                          .arg(e.card.name, e.card.version, e.card.task, e.card.architecture)
                          .arg(e.card.parameters)
                          .arg(e.card.sha256.left(16), state));
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("models"), models},
                                            {QStringLiteral("folders"), QJsonArray::fromStringList(registry.folders())},
                                            {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}}));
    } else {
        if (entries.isEmpty())
            printLine(QCoreApplication::translate("cli", "No models found in: %1").arg(registry.folders().join(QStringLiteral(", "))));
        for (const QString& p : problems)
            printLine(QCoreApplication::translate("cli", "skipped: %1").arg(p));
    }
    return Ok;
}

} // namespace ns::cli
