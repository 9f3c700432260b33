// Workspace storage on real SQLite files: create, open, import, list, schema migrations,
// the single-writer lock, and every way opening or writing can fail.
#include "core/workspace/Schema.h"
#include "core/workspace/StudyStore.h"
#include "core/workspace/Workspace.h"
#include "tests/TestData.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ns::workspace;
namespace td = ns::testdata;

namespace {

QString aloka() { return td::shared(QStringLiteral("gdcm-US-ALOKA-16.dcm")); }
QString rle() { return td::pydicom(QStringLiteral("SC_rgb_rle_2frame.dcm")); }

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

int count(Workspace& ws, const QString& sql)
{
    QSqlDatabase db = ws.database();
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString pragmaText(Workspace& ws, const QString& sql)
{
    QSqlDatabase db = ws.database();
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestWorkspaceStore : public QObject {
    Q_OBJECT
private slots:
    void createConfiguresSqlite()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("ws"));
        Workspace::OpenResult r = Workspace::create(dir);
        QVERIFY2(r, qPrintable(r.error));
        QVERIFY(!r.workspace->isReadOnly());
        QVERIFY(QFile::exists(dir + QStringLiteral("/workspace.sqlite")));
        QCOMPARE(r.workspace->schemaVersion(), currentSchemaVersion());
        QCOMPARE(pragmaText(*r.workspace, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragmaText(*r.workspace, QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragmaText(*r.workspace, QStringLiteral("PRAGMA synchronous")), QStringLiteral("2")); // FULL
        for (const char* table : {"studies", "raters", "contours", "grades", "review_status", "review_events", "audit_log",
                                  "models", "training_runs", "metrics", "frames_of_interest", "schema_version"})
            QVERIFY2(count(*r.workspace, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name='%1'").arg(QLatin1String(table))) == 1, table);
        // Creating again over an existing workspace is refused rather than overwriting it.
        r.workspace.reset();
        const Workspace::OpenResult again = Workspace::create(dir);
        QVERIFY(!again);
        QVERIFY(again.error.contains(QStringLiteral("already")));
    }

    void importCopyAndReferenceThenReopen()
    {
        NS_REQUIRE_FILE(aloka());
        NS_REQUIRE_FILE(rle());
        QTemporaryDir tmp;
        {
            Workspace::OpenResult r = Workspace::create(tmp.path());
            QVERIFY2(r, qPrintable(r.error));
            const ImportResult a = importStudy(*r.workspace, aloka(), true);
            QVERIFY2(a.study, qPrintable(a.error));
            QVERIFY(a.study->copied);
            QVERIFY(a.study->storedPath.startsWith(tmp.path() + QStringLiteral("/studies/")));
            QCOMPARE(fileHash(a.study->storedPath), fileHash(aloka()));
            QCOMPARE(a.study->kind, QStringLiteral("dicom"));
            QCOMPARE(a.study->frames, 1);
            QCOMPARE(a.study->width, 640);
            QCOMPARE(a.study->height, 480);
            QCOMPARE(a.study->sha256, QString::fromLatin1(fileHash(aloka()).toHex()));
            const ImportResult b = importStudy(*r.workspace, rle(), false);
            QVERIFY2(b.study, qPrintable(b.error));
            QVERIFY(!b.study->copied);
            QCOMPARE(b.study->storedPath, rle());
            QCOMPARE(b.study->frames, 2);
            // The same content again is recognised, not imported twice.
            const ImportResult dup = importStudy(*r.workspace, aloka(), false);
            QVERIFY(dup.alreadyPresent);
            QCOMPARE(dup.study->id, a.study->id);
            // Something that is not a study is refused with the reason, nothing stored.
            const ImportResult bad = importStudy(*r.workspace, tmp.filePath(QStringLiteral("workspace.sqlite")), true);
            QVERIFY(!bad.study);
            QVERIFY(!bad.error.isEmpty());
            QCOMPARE(count(*r.workspace, QStringLiteral("SELECT count(*) FROM audit_log WHERE action='import'")), 2);
        }
        Workspace::OpenResult r = Workspace::open(tmp.path());
        QVERIFY2(r, qPrintable(r.error));
        const QList<StudyRecord> studies = listStudies(*r.workspace);
        QCOMPARE(studies.size(), 2);
        QCOMPARE(studies[0].frames, 1);
        QCOMPARE(studies[1].frames, 2);
        QCOMPARE(studies[0].status, QStringLiteral("unlabelled"));
        QVERIFY(QFile::exists(studies[0].storedPath));
    }

    void importImageFolderByCopy()
    {
        QTemporaryDir tmp;
        const QString src = tmp.filePath(QStringLiteral("cine"));
        QVERIFY(QDir().mkpath(src));
        for (int i = 0; i < 3; ++i) {
            QImage img(64, 48, QImage::Format_Grayscale8);
            img.fill(40 * i);
            QVERIFY(img.save(QDir(src).filePath(QStringLiteral("f%1.png").arg(i))));
        }
        Workspace::OpenResult r = Workspace::create(tmp.filePath(QStringLiteral("ws")));
        QVERIFY(r);
        const ImportResult imported = importStudy(*r.workspace, src, true);
        QVERIFY2(imported.study, qPrintable(imported.error));
        QCOMPARE(imported.study->kind, QStringLiteral("image-sequence"));
        QCOMPARE(imported.study->frames, 3);
        QCOMPARE(QDir(imported.study->storedPath).entryList(QDir::Files).size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QString name = QStringLiteral("f%1.png").arg(i);
            QCOMPARE(fileHash(QDir(imported.study->storedPath).filePath(name)), fileHash(QDir(src).filePath(name)));
        }
        // The copy is what the workspace opens: the original can go.
        QVERIFY(QDir(src).removeRecursively());
        QCOMPARE(listStudies(*r.workspace).first().storedPath, imported.study->storedPath);
        QVERIFY(QFileInfo(imported.study->storedPath).isDir());
    }

    void openMissingIsAnError()
    {
        QTemporaryDir tmp;
        const Workspace::OpenResult r = Workspace::open(tmp.path());
        QVERIFY(!r);
        QVERIFY(r.error.contains(QStringLiteral("not a workspace")));
    }

    void migrationToV2AppliesInOrderAndKeepsData()
    {
        QTemporaryDir tmp;
        {
            Workspace::OpenResult r = Workspace::create(tmp.path());
            QVERIFY(r);
            QSqlDatabase db = r.workspace->database();
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("INSERT INTO raters (name, created_at) VALUES ('ann', 'x')")));
        }
        // A v1 file upgraded by a later build's migration list: v2 adds a column, and a
        // failing v3 must leave the file at v2 with nothing of v3 applied.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("migration-fixture"));
        db.setDatabaseName(tmp.filePath(QStringLiteral("workspace.sqlite")));
        QVERIFY(db.open());
        QList<Migration> list = migrations();
        list.append({2, QStringLiteral("raters get initials"), {QStringLiteral("ALTER TABLE raters ADD COLUMN initials TEXT"),
                                                                 QStringLiteral("UPDATE raters SET initials = upper(substr(name, 1, 1))")}});
        list.append({3, QStringLiteral("broken"), {QStringLiteral("CREATE TABLE v3_table (x INTEGER)"), QStringLiteral("THIS IS NOT SQL")}});
        QString error;
        QVERIFY(!migrate(db, list, &error));
        QVERIFY(error.contains(QStringLiteral("version 3")));
        QCOMPARE(schemaVersion(db, &error), 2);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT initials FROM raters WHERE name='ann'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("A"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name='v3_table'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // Running again with v1 only is a no-op.
        QVERIFY(migrate(db, migrations(), &error));
        QCOMPARE(schemaVersion(db, &error), 2);
        q = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("migration-fixture"));
        // This build (v1) now meets a newer file: read-only, with the reason.
        Workspace::OpenResult r = Workspace::open(tmp.path());
        QVERIFY2(r, qPrintable(r.error));
        QVERIFY(r.workspace->isReadOnly());
        QVERIFY(r.notice.contains(QStringLiteral("newer")));
        QCOMPARE(r.workspace->schemaVersion(), 2);
        QString writeError;
        QVERIFY(!r.workspace->transact([](QSqlDatabase&, QString*) { return true; }, &writeError));
        QVERIFY(writeError.contains(QStringLiteral("read-only")));
        QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("workspace.lock"))));
    }

