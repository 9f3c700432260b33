// Every edit command against a real workspace file: redo writes, undo writes back, the
// audit log records both, drags merge into one undo step and reach the file within 0.5 s.
#include "core/annotation/AnnotationEditor.h"
#include "core/annotation/ContourStore.h"
#include "core/workspace/StudyStore.h"
#include "core/workspace/Workspace.h"
#include "tests/TestData.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ns::annotation;
using ns::workspace::Workspace;
namespace td = ns::testdata;

namespace {

QPolygonF square(double x, double y, double side)
{
    return QPolygonF({QPointF(x, y), QPointF(x + side, y), QPointF(x + side, y + side), QPointF(x, y + side)});
}

int count(Workspace& ws, const QString& sql)
{
    QSqlDatabase db = ws.database();
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString lastAudit(Workspace& ws, const QString& column)
{
    QSqlDatabase db = ws.database();
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id DESC LIMIT 1").arg(column)) && q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestAnnotationEdits : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_study = 0;

private slots:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        const QString dir = m_tmp.filePath(QString::number(QDateTime::currentMSecsSinceEpoch()) + QTest::currentTestFunction());
        Workspace::OpenResult r = Workspace::create(dir);
        QVERIFY2(r, qPrintable(r.error));
        m_ws = std::move(r.workspace);
        NS_REQUIRE_FILE(td::shared(QStringLiteral("gdcm-US-ALOKA-16.dcm")));
        const auto imported = ns::workspace::importStudy(*m_ws, td::shared(QStringLiteral("gdcm-US-ALOKA-16.dcm")), false);
        QVERIFY2(imported.study, qPrintable(imported.error));
        m_study = imported.study->id;
    }
    void cleanup() { m_ws.reset(); }

    void addUndoRedo()
    {
        AnnotationEditor ed(*m_ws, QStringLiteral("alice"));
        Contour c;
        c.studyId = m_study;
        c.frame = 0;
        c.vertices = square(40, 40, 10);
        const qint64 id = ed.addContour(c);
        QVERIFY2(id > 0, qPrintable(ed.lastError()));
        QCOMPARE(loadContours(*m_ws, m_study, 0).size(), 1);
        const Contour stored = *loadContour(*m_ws, id);
        QCOMPARE(stored.rater, QStringLiteral("alice"));
        QCOMPARE(stored.vertices, square(40, 40, 10));
        QCOMPARE(stored.source.kind, SourceKind::Manual);
        QCOMPARE(lastAudit(*m_ws, QStringLiteral("action")), QStringLiteral("add"));
        ed.undoStack()->undo();
        QCOMPARE(loadContours(*m_ws, m_study, 0).size(), 0);
        QVERIFY(loadContour(*m_ws, id)->deleted);
        QCOMPARE(lastAudit(*m_ws, QStringLiteral("action")), QStringLiteral("delete"));
        ed.undoStack()->redo();
        QCOMPARE(loadContours(*m_ws, m_study, 0).size(), 1);
        QCOMPARE(loadContours(*m_ws, m_study, 0).first().id, id); // the same row comes back
        QCOMPARE(lastAudit(*m_ws, QStringLiteral("action")), QStringLiteral("restore"));
        QCOMPARE(count(*m_ws, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity='contour'")), 3);
    }

    void deleteUndoRedo()
    {
        AnnotationEditor ed(*m_ws, QStringLiteral("alice"));
        Contour c;
        c.studyId = m_study;
        c.vertices = square(40, 40, 10);
        const qint64 id = ed.addContour(c);
        QVERIFY(ed.deleteContour(id));
        QVERIFY(loadContour(*m_ws, id)->deleted);
        ed.undoStack()->undo();
        QVERIFY(!loadContour(*m_ws, id)->deleted);
        ed.undoStack()->redo();
        QVERIFY(loadContour(*m_ws, id)->deleted);
        QVERIFY(!ed.deleteContour(424242));
        QVERIFY(!ed.lastError().isEmpty());
    }

    void replaceVerticesMarksModelContoursCorrected()
    {
        AnnotationEditor ed(*m_ws, QStringLiteral("bob"));
        Contour c;
        c.studyId = m_study;
        c.frame = 3;
        c.source = {SourceKind::Model, QStringLiteral("sa-unet"), QStringLiteral("1.2")};
        c.vertices = square(40, 40, 10);
        const qint64 id = ed.addContour(c);
        QVERIFY(ed.replaceVertices(id, square(50, 50, 20)));
        Contour s = *loadContour(*m_ws, id);
        QCOMPARE(s.vertices, square(50, 50, 20));
        QCOMPARE(s.source.kind, SourceKind::Corrected);
        QCOMPARE(s.source.model, QStringLiteral("sa-unet"));
        QVERIFY(lastAudit(*m_ws, QStringLiteral("before_json")).contains(QStringLiteral("\"source\":\"model\"")));
        QVERIFY(lastAudit(*m_ws, QStringLiteral("after_json")).contains(QStringLiteral("\"source\":\"corrected\"")));
        QCOMPARE(lastAudit(*m_ws, QStringLiteral("rater")), QStringLiteral("bob"));
        ed.undoStack()->undo();
        s = *loadContour(*m_ws, id);
        QCOMPARE(s.vertices, square(40, 40, 10));
        QCOMPARE(s.source.kind, SourceKind::Model);
        ed.undoStack()->redo();
        QCOMPARE(loadContour(*m_ws, id)->vertices, square(50, 50, 20));
    }

    void setLabelUndoRedo()
    {
        AnnotationEditor ed(*m_ws, QStringLiteral("alice"));
        Contour c;
        c.studyId = m_study;
        c.vertices = square(40, 40, 10);
        const qint64 id = ed.addContour(c);
        QVERIFY(ed.setLabel(id, QStringLiteral("bifid median nerve")));
        QCOMPARE(loadContour(*m_ws, id)->label, QStringLiteral("bifid median nerve"));
        QCOMPARE(lastAudit(*m_ws, QStringLiteral("action")), QStringLiteral("label"));
        ed.undoStack()->undo();
        QCOMPARE(loadContour(*m_ws, id)->label, QStringLiteral("median nerve"));
        ed.undoStack()->redo();
        QCOMPARE(loadContour(*m_ws, id)->label, QStringLiteral("bifid median nerve"));
    }

    void reviewStatusUndoRedoAndHistory()
    {
        AnnotationEditor ed(*m_ws, QStringLiteral("carol"));
        QVERIFY(!reviewStatus(*m_ws, m_study, 0));
        QVERIFY(ed.setReviewStatus(m_study, 0, ReviewStatus::AI));
        QVERIFY(ed.setReviewStatus(m_study, 0, ReviewStatus::Approved));
        QVERIFY(ed.setReviewStatus(m_study, -1, ReviewStatus::Approved));
        QCOMPARE(*reviewStatus(*m_ws, m_study, 0), ReviewStatus::Approved);
        QCOMPARE(ns::workspace::findStudy(*m_ws, m_study)->status, QStringLiteral("approved"));
        ed.undoStack()->undo();
        QVERIFY(!reviewStatus(*m_ws, m_study, -1));
        QCOMPARE(ns::workspace::findStudy(*m_ws, m_study)->status, QStringLiteral("unlabelled"));
        ed.undoStack()->undo();
        QCOMPARE(*reviewStatus(*m_ws, m_study, 0), ReviewStatus::AI);
        ed.undoStack()->undo();
        QVERIFY(!reviewStatus(*m_ws, m_study, 0));
        ed.undoStack()->redo();
        QCOMPARE(*reviewStatus(*m_ws, m_study, 0), ReviewStatus::AI);
        // Every change, undo included, is in the history and the audit log.
        QCOMPARE(count(*m_ws, QStringLiteral("SELECT count(*) FROM review_events")), 7);
        QCOMPARE(count(*m_ws, QStringLiteral("SELECT count(*) FROM audit_log WHERE action='review-status'")), 7);
    }

    void dragMergesIntoOneStepAndLandsWithinHalfASecond()
    {
        AnnotationEditor ed(*m_ws, QStringLiteral("alice"));
        Contour c;
        c.studyId = m_study;
        c.vertices = square(40, 40, 10);
        const qint64 id = ed.addContour(c);
        const int auditBefore = count(*m_ws, QStringLiteral("SELECT count(*) FROM audit_log"));
        QSignalSpy errors(&ed, &AnnotationEditor::errorOccurred);
        QElapsedTimer t;
        t.start();
        for (int i = 1; i <= 30; ++i) {
            QPolygonF p = square(40, 40, 10);
            p[2] = QPointF(50 + i, 50 + i);
            QVERIFY(ed.dragVertices(id, p));
            QTest::qWait(5);
        }
        // One undo step for the whole drag.
        QCOMPARE(ed.undoStack()->count(), 2);
        // Coalesced: far fewer writes than drag steps, and the newest state reaches the file
        // within 0.5 s without ending the drag.
        QTRY_COMPARE_WITH_TIMEOUT(loadContour(*m_ws, id)->vertices[2], QPointF(80, 80), 500);
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().first().toString()));
        const int writes = count(*m_ws, QStringLiteral("SELECT count(*) FROM audit_log")) - auditBefore;
        QVERIFY2(writes >= 1 && writes < 10, qPrintable(QString::number(writes)));
        ed.endDrag();
        // A second drag of the same contour is its own undo step.
        QPolygonF p = square(40, 40, 10);
        p[0] = QPointF(0, 0);
        QVERIFY(ed.dragVertices(id, p));
        ed.endDrag();
        QCOMPARE(ed.undoStack()->count(), 3);
        QCOMPARE(loadContour(*m_ws, id)->vertices[0], QPointF(0, 0)); // endDrag flushed at once
        ed.undoStack()->undo();
        QCOMPARE(loadContour(*m_ws, id)->vertices[0], QPointF(40, 40));
        QCOMPARE(loadContour(*m_ws, id)->vertices[2], QPointF(80, 80));
        ed.undoStack()->undo();
        QCOMPARE(loadContour(*m_ws, id)->vertices, square(40, 40, 10));
        ed.undoStack()->redo();
        QCOMPARE(loadContour(*m_ws, id)->vertices[2], QPointF(80, 80));
    }

    void undoDuringDragDoesNotLetStaleStateLandLater()
    {
        AnnotationEditor ed(*m_ws, QStringLiteral("alice"));
        Contour c;
        c.studyId = m_study;
        c.vertices = square(40, 40, 10);
        const qint64 id = ed.addContour(c);
        QVERIFY(ed.dragVertices(id, square(60, 60, 10)));
        ed.undoStack()->undo(); // undo the (unflushed) drag
        QTest::qWait(400);      // past the debounce deadline
        QCOMPARE(loadContour(*m_ws, id)->vertices, square(40, 40, 10));
    }

    void starvedEventLoopStillMeetsTheDeadline()
    {
        // A caller that never returns to the event loop (so the debounce timer cannot fire):
        // stage() itself writes once the oldest staged change is older than the latency.
        AnnotationEditor ed(*m_ws, QStringLiteral("alice"));
        Contour c;
        c.studyId = m_study;
        c.vertices = square(40, 40, 10);
        const qint64 id = ed.addContour(c);
        QElapsedTimer t;
        t.start();
        int step = 0;
        qint64 lastOld = -1; // newest step issued more than 0.5 s before the check below
        while (t.elapsed() < 900) {
            ++step;
            QPolygonF p = square(40, 40, 10);
            p[1] = QPointF(50 + step, 40);
            QVERIFY(ed.dragVertices(id, p));
            if (t.elapsed() < 900 - 500)
                lastOld = step;
            QThread::msleep(2);
        }
        QVERIFY(lastOld > 0);
        const double stored = loadContour(*m_ws, id)->vertices[1].x() - 50;
        QVERIFY2(stored >= lastOld, qPrintable(QStringLiteral("stored %1, needed %2").arg(stored).arg(lastOld)));
    }

    void destroyingTheEditorFlushes()
    {
        qint64 id = 0;
        {
            AnnotationEditor ed(*m_ws, QStringLiteral("alice"));
            Contour c;
            c.studyId = m_study;
            c.vertices = square(40, 40, 10);
            id = ed.addContour(c);
            QVERIFY(ed.dragVertices(id, square(70, 70, 10)));
        }
        QCOMPARE(loadContour(*m_ws, id)->vertices, square(70, 70, 10));
    }

    void failedWriteKeepsStateAndStack()
    {
        AnnotationEditor ed(*m_ws, QStringLiteral("alice"));
        QSignalSpy errors(&ed, &AnnotationEditor::errorOccurred);
        Contour c;
        c.studyId = m_study;
        c.vertices = square(40, 40, 10);
        const qint64 id = ed.addContour(c);
        QVERIFY(id > 0);
        const int pages = count(*m_ws, QStringLiteral("PRAGMA page_count"));
        QCOMPARE(count(*m_ws, QStringLiteral("PRAGMA max_page_count = %1").arg(pages)), pages);
        QPolygonF huge;
        for (int i = 0; i < 20000; ++i)
            huge << QPointF(100 + 50 * std::cos(i * 1e-4 * 6.283), 100 + 50 * std::sin(i * 1e-4 * 6.283));
        QVERIFY(!ed.replaceVertices(id, huge));
        QVERIFY(ed.lastError().contains(QStringLiteral("previous state")));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(ed.undoStack()->count(), 1);              // the failed edit is not on the stack
        QCOMPARE(loadContour(*m_ws, id)->vertices, square(40, 40, 10)); // the file kept its state
        Contour big = c;
        big.vertices = huge;
        QCOMPARE(ed.addContour(big), qint64(-1));
        QCOMPARE(loadContours(*m_ws, m_study).size(), 1);
        QCOMPARE(ed.undoStack()->count(), 1);
        ed.undoStack()->undo();                            // the remaining history still works
        QCOMPARE(loadContours(*m_ws, m_study).size(), 0);
    }

    void readOnlyWorkspaceRefusesEdits()
    {
        Workspace::OpenResult ro = Workspace::open(m_ws->dir()); // m_ws holds the lock
        QVERIFY(ro && ro.workspace->isReadOnly());
        AnnotationEditor ed(*ro.workspace, QStringLiteral("alice"));
        Contour c;
        c.studyId = m_study;
        c.vertices = square(40, 40, 10);
        QCOMPARE(ed.addContour(c), qint64(-1));
        QVERIFY(ed.lastError().contains(QStringLiteral("read-only")));
        QCOMPARE(ed.undoStack()->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationEdits)
#include "test_annotation_edits.moc"
