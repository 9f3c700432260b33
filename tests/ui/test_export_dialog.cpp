// File > Export Dataset… and Import Dataset… with real widgets on the offscreen platform: a
// real workspace (a synthetic calibrated DICOM cine with 60 contoured frames and the ALOKA
// scanner file), opened in the main window; Ctrl+Shift+E opens the dialog, a real export
// runs on the worker thread into a temporary folder (PNG and DICOM SEG), the summary and
// the files are checked; Cancel in the middle leaves no output folder; an nnU-Net export is
// imported back through the import dialog and the study browser shows the new studies.
// With NERVESCOPE_SCREENSHOTS=DIR the dialog is saved before and after an export.

#include "core/annotation/ContourStore.h"
#include "core/export/Exporter.h"
#include "core/synth/CineGenerator.h"
#include "core/synth/writers/SynthDicomWriter.h"
#include "core/workspace/StudyStore.h"
#include "core/workspace/Workspace.h"
#include "tests/TestData.h"
#include "ui/MainWindow.h"
#include "ui/annotation/AnnotationController.h"
#include "ui/annotation/AnnotationSession.h"
#include "ui/export/DatasetActions.h"
#include "ui/export/ExportDialog.h"
#include "ui/export/ImportDialog.h"
#include "ui/workspace/StudyBrowser.h"
#include "ui/workspace/StudyBrowserDock.h"
#include "ui/workspace/StudyListModel.h"
#include "tests/ui/Screenshot.h"
#include "tests/ui/MainWindowTesting.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <memory>

using ns::ui::MainWindow;
namespace td = ns::testdata;
namespace an = ns::annotation;

namespace {
QPolygonF circle(QPointF c, double r)
{
    QPolygonF p;
    for (int i = 0; i < 20; ++i)
        p << c + QPointF(r * std::cos(2 * M_PI * i / 20), r * std::sin(2 * M_PI * i / 20));
    return p;
}

using ns::testdata::screenshot;

void selectFormat(ns::ui::ExportDialog* d, const QString& name)
{
    QComboBox* box = d->form()->formatBox();
    box->setCurrentIndex(box->findText(name));
}
} // namespace

class TestExportDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void exportPngShowsSummaryAndFiles();
    void exportDicomSegSkipsNothingDicom();
    void cancelMidwayLeavesNoFolder();
    void importDialogAddsStudies();

private:
    ns::ui::ExportDialog* openExportDialog();
    bool runExport(ns::ui::ExportDialog* d);

    QTemporaryDir m_dir;
    QString m_ws;
    std::unique_ptr<MainWindow> m_window;
};

void TestExportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    td::isolateSettings(m_dir.path(), QStringLiteral("test_export_dialog"));
    QSettings().setValue(QStringLiteral("annotation/rater"), QStringLiteral("tester"));

    const QString aloka = td::shared(QStringLiteral("gdcm-US-ALOKA-16.dcm"));
    NS_REQUIRE_FILE(aloka);
    ns::synth::SynthRequest req;
    req.frames = 60;
    req.patientId = QStringLiteral("SYN-0042");
    const QString cine = m_dir.filePath(QStringLiteral("cine.dcm"));
    QString error;
    QVERIFY2(ns::synth::writeSynthDicom(ns::synth::generateCine(req), cine, {}, &error), qPrintable(error));

    m_ws = m_dir.filePath(QStringLiteral("ws"));
    auto r = ns::workspace::Workspace::create(m_ws);
    QVERIFY2(r, qPrintable(r.error));
    QVERIFY(ns::workspace::importStudy(*r.workspace, cine, false).study);  // 1
    QVERIFY(ns::workspace::importStudy(*r.workspace, aloka, false).study); // 2
    for (int f = 0; f < 60; ++f) {
        an::Contour c;
        c.studyId = 1;
        c.frame = f;
        c.rater = QStringLiteral("alice");
        c.vertices = circle(QPointF(280 + f % 7, 220), 25);
        QVERIFY2(an::insertContour(*r.workspace, c, &error), qPrintable(error));
    }
    an::Contour c;
    c.studyId = 2;
    c.rater = QStringLiteral("bob");
    c.vertices = circle(QPointF(180, 200), 30);
    QVERIFY2(an::insertContour(*r.workspace, c, &error), qPrintable(error));
}

