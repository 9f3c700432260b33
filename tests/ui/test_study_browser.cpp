// The study browser with real widgets on the offscreen platform: a real workspace (ALOKA
// scanner file, a synthetic DICOM cine, a pydicom RLE file, a study whose file was deleted)
// opened through the annotation session; thumbnails, search, status filter, sorting,
// opening a study by double-click and by Enter, and refreshing after edits and undo.

#include "core/annotation/AnnotationEditor.h"
#include "core/annotation/ContourStore.h"
#include "core/annotation/GradeStore.h"
#include "core/synth/CineGenerator.h"
#include "core/synth/writers/SynthDicomWriter.h"
#include "core/workspace/StudyThumbnail.h"
#include "core/workspace/Workspace.h"
#include "tests/TestData.h"
#include "ui/MainWindow.h"
#include "ui/annotation/AnnotationController.h"
#include "ui/annotation/AnnotationSession.h"
#include "ui/viewer/StudyViewer.h"
#include "ui/workspace/StudyBrowser.h"
#include "ui/workspace/StudyBrowserDock.h"
#include "ui/workspace/StudyListModel.h"
#include "ui/workspace/ThumbnailLoader.h"
#include "tests/ui/MainWindowTesting.h"
#include "tests/ui/Screenshot.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <memory>

using ns::ui::MainWindow;
using ns::ui::StudyListModel;
namespace td = ns::testdata;
namespace an = ns::annotation;
namespace ws = ns::workspace;

namespace {
// What a user's double-click delivers: press, release, then the second press as a double-click.
void doubleClick(QListView* list, const QModelIndex& index)
{
    const QPoint centre = list->visualRect(index).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, centre);
}

QPolygonF square(double x, double y, double side)
{
    return QPolygonF({QPointF(x, y), QPointF(x + side, y), QPointF(x + side, y + side), QPointF(x, y + side)});
}
} // namespace

class TestStudyBrowser : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dockOpensWithThumbnailsAndPlaceholder();
    void searchAndCtrlF();
    void statusFilterAndSort();
    void doubleClickOpensStudyWithAnnotations();
    void enterOpensAndEditsRefreshCounts();
    void newEmptyWorkspaceWaitsForCtrlF();

private:
    ns::ui::AnnotationSession* session() const { return m_window->annotation()->session(); }
    ns::ui::StudyBrowser* browser() const { return m_window->studyBrowser()->browser(); }
    QStringList shownNames() const;
    QModelIndex shownIndexOf(const QString& name) const;
    bool openWorkspaceAndWait();

    QTemporaryDir m_dir;
    QString m_ws;
    QString m_synth;
    std::unique_ptr<MainWindow> m_window;
};

void TestStudyBrowser::initTestCase()
{
    QVERIFY(m_dir.isValid());
    td::isolateSettings(m_dir.path(), QStringLiteral("test_study_browser"));
    QSettings().setValue(QStringLiteral("annotation/rater"), QStringLiteral("tester"));

    const QString aloka = td::shared(QStringLiteral("gdcm-US-ALOKA-16.dcm"));
    const QString rle = td::pydicom(QStringLiteral("SC_rgb_rle_2frame.dcm"));
    NS_REQUIRE_FILE(aloka);
    NS_REQUIRE_FILE(rle);
    ns::synth::SynthRequest req;
    req.frames = 8;
    req.patientId = QStringLiteral("SYN-0042");
    QString error;
    m_synth = m_dir.filePath(QStringLiteral("synthetic-wrist.dcm"));
    QVERIFY2(ns::synth::writeSynthDicom(ns::synth::generateCine(req), m_synth, {}, &error), qPrintable(error));
    req.seed = 2;
    req.frames = 2;
    req.patientId = QStringLiteral("SYN-0077");
    const QString doomed = m_dir.filePath(QStringLiteral("deleted-later.dcm"));
    QVERIFY2(ns::synth::writeSynthDicom(ns::synth::generateCine(req), doomed, {}, &error), qPrintable(error));

    m_ws = m_dir.filePath(QStringLiteral("ws"));
    auto r = ws::Workspace::create(m_ws);
    QVERIFY2(r, qPrintable(r.error));
    ws::Workspace& w = *r.workspace;
    QVERIFY(ws::importStudy(w, aloka, true).study);   // 1: corrected
    QVERIFY(ws::importStudy(w, m_synth, false).study); // 2: AI
    QVERIFY(ws::importStudy(w, rle, false).study);     // 3: approved
    QVERIFY(ws::importStudy(w, doomed, false).study);  // 4: unlabelled, file gone
    QVERIFY(QFile::remove(doomed));
    auto add = [&](qint64 study, int frame, const QString& rater, an::SourceKind kind) {
        an::Contour c;
        c.studyId = study;
        c.frame = frame;
        c.rater = rater;
        c.source.kind = kind;
        c.vertices = square(40, 40, 30);
        QString why;
        QVERIFY2(an::insertContour(w, c, &why), qPrintable(why));
    };
    add(1, 0, QStringLiteral("alice"), an::SourceKind::Manual);
    add(2, 0, QStringLiteral("sa-unet"), an::SourceKind::Model);
    add(2, 3, QStringLiteral("sa-unet"), an::SourceKind::Model);
    add(3, 0, QStringLiteral("sa-unet"), an::SourceKind::Model);
    QVERIFY(an::setReviewStatus(w, 3, -1, an::ReviewStatus::Approved, QStringLiteral("alice"), &error));
    // Study 1: alice graded it moderate, a model said normal later; study 2: only a model.
    auto grade = [&](qint64 study, int severity, const QString& model) {
        an::Grade g;
        g.studyId = study;
        g.severity = severity;
        if (model.isEmpty())
            g.rater = QStringLiteral("alice");
        else
            g.source = {an::SourceKind::Model, model, QStringLiteral("1.1.0")};
        QString why;
        QVERIFY2(an::recordGrade(w, g, &why), qPrintable(why));
    };
    grade(1, 2, QString());
    grade(1, 0, QStringLiteral("severity-transverse"));
    grade(2, 3, QStringLiteral("severity-transverse"));
}

