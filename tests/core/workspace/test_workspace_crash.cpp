// DESIGN 3: "killing the process loses nothing older than ~0.5 s". A child process edits a
// real workspace (adds, review statuses, then a long vertex drag), this test kills it with
// SIGKILL mid-drag, reopens the workspace and checks every edit older than 0.5 s is there.
#include "core/annotation/ContourStore.h"
#include "core/workspace/StudyStore.h"
#include "core/workspace/Workspace.h"
#include "tests/TestData.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ns::annotation;
using ns::workspace::Workspace;
namespace td = ns::testdata;

class TestWorkspaceCrash : public QObject {
    Q_OBJECT
private slots:
    void sigkillLosesNothingOlderThanHalfASecond_data()
    {
        QTest::addColumn<int>("killAfterMs");
        // Time into the drag (counted from its first step, so a slow child start-up does not
        // matter); the kills land at different points of the 250 ms debounce clock.
        QTest::newRow("0.8 s into the drag") << 800;
        QTest::newRow("1.23 s into the drag") << 1230;
        QTest::newRow("1.67 s into the drag") << 1670;
    }
    void sigkillLosesNothingOlderThanHalfASecond()
    {
        QFETCH(int, killAfterMs);
        const QString file = td::shared(QStringLiteral("gdcm-US-ALOKA-16.dcm"));
        NS_REQUIRE_FILE(file);
        QTemporaryDir tmp;
        qint64 study = 0;
        {
            Workspace::OpenResult r = Workspace::create(tmp.path());
            QVERIFY2(r, qPrintable(r.error));
            const auto imported = ns::workspace::importStudy(*r.workspace, file, false);
            QVERIFY2(imported.study, qPrintable(imported.error));
            study = imported.study->id;
        }

        QProcess child;
        child.start(QStringLiteral(NERVESCOPE_CRASH_CHILD), {tmp.path(), QString::number(study)});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        QByteArray output;
        QElapsedTimer waiting;
        waiting.start();
        while (!output.contains("drag ") && waiting.elapsed() < 30000 && child.state() == QProcess::Running) {
            child.waitForReadyRead(100);
            output += child.readAllStandardOutput();
        }
        QVERIFY2(output.contains("drag "), child.readAllStandardError().constData());
        QTest::qWait(killAfterMs);
        QCOMPARE(child.state(), QProcess::Running);
        const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
        child.kill(); // SIGKILL on Unix: no destructor, no flush, no atexit
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        output += child.readAllStandardOutput();
        const QList<QByteArray> lines = output.split('\n');
        QVERIFY2(child.readAllStandardError().isEmpty(), "the child reported an error");

        // The lock of the killed process is stale: the workspace opens for writing again.
        Workspace::OpenResult r = Workspace::open(tmp.path());
        QVERIFY2(r, qPrintable(r.error));
        QVERIFY2(!r.workspace->isReadOnly(), qPrintable(r.notice));
        Workspace& ws = *r.workspace;

        const qint64 cutoff = killedAt - 500;
        int checkedAdds = 0, checkedStatus = 0, lastOldDrag = -1, lastDrag = -1;
        qint64 dragId = 0;
        for (const QByteArray& line : lines) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() < 3)
                continue;
            const qint64 at = f.last().toLongLong();
            if (f[0] == "add" && at < cutoff) {
                const std::optional<Contour> c = loadContour(ws, f[1].toLongLong());
                QVERIFY2(c && !c->deleted, line.constData());
                QCOMPARE(c->label, QString::fromLatin1(f[2]));
                ++checkedAdds;
            } else if (f[0] == "status" && at < cutoff) {
                QCOMPARE(reviewStatus(ws, study, f[1].toInt()), std::optional<ReviewStatus>(ReviewStatus::Corrected));
                ++checkedStatus;
            } else if (f[0] == "drag") {
                dragId = f[1].toLongLong();
                lastDrag = f[2].toInt();
                if (at < cutoff)
                    lastOldDrag = lastDrag;
            }
        }
        QCOMPARE(checkedAdds, 20);
        QCOMPARE(checkedStatus, 4);
        // The kill came mid-drag, long after it started.
        QVERIFY2(lastOldDrag > 3, qPrintable(QString::number(lastOldDrag)));
        const std::optional<Contour> dragged = loadContour(ws, dragId);
        QVERIFY(dragged);
        const int stored = int(dragged->vertices[0].x()) - 40;
        // Stored state is at least as new as every drag step older than 0.5 s, and is a
        // state the child produced (the step after the last line may have been staged and
        // written before its line was printed).
        QVERIFY2(stored >= lastOldDrag && stored <= lastDrag + 1,
                 qPrintable(QStringLiteral("stored step %1, last step older than 0.5 s %2, last step %3")
                                .arg(stored).arg(lastOldDrag).arg(lastDrag)));
        qInfo("killed %d ms into the drag: step %d stored, %d was the newest older than 0.5 s, %d the last", killAfterMs, stored,
              lastOldDrag, lastDrag);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceCrash)
#include "test_workspace_crash.moc"