void TestExportDialog::init()
{
    m_window = std::make_unique<MainWindow>();
    QVERIFY(td::showMainWindow(*m_window, QSize(1200, 800)));
    QVERIFY(!m_window->datasets()->exportDataset->isEnabled()); // no workspace yet
    QVERIFY(m_window->annotation()->session()->openWorkspace(m_ws));
    QVERIFY(m_window->datasets()->exportDataset->isEnabled());
    QVERIFY(m_window->datasets()->importDataset->isEnabled());
}

void TestExportDialog::cleanup() { m_window.reset(); }

ns::ui::ExportDialog* TestExportDialog::openExportDialog()
{
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    ns::ui::ExportDialog* d = m_window->datasets()->exportDialog();
    if (d)
        (void)QTest::qWaitForWindowExposed(d);
    return d;
}

bool TestExportDialog::runExport(ns::ui::ExportDialog* d)
{
    QTest::mouseClick(d->exportButton(), Qt::LeftButton);
    return QTest::qWaitFor([&] { return !d->isRunning(); }, 120000);
}

void TestExportDialog::exportPngShowsSummaryAndFiles()
{
    ns::ui::ExportDialog* d = openExportDialog();
    QVERIFY(d);
    QVERIFY(d->form()->deidentifyBox()->isChecked());
    QVERIFY(!d->form()->deidentifyWarning()->isVisible());
    QVERIFY(!d->openFolderButton()->isVisible()); // nothing exported yet
    d->form()->deidentifyBox()->setChecked(false);
    QVERIFY(d->form()->deidentifyWarning()->isVisible()); // turned off: a warning says what it means
    d->form()->deidentifyBox()->setChecked(true);
    selectFormat(d, QStringLiteral("png"));
    const QString out = m_dir.filePath(QStringLiteral("out-png"));
    d->form()->outDirEdit()->setText(out);
    d->adjustSize();
    screenshot(d, QStringLiteral("export-dialog-before.png"));

    QVERIFY(runExport(d));
    QVERIFY2(d->summary().ok, qPrintable(d->statusLabel()->text()));
    QCOMPARE(d->summary().frames, 61);
    QCOMPARE(d->summary().contours, 61);
    QVERIFY(QFile::exists(out + QStringLiteral("/manifest.json")));
    QCOMPARE(QDir(out + QStringLiteral("/images")).entryList(QDir::Files).size(), 61);
    QCOMPARE(QDir(out + QStringLiteral("/masks")).entryList(QDir::Files).size(), 61);
    QVERIFY2(d->statusLabel()->text().contains(QStringLiteral("Exported 61 frame(s), 61 contour(s)")), qPrintable(d->statusLabel()->text()));
    QVERIFY(d->statusLabel()->text().contains(QStringLiteral("%1 file(s)").arg(d->summary().files)));
    QVERIFY(d->summary().files >= 61 * 2 + 2);
    QVERIFY(d->openFolderButton()->isVisible());
    QCOMPARE(d->progressBar()->value(), 1000);
    screenshot(d, QStringLiteral("export-dialog-after.png"));
    QFile manifest(out + QStringLiteral("/manifest.json"));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    QVERIFY(!manifest.readAll().contains("SYN-0042"));
    d->reject();
    QTRY_VERIFY(!m_window->datasets()->exportDialog());
}

