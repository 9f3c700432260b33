// Raters and review as a user meets them: the rater question on the first workspace
// (answered through QTest), two raters contouring the same frame of the real ALOKA file,
// both shown with a legend, their agreement against core's computation, approvals by
// keyboard with undo, and the rows that land in SQLite and in the audit log view.

#include "core/annotation/Agreement.h"
#include "core/annotation/AnnotationEditor.h"
#include "core/annotation/ContourStore.h"
#include "core/annotation/RaterAgreement.h"
#include "core/annotation/ReviewStore.h"
#include "core/workspace/Workspace.h"
#include "tests/TestData.h"
#include "ui/MainWindow.h"
#include "ui/annotation/AnnotationController.h"
#include "ui/annotation/AnnotationSession.h"
#include "ui/annotation/AuditLogView.h"
#include "ui/annotation/ContourToolLayer.h"
#include "ui/annotation/RaterDialog.h"
#include "ui/annotation/RaterOverlay.h"
#include "ui/annotation/RatersPanel.h"
#include "ui/annotation/ReviewController.h"
#include "ui/viewer/ImageView.h"
#include "ui/viewer/StudyViewer.h"
#include "tests/ui/Screenshot.h"
#include "tests/ui/MainWindowTesting.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <memory>

using ns::ui::MainWindow;
namespace td = ns::testdata;
namespace an = ns::annotation;

class TestRatersReview : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void twoRatersAgreementReviewAndAudit();

