// nervescope: the desktop application.

#include "ui/AppTranslations.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>
#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("NerveScope"));
    QApplication::setOrganizationName(QStringLiteral("NerveScope"));
    QApplication::setApplicationVersion(QStringLiteral(NERVESCOPE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/nervescope.svg")));

    ns::ui::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Median-nerve ultrasound viewer and annotator"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main", "Open FILE, save a screenshot of the window to PNG and quit."),
        QStringLiteral("png"));
    QCommandLineOption frame(QStringLiteral("frame"),
        QApplication::translate("main", "Show frame N (1-based) first."), QStringLiteral("N"));
    parser.addOption(screenshot);
    parser.addOption(frame);
    parser.addPositionalArgument(QStringLiteral("file"),
        QApplication::translate("main", "DICOM, video or image file, or a folder of images."));
    parser.process(app);

    ns::ui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openPath(files.first());
    if (parser.isSet(frame))
        window.showFrame(parser.value(frame).toInt() - 1);

    if (parser.isSet(screenshot)) {
        // Let the first frame arrive from the decoder thread and the layout settle.
        QTimer::singleShot(1500, &window, [&] {
            const bool ok = window.grab().save(parser.value(screenshot));
            std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "screenshot written:" : "cannot write screenshot:",
                         qPrintable(parser.value(screenshot)));
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}
