// Review status, review history, grades as undo steps and the audit log read back, on a
// real workspace file with the real ALOKA and US1 studies imported.
#include "core/annotation/AnnotationEditor.h"
#include "core/annotation/ContourStore.h"
#include "core/annotation/GradeStore.h"
#include "core/annotation/ReviewStore.h"
#include "core/workspace/AuditLog.h"
#include "core/workspace/StudyStore.h"
#include "core/workspace/Workspace.h"
#include "tests/TestData.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ns::annotation;
using ns::workspace::AuditEntry;
using ns::workspace::AuditFilter;
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
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestReview : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_aloka = 0;
    qint64 m_us1 = 0;

    qint64 addContour(AnnotationEditor& ed, qint64 study, int frame, QPolygonF p, SourceKind kind = SourceKind::Manual)
    {
        Contour c;
        c.studyId = study;
        c.frame = frame;
        c.vertices = std::move(p);
        c.source.kind = kind;
        return ed.addContour(c);
    }

private slots:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        const QString dir = m_tmp.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        Workspace::OpenResult r = Workspace::create(dir);
        QVERIFY2(r, qPrintable(r.error));
        m_ws = std::move(r.workspace);
        for (const auto& [name, id] : {std::pair<QString, qint64*>{QStringLiteral("gdcm-US-ALOKA-16.dcm"), &m_aloka},
                                       std::pair<QString, qint64*>{QStringLiteral("US1_UNCR.dcm"), &m_us1}}) {
            NS_REQUIRE_FILE(td::shared(name));
            const auto imported = ns::workspace::importStudy(*m_ws, td::shared(name), false);
            QVERIFY2(imported.study, qPrintable(imported.error));
            *id = imported.study->id;
        }
    }

    void cleanup() { m_ws.reset(); }

    void derivedStatusFollowsTheContours()
    {
        QCOMPARE(derivedStatus({}), ReviewStatus::Unlabelled);
        Contour model;
        model.source.kind = SourceKind::Model;
        QCOMPARE(derivedStatus({model}), ReviewStatus::AI);
        Contour corrected = model;
        corrected.source.kind = SourceKind::Corrected;
        QCOMPARE(derivedStatus({model, corrected}), ReviewStatus::Corrected);

        AnnotationEditor ed(*m_ws, QStringLiteral("alice"));
        QCOMPARE(reviewState(*m_ws, m_aloka, 0)->status, ReviewStatus::Unlabelled);
        QVERIFY(addContour(ed, m_aloka, 0, square(10, 10, 20), SourceKind::Model) > 0);
        QCOMPARE(reviewState(*m_ws, m_aloka, 0)->status, ReviewStatus::AI);
        QVERIFY(!reviewState(*m_ws, m_aloka, 0)->stored);
        QVERIFY(addContour(ed, m_aloka, 0, square(40, 10, 20)) > 0);
        QCOMPARE(reviewState(*m_ws, m_aloka, 0)->status, ReviewStatus::Corrected);
        // The study's derived status comes from all its frames.
        QCOMPARE(reviewState(*m_ws, m_aloka, -1)->status, ReviewStatus::Corrected);
        QCOMPARE(reviewState(*m_ws, m_us1, -1)->status, ReviewStatus::Unlabelled);
    }

    void approveRevokeUndoWriteStatusEventsAndAudit()
    {
        AnnotationEditor ed(*m_ws, QStringLiteral("alice"));
        QVERIFY(addContour(ed, m_aloka, 0, square(10, 10, 20)) > 0);
        QVERIFY(ed.setReviewStatus(m_aloka, 0, ReviewStatus::Approved));
        std::optional<ReviewState> s = reviewState(*m_ws, m_aloka, 0);
        QVERIFY(s && s->stored);
        QCOMPARE(s->status, ReviewStatus::Approved);
        QCOMPARE(s->rater, QStringLiteral("alice"));
        QVERIFY(ed.setReviewStatus(m_aloka, -1, ReviewStatus::Approved));
        QCOMPARE(ns::workspace::findStudy(*m_ws, m_aloka)->status, QStringLiteral("approved"));
        // Revoking sets the derived status again (here: corrected).
        QVERIFY(ed.setReviewStatus(m_aloka, 0, derivedStatus(loadContours(*m_ws, m_aloka, 0))));
        QCOMPARE(reviewState(*m_ws, m_aloka, 0)->status, ReviewStatus::Corrected);
        QCOMPARE(storedFrameStatuses(*m_ws, m_aloka).value(0), ReviewStatus::Corrected);
        // Undo of the revoke restores the approval; undo of the approval removes the row.
        ed.undoStack()->undo();
        QCOMPARE(reviewState(*m_ws, m_aloka, 0)->status, ReviewStatus::Approved);
        ed.undoStack()->undo(); // study approval
        QVERIFY(!reviewState(*m_ws, m_aloka, -1)->stored);
        QCOMPARE(ns::workspace::findStudy(*m_ws, m_aloka)->status, QStringLiteral("unlabelled"));

        // History: newest first, every change including undos.
        const QList<ReviewEvent> events = reviewEvents(*m_ws, m_aloka);
        QCOMPARE(events.size(), 5);
        QCOMPARE(events[0].frame, -1);
        QCOMPARE(events[0].status, ReviewStatus::Unlabelled);
        QCOMPARE(events[1].frame, 0);
        QCOMPARE(events[1].status, ReviewStatus::Approved);
        QCOMPARE(events[4].status, ReviewStatus::Approved);
        QCOMPARE(events[4].rater, QStringLiteral("alice"));
        QVERIFY(reviewEvents(*m_ws, m_us1).isEmpty());

        QList<AuditEntry> audit = ns::workspace::loadAuditLog(*m_ws, AuditFilter{m_aloka, QString(), 100});
        QCOMPARE(audit.size(), 7); // import, add contour, five status changes
        QCOMPARE(audit.first().action, QStringLiteral("review-status"));
        QCOMPARE(audit.first().entity, QStringLiteral("study"));
        QVERIFY(!audit.first().frame);
        QCOMPARE(ns::workspace::auditSummary(audit.first()), QStringLiteral("Status: approved → not set"));
        QCOMPARE(audit[1].frame, 0);
        QCOMPARE(ns::workspace::auditSummary(audit[1]), QStringLiteral("Status: corrected → approved"));
        QCOMPARE(audit.last().action, QStringLiteral("import"));
        for (int i = 1; i < audit.size(); ++i)
            QVERIFY(audit[i - 1].id > audit[i].id);
    }

    void auditFiltersByStudyAndRaterWithContourSummaries()
    {
        AnnotationEditor alice(*m_ws, QStringLiteral("alice"));
        AnnotationEditor bob(*m_ws, QStringLiteral("bob"));
        const qint64 a = addContour(alice, m_aloka, 3, square(10, 10, 20));
        QVERIFY(a > 0);
        QVERIFY(addContour(bob, m_aloka, 3, square(12, 10, 20)) > 0);
        QVERIFY(addContour(bob, m_us1, 0, square(5, 5, 5)) > 0);
        QPolygonF more = square(10, 10, 20);
        more.insert(1, QPointF(20, 5));
        QVERIFY(alice.replaceVertices(a, more));
        QVERIFY(alice.deleteContour(a));

        const QList<AuditEntry> aliceRows = ns::workspace::loadAuditLog(*m_ws, AuditFilter{std::nullopt, QStringLiteral("alice"), 100});
        QCOMPARE(aliceRows.size(), 3);
        QCOMPARE(aliceRows[0].action, QStringLiteral("delete"));
        QCOMPARE(aliceRows[1].action, QStringLiteral("edit-vertices"));
        QCOMPARE(ns::workspace::auditSummary(aliceRows[1]), QStringLiteral("Vertices: 4 → 5 points"));
        QCOMPARE(aliceRows[2].action, QStringLiteral("add"));
        QCOMPARE(ns::workspace::auditSummary(aliceRows[2]), QStringLiteral("median nerve, 4 points, manual"));
        for (const AuditEntry& e : aliceRows) {
            QCOMPARE(e.studyId, std::optional<qint64>(m_aloka));
            QCOMPARE(e.frame, std::optional<int>(3));
            QCOMPARE(e.entityId, a);
        }
        QCOMPARE(ns::workspace::loadAuditLog(*m_ws, AuditFilter{m_us1, QStringLiteral("bob"), 100}).size(), 1);
        QCOMPARE(ns::workspace::loadAuditLog(*m_ws, AuditFilter{m_aloka, QStringLiteral("bob"), 100}).size(), 1);
        QCOMPARE(ns::workspace::loadAuditLog(*m_ws, AuditFilter{m_aloka, QString(), 2}).size(), 2);
        QCOMPARE(ns::workspace::raterNames(*m_ws), (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
    }

    void gradesAreUndoStepsOnTheSameStack()
    {
        AnnotationEditor ed(*m_ws, QStringLiteral("alice"));
        QVERIFY(addContour(ed, m_aloka, 0, square(10, 10, 20)) > 0);
        Grade g;
        g.studyId = m_aloka;
        g.cts = true;
        g.severity = 2;
        const qint64 id = ed.recordGrade(g);
        QVERIFY2(id > 0, qPrintable(ed.lastError()));
        QCOMPARE(ed.undoStack()->count(), 2);
        QList<Grade> stored = loadGrades(*m_ws, m_aloka);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].rater, QStringLiteral("alice"));
        QCOMPARE(*stored[0].severity, 2);
        const QString createdAt = stored[0].createdAt;

        ed.undoStack()->undo();
        QVERIFY(loadGrades(*m_ws, m_aloka).isEmpty());
        QCOMPARE(loadContours(*m_ws, m_aloka, 0).size(), 1); // only the grade went
        ed.undoStack()->redo();
        stored = loadGrades(*m_ws, m_aloka);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].id, id); // same id and time: the grade's place in the history is kept
        QCOMPARE(stored[0].createdAt, createdAt);

        // An invalid grade is refused and leaves the stack alone.
        Grade empty;
        empty.studyId = m_aloka;
        QCOMPARE(ed.recordGrade(empty), qint64(-1));
        QVERIFY(!ed.lastError().isEmpty());
        QCOMPARE(ed.undoStack()->count(), 2);

        const QList<AuditEntry> rows = ns::workspace::loadAuditLog(*m_ws, AuditFilter{m_aloka, QStringLiteral("alice"), 10});
        QCOMPARE(rows.size(), 4); // add contour, grade, withdraw, grade again
        QCOMPARE(rows[1].action, QStringLiteral("grade-undo"));
        QCOMPARE(ns::workspace::auditSummary(rows[1]), QStringLiteral("Withdrawn: CTS, severity 2"));
        QCOMPARE(ns::workspace::auditSummary(rows[0]), QStringLiteral("CTS, severity 2"));
        QCOMPARE(count(*m_ws, QStringLiteral("SELECT count(*) FROM grades")), 1);
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "test_review.moc"