private:
    ns::ui::AnnotationSession* session() const { return m_window->annotation()->session(); }
    ns::ui::ReviewController* review() const { return m_window->annotation()->review(); }
    ns::ui::ImageView* view() const { return m_window->viewer()->imageView(); }
    QPoint at(QPointF p) const { return view()->mapFromImage(p).toPoint(); }
    int count(const QString& sql) const;
    // Answers the open rater dialog by typing `name` and pressing its OK button.
    void answerRaterDialog(const QString& name);
    void drawEllipse(QPointF from, QPointF to);
    void screenshot(const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestRatersReview::initTestCase()
{
    QVERIFY(m_dir.isValid());
    td::isolateSettings(m_dir.path(), QStringLiteral("test_raters_review")); // no remembered rater: the first workspace must ask
}

int TestRatersReview::count(const QString& sql) const
{
    QSqlDatabase db = session()->workspace()->database();
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

void TestRatersReview::answerRaterDialog(const QString& name)
{
    QTRY_VERIFY(review()->raterDialog() != nullptr);
    ns::ui::RaterDialog* dialog = review()->raterDialog();
    QTRY_VERIFY(dialog->isVisible());
    QLineEdit* edit = dialog->combo()->lineEdit();
    edit->selectAll();
    QTest::keyClicks(edit, name);
    QCOMPARE(dialog->rater(), name);
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(review()->raterDialog() == nullptr);
    // The modal dialog took the activation; give it back to the window, as closing it does.
    m_window->activateWindow();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY2(QTest::qWaitForWindowActive(m_window.get()),
             qPrintable(QStringLiteral("active: %1").arg(QApplication::activeWindow() ? QApplication::activeWindow()->objectName() : QStringLiteral("none"))));
}

void TestRatersReview::drawEllipse(QPointF from, QPointF to)
{
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_E);
    QCOMPARE(session()->toolLayer()->tool(), ns::ui::ContourToolLayer::Tool::Ellipse);
    QTest::mousePress(view(), Qt::LeftButton, {}, at(from));
    QTest::mouseMove(view(), at((from + to) / 2));
    QTest::mouseMove(view(), at(to));
    QTest::mouseRelease(view(), Qt::LeftButton, {}, at(to));
}

void TestRatersReview::screenshot(const QString& name)
{
    td::screenshot(m_window.get(), name);
}

void TestRatersReview::twoRatersAgreementReviewAndAudit()
{
    const QString aloka = td::shared(QStringLiteral("gdcm-US-ALOKA-16.dcm"));
    NS_REQUIRE_FILE(aloka);
    m_window = std::make_unique<MainWindow>();
    QVERIFY(td::showMainWindow(*m_window, QSize(1500, 950)));
    QVERIFY(td::openAndWait(*m_window, aloka));

    // 1. The first workspace asks who annotates; the answer is remembered.
    QVERIFY(!session()->hasRememberedRater());
    QVERIFY(session()->createWorkspace(QDir(m_dir.path()).filePath(QStringLiteral("ws"))));
    answerRaterDialog(QStringLiteral("alice"));
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(session()->editingRater(), QStringLiteral("alice"));
    QCOMPARE(QSettings().value(QStringLiteral("annotation/rater")).toString(), QStringLiteral("alice"));
    QVERIFY(session()->hasRememberedRater());
    QCOMPARE(review()->raterCombo()->currentText(), QStringLiteral("alice"));
    QVERIFY(session()->canEdit());

    view()->oneToOne();
    QTest::qWait(20);
    const qint64 study = session()->studyId();

    // 2. Alice contours, then Bob (new rater through the switcher's "New Rater…") the same frame.
    drawEllipse({140, 200}, {220, 250});
    QVERIFY(!QTest::currentTestFailed());
    QTRY_COMPARE(an::loadContours(*session()->workspace(), study, 0).size(), 1);
    QCOMPARE(session()->undoStack()->count(), 1);
    QComboBox* switcher = review()->raterCombo();
    const int newRater = switcher->findText(QStringLiteral("New Rater…"));
    QVERIFY(newRater >= 0);
    switcher->setCurrentIndex(newRater);
    emit switcher->activated(newRater); // what choosing the item with the mouse emits
    answerRaterDialog(QStringLiteral("bob"));
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(session()->editingRater(), QStringLiteral("bob"));
    QCOMPARE(session()->editor()->rater(), QStringLiteral("bob"));
    QCOMPARE(session()->undoStack()->count(), 0); // Bob's own undo history
    QVERIFY(session()->toolLayer()->contours().isEmpty()); // Alice's contour is not Bob's to edit
    drawEllipse({150, 205}, {232, 258});
    QVERIFY(!QTest::currentTestFailed());
    QTRY_COMPARE(an::loadContours(*session()->workspace(), study, 0).size(), 2);
    QCOMPARE(session()->toolLayer()->contours().size(), 1);

    // Both shown: Alice's read-only in her colour, with the legend.
    const QList<ns::ui::RaterOverlay::Layer>& layers = review()->overlay()->layers();
    QCOMPARE(layers.size(), 1);
    QCOMPARE(layers[0].rater, QStringLiteral("alice"));
    QCOMPARE(layers[0].contours.size(), 1);
    view()->repaint();
    QVERIFY(!review()->overlay()->legendRect().isEmpty());
    // Unticking Alice in the checklist hides her contours.
    review()->ratersDock()->show();
    QListWidget* list = review()->ratersPanel()->list();
    QCOMPARE(list->count(), 1);
    list->item(0)->setCheckState(Qt::Unchecked);
    QVERIFY(review()->overlay()->layers().isEmpty());
    list->item(0)->setCheckState(Qt::Checked);
    QCOMPARE(review()->overlay()->layers().size(), 1);

    // 3. Agreement as core computes it from the stored contours.
    ns::ui::RatersPanel* panel = review()->ratersPanel();
    panel->compare(QStringLiteral("alice"), QStringLiteral("bob"));
    QVERIFY(panel->agreement().has_value());
    const auto* calibration = &m_window->viewer()->source()->calibration();
    const std::optional<an::Agreement> core = an::agreementOnFrame(*session()->workspace(), study, 0, QStringLiteral("alice"),
                                                                   QStringLiteral("bob"), view()->imageSize(), calibration);
    QVERIFY(core && core->dice && core->hausdorffPx && core->hausdorffMm);
    QCOMPARE(*panel->agreement()->dice, *core->dice);
    QCOMPARE(*panel->agreement()->hausdorffPx, *core->hausdorffPx);
    QCOMPARE(*panel->agreement()->hausdorffMm, *core->hausdorffMm);
    // And independently from the two polygons: the masks overlap most, not all.
    QList<QPolygonF> a, b;
    for (const an::Contour& c : an::loadContours(*session()->workspace(), study, 0))
        (c.rater == QStringLiteral("alice") ? a : b) << c.vertices;
    const an::Agreement direct = an::compareRaters(a, b, view()->imageSize(), calibration);
    QCOMPARE(*direct.dice, *core->dice);
    QVERIFY(*core->dice > 0.6 && *core->dice < 0.95);
    const QString text = panel->resultLabel()->text();
    QVERIFY2(text.contains(QString::number(*core->dice, 'f', 3)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("%1 mm").arg(*core->hausdorffMm, 0, 'f', 2)), qPrintable(text));
    session()->toolLayer()->select(0); // Bob's contour in his own colour, as the legend says
    for (auto* dock : m_window->findChildren<QDockWidget*>())
        if (dock->objectName() == QStringLiteral("studyInformationDock"))
            dock->hide(); // room for the raters dock
    QTest::qWait(50);
    screenshot(QStringLiteral("screenshot-raters.png"));

    // Undo is per rater: Bob's undo takes back Bob's contour only; Alice's history waits.
    session()->undo();
    QCOMPARE(an::loadContours(*session()->workspace(), study, 0).size(), 1);
    QCOMPARE(an::loadContours(*session()->workspace(), study, 0)[0].rater, QStringLiteral("alice"));
    session()->redo();
    QCOMPARE(an::loadContours(*session()->workspace(), study, 0).size(), 2);

    // 4. Approve the frame (Ctrl+Return) and the study (Ctrl+Shift+Return) as Bob.
    QVERIFY(review()->approveFrame->isEnabled());
    QVERIFY(!review()->revokeFrame->isEnabled());
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Return, Qt::ControlModifier);
    std::optional<an::ReviewState> frameState = an::reviewState(*session()->workspace(), study, 0);
    QCOMPARE(frameState->status, an::ReviewStatus::Approved);
    QCOMPARE(frameState->rater, QStringLiteral("bob"));
    QVERIFY(review()->statusLabel()->text().contains(QStringLiteral("approved")));
    QVERIFY(review()->revokeFrame->isEnabled());
    QTest::keyClick(view(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(an::reviewState(*session()->workspace(), study, -1)->status, an::ReviewStatus::Approved);
    // Revoke, then undo the revoke: approvals are undo steps like any edit.
    review()->revokeFrame->trigger();
    QCOMPARE(an::reviewState(*session()->workspace(), study, 0)->status, an::ReviewStatus::Corrected);
    session()->undo();
    QCOMPARE(an::reviewState(*session()->workspace(), study, 0)->status, an::ReviewStatus::Approved);

    // In SQLite: current status rows, every change in the history and in the audit log.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM review_status WHERE status='approved'")), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM review_events e JOIN raters r ON r.id = e.rater_id WHERE r.name='bob'")), 4);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action='review-status' AND rater='bob'")), 4);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action='add' AND rater='alice'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action='add' AND rater='bob'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action='delete' AND rater='bob'")), 1); // the undo

    // 5. The audit view lists them, newest first, filterable by rater.
    review()->ratersDock()->hide();
    review()->auditDock()->show();
    ns::ui::AuditLogView* audit = review()->auditLog();
    audit->refresh();
    QTableWidget* table = audit->table();
    const int all = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    QCOMPARE(table->rowCount(), all);
    QCOMPARE(table->item(0, ns::ui::AuditLogView::Action)->text(), QStringLiteral("Review status"));
    QCOMPARE(table->item(0, ns::ui::AuditLogView::Rater)->text(), QStringLiteral("bob"));
    QCOMPARE(table->item(0, ns::ui::AuditLogView::Frame)->text(), QStringLiteral("1"));
    QCOMPARE(table->item(0, ns::ui::AuditLogView::Change)->text(), QStringLiteral("Status: corrected → approved"));
    QCOMPARE(table->item(all - 1, ns::ui::AuditLogView::Action)->text(), QStringLiteral("Import study"));
    audit->setRaterFilter(QStringLiteral("alice"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, ns::ui::AuditLogView::Action)->text(), QStringLiteral("Add contour"));
    QVERIFY(table->item(0, ns::ui::AuditLogView::Study)->text().contains(QStringLiteral("gdcm-US-ALOKA-16.dcm")));
    audit->setRaterFilter(QString());
    QCOMPARE(table->rowCount(), all);
    m_window->resizeDocks({review()->auditDock()}, {360}, Qt::Vertical);
    QTest::qWait(50);
    screenshot(QStringLiteral("screenshot-audit-log.png"));

    // Switching back to Alice brings her undo history back.
    switcher->setCurrentIndex(switcher->findText(QStringLiteral("alice")));
    emit switcher->activated(switcher->currentIndex());
    QCOMPARE(session()->editingRater(), QStringLiteral("alice"));
    QCOMPARE(session()->undoStack()->count(), 1);
    QCOMPARE(QSettings().value(QStringLiteral("annotation/rater")).toString(), QStringLiteral("alice"));
    QCOMPARE(review()->overlay()->layers().size(), 1);
    QCOMPARE(review()->overlay()->layers()[0].rater, QStringLiteral("bob"));
    m_window.reset();
}

QTEST_MAIN(TestRatersReview)
#include "test_raters_review.moc"
