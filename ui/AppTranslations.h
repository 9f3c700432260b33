#pragma once
// The application's language: NerveScope's own strings (embedded under :/i18n) and Qt's
// (dialog buttons, file dialogs, context menus; Debian's qt6-translations-l10n), both for
// `locale`. Without Qt's, a Japanese window would still say "Cancel" and "Open".

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace ns::ui {

// Installs the translators on the application (they live as long as it does) and returns
// the catalogues it found: "nervescope", "qtbase"; empty for English or an unknown language.
QStringList installTranslations(QCoreApplication& app, const QLocale& locale = QLocale());

} // namespace ns::ui