    void secondWriterGetsReadOnly()
    {
        QTemporaryDir tmp;
        Workspace::OpenResult first = Workspace::create(tmp.path());
        QVERIFY(first);
        QVERIFY(!first.workspace->isReadOnly());
        Workspace::OpenResult second = Workspace::open(tmp.path());
        QVERIFY2(second, qPrintable(second.error));
        QVERIFY(second.workspace->isReadOnly());
        QVERIFY(second.notice.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())));
        // The reader sees what the writer commits (WAL: readers never block the writer).
        NS_REQUIRE_FILE(aloka());
        QVERIFY(importStudy(*first.workspace, aloka(), false).study);
        QCOMPARE(listStudies(*second.workspace).size(), 1);
        const ImportResult refused = importStudy(*second.workspace, rle(), false);
        QVERIFY(!refused.study);
        QVERIFY(refused.error.contains(QStringLiteral("read-only")));
        // Once the writer is gone, the next open writes again.
        first.workspace.reset();
        second.workspace.reset();
        Workspace::OpenResult third = Workspace::open(tmp.path());
        QVERIFY(third && !third.workspace->isReadOnly());
    }

    void corruptFilesAreRefusedUntouched_data()
    {
        QTest::addColumn<int>("damage");
        QTest::newRow("not sqlite") << 0;
        QTest::newRow("damaged pages") << 1;
        QTest::newRow("foreign sqlite") << 2;
    }
    void corruptFilesAreRefusedUntouched()
    {
        QFETCH(int, damage);
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("workspace.sqlite"));
        if (damage == 0) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        } else if (damage == 1) {
            {
                Workspace::OpenResult r = Workspace::create(tmp.path());
                QVERIFY(r);
                NS_REQUIRE_FILE(aloka());
                QVERIFY(importStudy(*r.workspace, aloka(), false).study);
            }
            QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))); // checkpointed on close
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 8192);
            // Overwrite pages 2.. (the schema page is page 1) with garbage.
            f.seek(4096 + 16);
            f.write(QByteArray(int(f.size()) - 4096 - 32, char(0xA5)));
        } else {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE something_else (x)")));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        }
        const QByteArray before = fileHash(path);
        const Workspace::OpenResult r = Workspace::open(tmp.path());
        QVERIFY(!r);
        QVERIFY2(r.error.contains(QStringLiteral("untouched")), qPrintable(r.error));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    }

    void fullDiskRollsBackAndReports()
    {
        NS_REQUIRE_FILE(aloka());
        NS_REQUIRE_FILE(rle());
        QTemporaryDir tmp;
        Workspace::OpenResult r = Workspace::create(tmp.path());
        QVERIFY(r);
        Workspace& ws = *r.workspace;
        QVERIFY(importStudy(ws, aloka(), false).study);
        // SQLite's own "database or disk is full" path: the file may not grow past its size.
        const int pages = count(ws, QStringLiteral("PRAGMA page_count"));
        QVERIFY(pages > 0);
        QCOMPARE(count(ws, QStringLiteral("PRAGMA max_page_count = %1").arg(pages)), pages);
        QString error;
        const bool ok = ws.transact([](QSqlDatabase& db, QString* why) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO audit_log (at, rater, action, entity, after_json) VALUES ('t', 'r', 'big', 'x', ?)"));
            q.addBindValue(QString(200000, QLatin1Char('z')));
            if (!q.exec()) {
                *why = q.lastError().text();
                return false;
            }
            return true;
        }, &error);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("full"), Qt::CaseInsensitive), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("previous state")));
        // Fill what free pages are left, then import (with a copy): it fails the same way and
        // leaves no stray copy behind.
        {
            QSqlDatabase db = ws.database();
            QSqlQuery q(db);
            int filled = 0;
            // Filler rows in studies itself: every table has its own pages, and the import's
            // row must be the one that finds no room.
            while (filled < 10000 && q.exec(QStringLiteral("INSERT INTO studies (source_path, stored_path, copied, sha256, kind, frames,"
                                                           " width, height, added_at) VALUES ('%1', 'x', 0, 'filler', 'filler', 0, 0, 0, 'x')")
                                                .arg(QString(300, QLatin1Char('f')))))
                ++filled;
            QVERIFY(filled < 10000);
            QVERIFY(q.lastError().text().contains(QStringLiteral("full")));
        }
        const ImportResult failed = importStudy(ws, rle(), true);
        QVERIFY(!failed.study);
        QVERIFY(!failed.error.isEmpty());
        QCOMPARE(QDir(ws.studiesDir()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).size(), 0);
        // The last good state is intact and the workspace keeps working once space is back.
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM studies WHERE kind <> 'filler'")), 1);
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM audit_log WHERE action='big'")), 0);
        count(ws, QStringLiteral("PRAGMA max_page_count = 1073741823"));
        QVERIFY(QSqlQuery(ws.database()).exec(QStringLiteral("DELETE FROM studies WHERE kind = 'filler'")));
        QVERIFY(importStudy(ws, rle(), true).study);
        QCOMPARE(listStudies(ws).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceStore)
#include "test_workspace_store.moc"
