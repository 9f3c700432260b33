#pragma once
// Help > About and Help > Keyboard Shortcuts. Both open non-modally (QMessageBox::open), so
// they never block the event loop.

#include <QStringList>

class QWidget;

namespace ns::ui::help {

// Version, licence (GPL-3.0-or-later) and intended use (not a medical device).
void showAbout(QWidget* parent);
// `overview`: "Command<TAB>Shortcuts" lines (MainActions::shortcutOverview).
void showShortcuts(QWidget* parent, const QStringList& overview);

} // namespace ns::ui::help