void TestStudyBrowser::init()
{
    m_window = std::make_unique<MainWindow>();
    QVERIFY(td::showMainWindow(*m_window));
}

void TestStudyBrowser::cleanup() { m_window.reset(); }

bool TestStudyBrowser::openWorkspaceAndWait()
{
    if (!session()->openWorkspace(m_ws))
        return false;
    return QTest::qWaitFor([&] { return browser()->thumbnails()->isIdle(); }, 20000);
}

QStringList TestStudyBrowser::shownNames() const
{
    QStringList names;
    const QAbstractItemModel* m = browser()->list()->model();
    for (int i = 0; i < m->rowCount(); ++i)
        names << m->index(i, 0).data().toString();
    return names;
}

QModelIndex TestStudyBrowser::shownIndexOf(const QString& name) const
{
    const QAbstractItemModel* m = browser()->list()->model();
    for (int i = 0; i < m->rowCount(); ++i)
        if (m->index(i, 0).data().toString() == name)
            return m->index(i, 0);
    return {};
}

void TestStudyBrowser::dockOpensWithThumbnailsAndPlaceholder()
{
    auto* dock = m_window->studyBrowser();
    QVERIFY(!dock->isVisible()); // no workspace yet
    QVERIFY(browser()->summary().contains(QStringLiteral("No workspace")));
    QVERIFY(openWorkspaceAndWait());
    QVERIFY(dock->isVisible());
    StudyListModel* model = browser()->model();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(browser()->summary(), QStringLiteral("4 studies"));
    for (int row : {0, 1, 2}) {
        const QModelIndex i = model->index(row);
        const QImage thumb = i.data(StudyListModel::ThumbnailRole).value<QImage>();
        QVERIFY2(!thumb.isNull(), qPrintable(i.data(StudyListModel::ThumbnailErrorRole).toString()));
        QVERIFY(qMax(thumb.width(), thumb.height()) <= 160);
        QVERIFY(QFile::exists(ws::thumbnailPath(m_ws, i.data(StudyListModel::IdRole).toLongLong())));
    }
    // The study whose file was deleted: no picture, the reason in the tooltip, no crash.
    const QModelIndex gone = model->index(3);
    QVERIFY(gone.data(StudyListModel::ThumbnailRole).value<QImage>().isNull());
    QVERIFY(gone.data(StudyListModel::FileMissingRole).toBool());
    QVERIFY(gone.data(Qt::ToolTipRole).toString().contains(QStringLiteral("missing")));
    QVERIFY(gone.data(Qt::ToolTipRole).toString().contains(QStringLiteral("deleted-later.dcm")));
    // Counts and statuses as the browser shows them.
    QCOMPARE(model->index(1).data(StudyListModel::AnnotatedTextRole).toString(), QStringLiteral("2 of 8 frames annotated"));
    QCOMPARE(an::ReviewStatus(model->index(0).data(StudyListModel::StatusRole).toInt()), an::ReviewStatus::Corrected);
    QCOMPARE(an::ReviewStatus(model->index(1).data(StudyListModel::StatusRole).toInt()), an::ReviewStatus::AI);
    QCOMPARE(an::ReviewStatus(model->index(2).data(StudyListModel::StatusRole).toInt()), an::ReviewStatus::Approved);
    QCOMPARE(an::ReviewStatus(model->index(3).data(StudyListModel::StatusRole).toInt()), an::ReviewStatus::Unlabelled);
    // The grade a person gave shows; a model's grade does not pass for one.
    QCOMPARE(model->index(0).data(StudyListModel::GradeTextRole).toString(), QStringLiteral("moderate CTS"));
    QVERIFY(model->index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Grade: moderate CTS")));
    QVERIFY(model->index(1).data(StudyListModel::GradeTextRole).toString().isEmpty());
    QVERIFY(model->index(1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Not graded by a person")));
    td::screenshot(dock, QStringLiteral("study-browser.png"));
    // Painted rows: the list draws every row without trouble (delegate with and without pictures).
    const QImage shot = browser()->grab().toImage();
    QVERIFY(!shot.isNull());

    // Closing the workspace empties the browser.
    session()->closeWorkspace();
    QCOMPARE(browser()->model()->rowCount(), 0);
}

void TestStudyBrowser::searchAndCtrlF()
{
    QVERIFY(openWorkspaceAndWait());
    QLineEdit* search = browser()->searchBox();
    // Ctrl+F from anywhere in the window puts the cursor in the search box.
    m_window->viewer()->setFocus();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());

    QTest::keyClicks(search, QStringLiteral("aloka"));
    QCOMPARE(shownNames(), QStringList({QStringLiteral("gdcm-US-ALOKA-16.dcm")}));
    QVERIFY(browser()->summary().contains(QStringLiteral("1 of 4")));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("syn-0042")); // patient ID, any case
    QCOMPARE(shownNames(), QStringList({QStringLiteral("synthetic-wrist.dcm")}));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("pydicom")); // in the path only
    QCOMPARE(shownNames(), QStringList({QStringLiteral("SC_rgb_rle_2frame.dcm")}));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("nothing like this"));
    QVERIFY(shownNames().isEmpty());
    QVERIFY(browser()->summary().contains(QStringLiteral("No study")));
    search->clear();
    QCOMPARE(shownNames().size(), 4);
}

