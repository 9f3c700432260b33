#include "inference/ModelRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace ns::inference {

QStringList ModelRegistry::defaultFolders()
{
    QStringList folders;
    const QString env = qEnvironmentVariable("NERVESCOPE_MODELS");
    for (const QString& f : env.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        folders << f;
    if (QCoreApplication::instance())
        folders << QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../share/nervescope/models"));
#ifdef NERVESCOPE_SOURCE_MODELS_DIR
    folders << QStringLiteral(NERVESCOPE_SOURCE_MODELS_DIR);
#endif
    return folders;
}

ModelRegistry::ModelRegistry(QStringList folders) : m_folders(std::move(folders)) {}

QList<ModelEntry> ModelRegistry::list(QStringList* problems) const
{
    QList<ModelEntry> entries;
    QSet<QString> names;
    for (const QString& folder : m_folders) {
        const QDir dir(folder);
        if (!dir.exists())
            continue;
        for (const QFileInfo& fi : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            ModelEntry e;
            QString why;
            if (!readModelCard(fi.absoluteFilePath(), &e.card, &why)) {
                if (problems)
                    *problems << why;
                continue;
            }
            if (names.contains(e.card.name))
                continue;
            names.insert(e.card.name);
            e.cardPath = fi.absoluteFilePath();
            entries << e;
        }
    }
    return entries;
}

ModelEntry ModelRegistry::find(const QString& nameOrPath, QString* error) const
{
    if (nameOrPath.endsWith(QLatin1String(".json")) || QFileInfo(nameOrPath).isFile()) {
        ModelEntry e;
        if (readModelCard(nameOrPath, &e.card, error))
            e.cardPath = QFileInfo(nameOrPath).absoluteFilePath();
        return e;
    }
    const QList<ModelEntry> all = list();
    for (const ModelEntry& e : all)
        if (e.card.name == nameOrPath)
            return e;
    if (error) {
        QStringList names;
        for (const ModelEntry& e : all)
            names << e.card.name;
        *error = names.isEmpty()
            ? QCoreApplication::translate("ModelRegistry", "no model named \"%1\": no models found in %2")
                  .arg(nameOrPath, m_folders.join(QStringLiteral(", ")))
            : QCoreApplication::translate("ModelRegistry", "no model named \"%1\"; available: %2")
                  .arg(nameOrPath, names.join(QStringLiteral(", ")));
    }
    return {};
}

ModelEntry ModelRegistry::firstForTask(const QString& task) const
{
    for (const ModelEntry& e : list())
        if (e.card.task == task)
            return e;
    return {};
}

} // namespace ns::inference