void TestExportDialog::exportDicomSegSkipsNothingDicom()
{
    ns::ui::ExportDialog* d = openExportDialog();
    QVERIFY(d);
    selectFormat(d, QStringLiteral("dicom-seg"));
    QVERIFY(d->form()->datesBox()->isEnabled()); // dates matter for DICOM only
    d->form()->datesBox()->setCurrentIndex(1);   // remove
    const QString out = m_dir.filePath(QStringLiteral("out-seg"));
    d->form()->outDirEdit()->setText(out);
    QVERIFY(runExport(d));
    QVERIFY2(d->summary().ok, qPrintable(d->statusLabel()->text()));
    QCOMPARE(d->summary().items, 2); // one SEG per study
    QCOMPARE(QDir(out).entryList({QStringLiteral("*_seg.dcm")}, QDir::Files).size(), 2);
    QCOMPARE(QDir(out).entryList({QStringLiteral("*_image.dcm")}, QDir::Files).size(), 2);
    QCOMPARE(d->summary().files, 4);
    QVERIFY(d->summary().notes.isEmpty());
    d->reject();
}

void TestExportDialog::cancelMidwayLeavesNoFolder()
{
    ns::ui::ExportDialog* d = openExportDialog();
    QVERIFY(d);
    selectFormat(d, QStringLiteral("png"));
    const QString out = m_dir.filePath(QStringLiteral("out-cancelled"));
    d->form()->outDirEdit()->setText(out);
    bool cancelled = false;
    // Cancel as soon as writing has begun (the first tenth is reading the workspace).
    connect(d->progressBar(), &QProgressBar::valueChanged, d, [&](int v) {
        if (v >= 120 && v < 900 && !cancelled) {
            cancelled = true;
            QTest::mouseClick(d->cancelButton(), Qt::LeftButton);
        }
    });
    QVERIFY(runExport(d));
    QVERIFY2(cancelled, "the export finished before it could be cancelled");
    QVERIFY(!d->summary().ok);
    QVERIFY2(d->statusLabel()->text().contains(QStringLiteral("cancelled")), qPrintable(d->statusLabel()->text()));
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(!QFileInfo::exists(out + QStringLiteral(".partial")));
    QVERIFY(d->isVisible()); // Cancel stopped the export, not the dialog
    QVERIFY(d->exportButton()->isEnabled());
    d->reject();
}

void TestExportDialog::importDialogAddsStudies()
{
    // An nnU-Net export of study 2 (one frame) to import back.
    const QString dataset = m_dir.filePath(QStringLiteral("Dataset001_Import"));
    {
        auto ws = ns::workspace::Workspace::open(m_ws, ns::workspace::Workspace::Mode::ReadOnly);
        QVERIFY(ws);
        ns::exporting::ExportSelection sel;
        sel.studyIds = {2};
        const auto s = ns::exporting::exportWorkspace(*ws.workspace, ns::exporting::ExportFormat::NnUnet, sel, {}, dataset,
                                                      ns::jobs::Progress::none());
        QVERIFY2(s.ok, qPrintable(s.error));
    }
    ns::ui::StudyBrowser* browser = m_window->studyBrowser()->browser();
    QCOMPARE(browser->model()->rowCount(), 2);
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    ns::ui::ImportDialog* d = m_window->datasets()->importDialog();
    QVERIFY(d);
    d->formatBox()->setCurrentIndex(d->formatBox()->findData(int(ns::exporting::ImportFormat::NnUnet)));
    d->folderEdit()->setText(dataset);
    QTest::mouseClick(d->importButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !d->isRunning(); }, 60000));
    QVERIFY2(d->summary().ok, qPrintable(d->statusLabel()->text()));
    QVERIFY2(d->statusLabel()->text().contains(QStringLiteral("Imported 1 contour(s) on 1 new stud(ies)")), qPrintable(d->statusLabel()->text()));
    // The window has its workspace back, and the browser lists the new study.
    QVERIFY(m_window->annotation()->session()->workspace());
    QTRY_COMPARE(browser->model()->rowCount(), 3);
    screenshot(d, QStringLiteral("import-dialog-after.png"));
    QVERIFY(m_window->datasets()->exportDataset->isEnabled());
    d->reject();
}

QTEST_MAIN(TestExportDialog)
#include "test_export_dialog.moc"