void TestStudyBrowser::statusFilterAndSort()
{
    QVERIFY(openWorkspaceAndWait());
    QComboBox* status = browser()->statusFilter();
    QCOMPARE(status->count(), 5);
    QCOMPARE(status->itemText(2), QStringLiteral("AI (1)"));
    status->setCurrentIndex(status->findData(int(an::ReviewStatus::AI)));
    QCOMPARE(shownNames(), QStringList({QStringLiteral("synthetic-wrist.dcm")}));
    status->setCurrentIndex(status->findData(int(an::ReviewStatus::Approved)));
    QCOMPARE(shownNames(), QStringList({QStringLiteral("SC_rgb_rle_2frame.dcm")}));
    status->setCurrentIndex(status->findData(int(an::ReviewStatus::Unlabelled)));
    QCOMPARE(shownNames(), QStringList({QStringLiteral("deleted-later.dcm")}));
    // Filter and search together.
    QTest::keyClicks(browser()->searchBox(), QStringLiteral("aloka"));
    QVERIFY(shownNames().isEmpty());
    browser()->searchBox()->clear();
    status->setCurrentIndex(0);
    QCOMPARE(shownNames().size(), 4);

    QComboBox* sort = browser()->sortOrder();
    // By name (case-insensitive), the default.
    QCOMPARE(shownNames(), QStringList({QStringLiteral("deleted-later.dcm"), QStringLiteral("gdcm-US-ALOKA-16.dcm"),
                                        QStringLiteral("SC_rgb_rle_2frame.dcm"), QStringLiteral("synthetic-wrist.dcm")}));
    sort->setCurrentIndex(sort->findData(int(ns::ui::StudyFilterProxy::SortKey::Status)));
    QCOMPARE(shownNames(), QStringList({QStringLiteral("deleted-later.dcm"), QStringLiteral("synthetic-wrist.dcm"),
                                        QStringLiteral("gdcm-US-ALOKA-16.dcm"), QStringLiteral("SC_rgb_rle_2frame.dcm")}));
    sort->setCurrentIndex(sort->findData(int(ns::ui::StudyFilterProxy::SortKey::Annotated)));
    // 0/2, 2/8, 1/2 (RLE), 1/1
    QCOMPARE(shownNames(), QStringList({QStringLiteral("deleted-later.dcm"), QStringLiteral("synthetic-wrist.dcm"),
                                        QStringLiteral("SC_rgb_rle_2frame.dcm"), QStringLiteral("gdcm-US-ALOKA-16.dcm")}));
}

