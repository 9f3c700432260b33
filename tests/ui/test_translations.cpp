// The translation pipeline end to end: .ts -> lrelease -> embedded .qm -> tr() in real
// widgets, with Qt's own catalogue (dialog buttons) loaded beside ours, as the app does.
#include "tests/TestData.h"
#include "tests/ui/MainWindowTesting.h"
#include "tests/ui/Screenshot.h"
#include "ui/AppTranslations.h"
#include "ui/MainWindow.h"
#include "ui/ai/AiFeature.h"
#include "ui/ai/AiPanel.h"
#include "ui/training/TrainingFeature.h"

#include <QAction>
#include <QApplication>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <algorithm>

class TestTranslations : public QObject {
    Q_OBJECT

    static QStringList menuTitles(const ns::ui::MainWindow& w)
    {
        QStringList titles;
        for (QAction* a : w.menuBar()->actions())
            titles << a->text();
        return titles;
    }
    static QString cancelButtonText()
    {
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        return box.button(QDialogButtonBox::Cancel)->text();
    }
    static void removeTranslations()
    {
        for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    // The innermost widgets of `area` wider than its viewport: what a translation made too long.
    static QString widestIn(const QScrollArea* area)
    {
        const int room = area->viewport()->width();
        auto tooWide = [&](const QWidget* w) { return w->isVisibleTo(area->widget()) && w->minimumSizeHint().width() > room; };
        QStringList found;
        for (const QWidget* w : area->widget()->findChildren<QWidget*>()) {
            const auto inner = w->findChildren<QWidget*>();
            if (!tooWide(w) || std::any_of(inner.begin(), inner.end(), tooWide))
                continue;
            // A row of widgets that together are too wide: name their texts.
            QStringList texts;
            for (const QWidget* part : QList<const QWidget*>{w} + w->findChildren<const QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
                if (auto* b = qobject_cast<const QAbstractButton*>(part))
                    texts << b->text();
                else if (auto* l = qobject_cast<const QLabel*>(part))
                    texts << l->text();
            }
            const QString text = texts.join(QStringLiteral(" | "));
            found << QStringLiteral("%1 \"%2\" needs %3 px of %4").arg(QString::fromLatin1(w->metaObject()->className()), text)
                         .arg(w->minimumSizeHint().width()).arg(room);
        }
        return found.join(QStringLiteral("; "));
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ns::testdata::isolateSettings(m_dir.path(), QStringLiteral("test_translations"));
    }

    void everyLanguageIsEmbedded_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("gradeStudy"); // deep in the AI panel, not a seeded menu
        QTest::addColumn<QString>("cancel");     // Qt's own string
        QTest::newRow("es") << "es" << QStringLiteral("&Archivo") << QStringLiteral("&Graduar estudio") << QStringLiteral("Cancelar");
        QTest::newRow("ko") << "ko" << QStringLiteral("파일(&F)") << QStringLiteral("검사 등급 판정(&G)") << QStringLiteral("취소");
        QTest::newRow("ja") << "ja" << QStringLiteral("ファイル(&F)") << QStringLiteral("検査を判定(&G)") << QStringLiteral("キャンセル");
    }
    void everyLanguageIsEmbedded()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QFETCH(QString, gradeStudy);
        QFETCH(QString, cancel);
        const QStringList found = ns::ui::installTranslations(*qApp, QLocale(language));
        QCOMPARE(found, (QStringList{QStringLiteral("nervescope"), QStringLiteral("qtbase")}));
        {
            ns::ui::MainWindow w;
            QVERIFY2(menuTitles(w).contains(fileMenu), qPrintable(menuTitles(w).join(QLatin1Char(','))));
            QCOMPARE(w.ai()->panel()->gradeAction()->text(), gradeStudy);
            QCOMPARE(cancelButtonText().remove(QLatin1Char('&')), cancel);
        }
        removeTranslations();
        ns::ui::MainWindow english;
        QVERIFY(menuTitles(english).contains(QStringLiteral("&File")));
        QCOMPARE(english.ai()->panel()->gradeAction()->text(), QStringLiteral("&Grade Study"));
        QCOMPARE(cancelButtonText(), QStringLiteral("Cancel"));
    }

    // Translations run longer than English (Spanish) or have no spaces to wrap at (Japanese):
    // with a study open, no panel of the window may need sideways scrolling.
    void everyLanguageFitsTheWindow_data() { everyLanguageIsEmbedded_data(); }
    void everyLanguageFitsTheWindow()
    {
        QFETCH(QString, language);
        NS_REQUIRE_FILE(ns::testdata::shared(QStringLiteral("US1_UNCR.dcm")));
        ns::ui::installTranslations(*qApp, QLocale(language));
        auto cleanup = qScopeGuard([] { removeTranslations(); });
        ns::ui::MainWindow w;
        QVERIFY(ns::testdata::showMainWindow(w, QSize(1500, 950)));
        QVERIFY(ns::testdata::openAndWait(w, ns::testdata::shared(QStringLiteral("US1_UNCR.dcm"))));
        w.ai()->dock()->show();
        w.ai()->dock()->raise();
        QTest::qWait(50);
        ns::testdata::screenshot(&w, QStringLiteral("language-%1.png").arg(language));
        auto everyAreaFits = [&]() -> QString {
            int checked = 0;
            for (QScrollArea* area : w.findChildren<QScrollArea*>()) {
                if (!area->isVisible() || !area->widget() || qobject_cast<QAbstractItemView*>(area))
                    continue;
                ++checked;
                if (area->horizontalScrollBar()->maximum() > 0)
                    return widestIn(area);
            }
            return checked > 0 ? QString() : QStringLiteral("no panel to check");
        };
        QString overflow = everyAreaFits();
        QVERIFY2(overflow.isEmpty(), qPrintable(overflow));
        // The training page, the other mode of the window.
        w.training()->showTraining();
        QTest::qWait(50);
        ns::testdata::screenshot(&w, QStringLiteral("language-%1-training.png").arg(language));
        overflow = everyAreaFits();
        QVERIFY2(overflow.isEmpty(), qPrintable(overflow));
        w.training()->showReview();
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
