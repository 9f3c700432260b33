// The translation pipeline end to end: .ts -> lrelease -> embedded .qm -> tr() in real widgets.
#include "ui/MainWindow.h"

#include <QApplication>
#include <QMenuBar>
#include <QTest>
#include <QTranslator>

class TestTranslations : public QObject {
    Q_OBJECT

    static QStringList menuTitles(const ns::ui::MainWindow& w)
    {
        QStringList titles;
        for (QAction* a : w.menuBar()->actions())
            titles << a->text();
        return titles;
    }

private slots:
    void everyLanguageIsEmbedded_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::newRow("es") << "es" << QStringLiteral("&Archivo");
        QTest::newRow("ko") << "ko" << QStringLiteral("파일(&F)");
        QTest::newRow("ja") << "ja" << QStringLiteral("ファイル(&F)");
    }
    void everyLanguageIsEmbedded()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QTranslator translator;
        QVERIFY(translator.load(QLocale(language), QStringLiteral("nervescope"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        {
            ns::ui::MainWindow w;
            QVERIFY2(menuTitles(w).contains(fileMenu), qPrintable(menuTitles(w).join(QLatin1Char(','))));
        }
        QCoreApplication::removeTranslator(&translator);
        ns::ui::MainWindow english;
        QVERIFY(menuTitles(english).contains(QStringLiteral("&File")));
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
