#include "ui/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace ns::ui::theme {

namespace {
QPalette darkPalette()
{
    const QColor window(0x2a, 0x2d, 0x31);
    const QColor text(0xdd, 0xe1, 0xe5);
    const QColor disabled(0x6b, 0x71, 0x78);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x29, 0x2d));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x37, 0x3c));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x90, 0x99));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x39, 0x3e));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x4a, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3e, 0x44));
    p.setColor(QPalette::Mid, QColor(0x25, 0x28, 0x2b));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1c, 0x1f));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x11, 0x12));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x7f, 0xb5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x5a, 0xae, 0xf0));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a, 0x3e, 0x44));
    return p;
}

const char* kStyleSheet = R"(
#welcome { background: #1b1d20; }
#welcomeTitle { font-size: 26px; font-weight: 600; color: #e8ecef; }
#welcomeHint { font-size: 15px; color: #c8ccd0; }
#welcomeNote { color: #8a9099; }
#panelTitle { font-weight: 600; color: #9fb8cc; padding-top: 6px; }
QPushButton { padding: 5px 14px; }
QPushButton#primaryButton { background: #2f7fb5; color: white; border: 1px solid #3b8fc8; border-radius: 4px;
                            padding: 7px 22px; font-weight: 600; }
QPushButton#primaryButton:hover { background: #3a8cc4; }
#recentList { background: #222428; border: 1px solid #33373c; }
#recentList::item { padding: 4px 6px; }
#cineControls { background: #202326; border-top: 1px solid #33383d; }
QStatusBar { background: #1d1f22; color: #c8ccd0; }
QStatusBar::item { border: none; }
QStatusBar QLabel { padding: 0 6px; color: #c8ccd0; }
QToolBar { background: #25282c; border: none; border-bottom: 1px solid #33383d; spacing: 2px; padding: 2px 4px; }
QToolBar QToolButton { padding: 3px 8px; }
QDockWidget::title { background: #25282c; padding: 4px 6px; }
QHeaderView::section { background: #2c3035; color: #c8ccd0; padding: 3px 6px; border: none;
                       border-bottom: 1px solid #3a3e44; }
)";
} // namespace

void apply(QApplication& app)
{
    if (app.property("nervescopeTheme").toBool())
        return;
    app.setProperty("nervescopeTheme", true);
    if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        app.setStyle(fusion);
    app.setPalette(darkPalette());
    app.setStyleSheet(QString::fromLatin1(kStyleSheet));
}

} // namespace ns::ui::theme
