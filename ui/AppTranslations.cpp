#include "ui/AppTranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace ns::ui {

QStringList installTranslations(QCoreApplication& app, const QLocale& locale)
{
    QStringList found;
    const struct { const char* name; QString dir; } catalogues[] = {
        {"nervescope", QStringLiteral(":/i18n")},
        {"qtbase", QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
    };
    for (const auto& c : catalogues) {
        auto* translator = new QTranslator(&app);
        if (translator->load(locale, QString::fromLatin1(c.name), QStringLiteral("_"), c.dir) && QCoreApplication::installTranslator(translator))
            found << QString::fromLatin1(c.name);
        else
            delete translator;
    }
    return found;
}

} // namespace ns::ui
