#include "ui/HelpDialogs.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

namespace ns::ui::help {

void showAbout(QWidget* parent)
{
    auto* box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(QCoreApplication::translate("HelpDialogs", "About NerveScope"));
    box->setIconPixmap(QIcon(QStringLiteral(":/icons/nervescope.svg")).pixmap(64, 64));
    box->setText(QCoreApplication::translate("HelpDialogs",
                     "<h3>NerveScope %1</h3>"
                     "<p>View, contour and grade median-nerve ultrasound; train and explain segmentation "
                     "and carpal tunnel syndrome grading models.</p>")
                     .arg(QApplication::applicationVersion()));
    box->setInformativeText(QCoreApplication::translate("HelpDialogs",
        "<p>Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). "
        "There is no warranty.</p>"
        "<p><b>NerveScope is not a medical device.</b> Its synthetic default models are not clinically "
        "validated; do not use it for diagnosis.</p>"));
    box->open();
}

void showShortcuts(QWidget* parent, const QStringList& overview)
{
    QString rows;
    for (const QString& line : overview) {
        const QStringList parts = line.split(QLatin1Char('\t'));
        rows += QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;<b>%2</b></td></tr>")
                    .arg(parts.value(0).toHtmlEscaped(), parts.value(1).toHtmlEscaped());
    }
    const QString text = QCoreApplication::translate("HelpDialogs",
        "<table>%1</table><p>Mouse: the wheel zooms around the cursor, drag or middle-drag pans, "
        "right-drag changes the window (horizontal) and the level (vertical).</p>").arg(rows);
    auto* box = new QMessageBox(QMessageBox::NoIcon, QCoreApplication::translate("HelpDialogs", "Keyboard Shortcuts"),
                                text, QMessageBox::Close, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace ns::ui::help