void TestStudyBrowser::doubleClickOpensStudyWithAnnotations()
{
    QVERIFY(openWorkspaceAndWait());
    QListView* list = browser()->list();
    const QModelIndex synth = shownIndexOf(QStringLiteral("synthetic-wrist.dcm"));
    QVERIFY(synth.isValid());
    QSignalSpy opened(m_window.get(), &MainWindow::studyOpened);
    doubleClick(list, synth);
    QVERIFY(opened.wait(20000) || !opened.isEmpty());
    QCOMPARE(m_window->currentPath(), m_synth);
    QCOMPARE(m_window->viewer()->frameCount(), 8);
    // The same study of the workspace, not a new import: its model contour is on frame 0.
    QCOMPARE(session()->studyId(), qint64(2));
    QTRY_COMPARE(session()->rows().size(), 1);
    QCOMPARE(session()->rows().first().contour.source.kind, an::SourceKind::Model);
    QCOMPARE(ws::studyOverviews(*session()->workspace()).size(), 4);
    // The open study is marked in the list.
    QTRY_VERIFY(browser()->model()->index(1).data(StudyListModel::CurrentRole).toBool());
    QVERIFY(!browser()->model()->index(0).data(StudyListModel::CurrentRole).toBool());

    // A study whose file is gone: a clear error, nothing crashes, the open study stays.
    QSignalSpy failed(m_window.get(), &MainWindow::openFailed);
    const QModelIndex gone = shownIndexOf(QStringLiteral("deleted-later.dcm"));
    doubleClick(list, gone);
    QVERIFY(gone.isValid());
    QVERIFY2(failed.wait(20000) || !failed.isEmpty(), qPrintable(m_window->lastError() + QLatin1Char(' ') + m_window->currentPath()));
    QVERIFY(m_window->lastError().contains(QStringLiteral("deleted-later.dcm")));
    QCOMPARE(m_window->currentPath(), m_synth);
}

void TestStudyBrowser::enterOpensAndEditsRefreshCounts()
{
    QVERIFY(openWorkspaceAndWait());
    QListView* list = browser()->list();
    // Keyboard only: type in the search box, Down into the list, Enter opens.
    QTest::keyClicks(browser()->searchBox(), QStringLiteral("synthetic"));
    QTest::keyClick(browser()->searchBox(), Qt::Key_Down);
    QVERIFY(list->hasFocus() || QApplication::focusWidget() == list);
    QSignalSpy opened(m_window.get(), &MainWindow::studyOpened);
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY(opened.wait(20000) || !opened.isEmpty());
    QCOMPARE(m_window->currentPath(), m_synth);
    QVERIFY(session()->canEdit());

    const int row = browser()->model()->rowOf(2);
    QCOMPARE(browser()->model()->overview(row).annotatedFrames(), 2);
    // An edit in the viewer (through the editor, as the tools do) updates the counts...
    m_window->viewer()->showFrame(5);
    QTRY_COMPARE(session()->frame(), 5);
    an::Contour c;
    c.studyId = 2;
    c.frame = 5;
    c.vertices = square(60, 60, 20);
    QVERIFY(session()->editor()->addContour(c) > 0);
    QTRY_COMPARE(browser()->model()->overview(row).annotatedFrames(), 3);
    QCOMPARE(browser()->model()->overview(row).status, an::ReviewStatus::Corrected); // a person's contour
    QVERIFY(browser()->model()->overview(row).raters.contains(QStringLiteral("tester")));
    QCOMPARE(browser()->model()->index(row).data(StudyListModel::AnnotatedTextRole).toString(),
             QStringLiteral("3 of 8 frames annotated"));
    // ...and so does undo.
    session()->undo();
    QTRY_COMPARE(browser()->model()->overview(row).annotatedFrames(), 2);
    QCOMPARE(browser()->model()->overview(row).status, an::ReviewStatus::AI);
}

void TestStudyBrowser::newEmptyWorkspaceWaitsForCtrlF()
{
    // A new workspace has nothing to browse: the image keeps its room until asked.
    QVERIFY(session()->createWorkspace(m_dir.filePath(QStringLiteral("empty-ws"))));
    QVERIFY(!m_window->studyBrowser()->isVisible());
    QVERIFY(browser()->summary().contains(QStringLiteral("No studies yet")));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_window->studyBrowser()->isVisible());
    QTRY_VERIFY(browser()->searchBox()->hasFocus());
    // Opening a study adds it, and the browser lists it.
    QSignalSpy opened(m_window.get(), &MainWindow::studyOpened);
    m_window->openPath(m_synth);
    QVERIFY(opened.wait(20000) || !opened.isEmpty());
    QTRY_COMPARE(browser()->model()->rowCount(), 1);
    QVERIFY(browser()->model()->index(0).data(StudyListModel::CurrentRole).toBool());
}

QTEST_MAIN(TestStudyBrowser)
#include "test_study_browser.moc"
