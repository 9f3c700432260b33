// nervescope-cli workspace: create, import (copy and reference), list, annotations with
// areas in px and mm^2 (or null with the reason), through the real executable.
#include "core/annotation/ContourStore.h"
#include "core/annotation/GradeStore.h"
#include "core/workspace/Workspace.h"
#include "tests/cli/CliRunner.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace td = ns::testdata;
using td::CliRun;
using td::runCli;

namespace {

QPolygonF square(double x, double y, double side)
{
    return QPolygonF({QPointF(x, y), QPointF(x + side, y), QPointF(x + side, y + side), QPointF(x, y + side)});
}

} // namespace

class TestCliWorkspace : public QObject {
    Q_OBJECT
private slots:
    void createImportListAnnotations()
    {
        const QString aloka = td::shared(QStringLiteral("gdcm-US-ALOKA-16.dcm"));
        const QString rle = td::pydicom(QStringLiteral("SC_rgb_rle_2frame.dcm"));
        NS_REQUIRE_FILE(aloka);
        NS_REQUIRE_FILE(rle);
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("ws"));

        CliRun r = runCli({QStringLiteral("workspace"), QStringLiteral("create"), dir});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFile::exists(dir + QStringLiteral("/workspace.sqlite")));
        r = runCli({QStringLiteral("workspace"), QStringLiteral("create"), dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("already"));

        r = runCli({QStringLiteral("workspace"), QStringLiteral("import"), dir, aloka, QStringLiteral("--copy")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("imported as study 1 (copied)"));
        r = runCli({QStringLiteral("workspace"), QStringLiteral("import"), dir, rle, tmp.filePath(QStringLiteral("missing.dcm"))});
        QCOMPARE(r.exitCode, 1); // the missing file fails, the other one is still imported
        QVERIFY(r.out.contains("imported as study 2 (referenced in place)"));
        QVERIFY(r.err.contains("missing.dcm"));

        r = runCli({QStringLiteral("workspace"), QStringLiteral("list"), dir, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonArray studies = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("studies")).toArray();
        QCOMPARE(studies.size(), 2);
        QCOMPARE(studies[0].toObject().value(QStringLiteral("copied")).toBool(), true);
        QVERIFY(QFile::exists(studies[0].toObject().value(QStringLiteral("storedPath")).toString()));
        QCOMPARE(studies[1].toObject().value(QStringLiteral("frames")).toInt(), 2);
        QCOMPARE(studies[1].toObject().value(QStringLiteral("storedPath")).toString(), rle);
        QCOMPARE(studies[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("unlabelled"));

        // Two raters' contours on the ALOKA study: one inside the left region, one across regions.
        {
            auto ws = ns::workspace::Workspace::open(dir);
            QVERIFY2(ws && !ws.workspace->isReadOnly(), qPrintable(ws.error + ws.notice));
            ns::annotation::Contour c;
            c.studyId = 1;
            c.rater = QStringLiteral("alice");
            c.vertices = square(100, 100, 10);
            QString error;
            QVERIFY2(ns::annotation::insertContour(*ws.workspace, c, &error), qPrintable(error));
            c.rater = QStringLiteral("bob");
            c.source = {ns::annotation::SourceKind::Model, QStringLiteral("sa-unet"), QStringLiteral("1")};
            c.vertices = square(330, 100, 10);
            QVERIFY(ns::annotation::insertContour(*ws.workspace, c, &error));
            QVERIFY(ns::annotation::setReviewStatus(*ws.workspace, 1, 0, ns::annotation::ReviewStatus::Approved, QStringLiteral("alice"), &error));
        }
        r = runCli({QStringLiteral("workspace"), QStringLiteral("annotations"), dir, QStringLiteral("--study"), QStringLiteral("1"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray contours = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("contours")).toArray();
        QCOMPARE(contours.size(), 2);
        const QJsonObject a = contours[0].toObject();
        QCOMPARE(a.value(QStringLiteral("rater")).toString(), QStringLiteral("alice"));
        QCOMPARE(a.value(QStringLiteral("areaPx")).toDouble(), 100.0);
        QVERIFY(qAbs(a.value(QStringLiteral("areaMm2")).toDouble() - 14.642) < 1e-3);
        QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(a.value(QStringLiteral("source")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("manual"));
        QCOMPARE(a.value(QStringLiteral("vertices")).toArray().size(), 4);
        QCOMPARE(a.value(QStringLiteral("vertices")).toArray()[1].toArray()[0].toDouble(), 110.0);
        const QJsonObject b = contours[1].toObject();
        QCOMPARE(b.value(QStringLiteral("rater")).toString(), QStringLiteral("bob"));
        QVERIFY(b.value(QStringLiteral("areaMm2")).isNull());
        QVERIFY(b.value(QStringLiteral("noPhysicalReason")).toString().contains(QStringLiteral("crosses")));
        QCOMPARE(b.value(QStringLiteral("source")).toObject().value(QStringLiteral("model")).toString(), QStringLiteral("sa-unet"));

        r = runCli({QStringLiteral("workspace"), QStringLiteral("annotations"), dir});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("14.642 mm^2"));
        QVERIFY(r.out.contains("no mm^2"));
        r = runCli({QStringLiteral("workspace"), QStringLiteral("list"), dir});
        QVERIFY(r.out.contains("2 contours on 1 frames"));
        QVERIFY(r.out.contains("corrected")); // a person's contour beside the model's

        // The study browser's facts in --json: derived status, counts, raters, name.
        r = runCli({QStringLiteral("workspace"), QStringLiteral("list"), dir, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        studies = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("studies")).toArray();
        QJsonObject s1 = studies[0].toObject();
        QCOMPARE(s1.value(QStringLiteral("name")).toString(), QStringLiteral("gdcm-US-ALOKA-16.dcm"));
        QCOMPARE(s1.value(QStringLiteral("status")).toString(), QStringLiteral("corrected"));
        QCOMPARE(s1.value(QStringLiteral("statusSource")).toString(), QStringLiteral("derived"));
        QCOMPARE(s1.value(QStringLiteral("annotatedFrames")).toInt(), 1);
        QCOMPARE(s1.value(QStringLiteral("contours")).toInt(), 2);
        QCOMPARE(s1.value(QStringLiteral("raters")).toArray(), QJsonArray({QStringLiteral("alice"), QStringLiteral("bob")}));
        QVERIFY(s1.contains(QStringLiteral("wrist")));
        const QJsonObject s2 = studies[1].toObject();
        QCOMPARE(s2.value(QStringLiteral("status")).toString(), QStringLiteral("unlabelled"));
        QCOMPARE(s2.value(QStringLiteral("annotatedFrames")).toInt(), 0);
        QVERIFY(s2.value(QStringLiteral("raters")).toArray().isEmpty());
        {
            auto ws = ns::workspace::Workspace::open(dir);
            QVERIFY(ws && !ws.workspace->isReadOnly());
            QString error;
            QVERIFY(ns::annotation::setReviewStatus(*ws.workspace, 1, -1, ns::annotation::ReviewStatus::Approved, QStringLiteral("alice"), &error));
        }
        r = runCli({QStringLiteral("workspace"), QStringLiteral("list"), dir, QStringLiteral("--json")});
        s1 = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("studies")).toArray()[0].toObject();
        QCOMPARE(s1.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(s1.value(QStringLiteral("statusSource")).toString(), QStringLiteral("set"));
        r = runCli({QStringLiteral("workspace"), QStringLiteral("annotations"), dir, QStringLiteral("--study"), QStringLiteral("9")});
        QCOMPARE(r.exitCode, 1);

        // Grades: a person's grade is listed; a model's grade, even a newer one, is not.
        QCOMPARE(s1.value(QStringLiteral("grade")), QJsonValue());
        auto grade = [&](const QStringList& extra) {
            return runCli(QStringList{QStringLiteral("workspace"), QStringLiteral("grade"), dir} + extra);
        };
        r = grade({QStringLiteral("--study"), QStringLiteral("1"), QStringLiteral("--grade"), QStringLiteral("moderate"),
                   QStringLiteral("--rater"), QStringLiteral("carol")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        {
            auto ws = ns::workspace::Workspace::open(dir);
            ns::annotation::Grade model;
            model.studyId = 1;
            model.severity = 0;
            model.source = {ns::annotation::SourceKind::Model, QStringLiteral("severity-transverse"), QStringLiteral("1.1.0")};
            QString error;
            QVERIFY2(ns::annotation::recordGrade(*ws.workspace, model, &error), qPrintable(error));
            const auto grades = ns::annotation::loadGrades(*ws.workspace, 1);
            QCOMPARE(grades.size(), 2);
            QCOMPARE(grades[0].rater, QStringLiteral("carol"));
            QCOMPARE(*grades[0].severity, 2);
            QCOMPARE(*grades[0].cts, true);
        }
        r = runCli({QStringLiteral("workspace"), QStringLiteral("list"), dir, QStringLiteral("--json")});
        studies = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("studies")).toArray();
        QCOMPARE(studies[0].toObject().value(QStringLiteral("grade")).toString(), QStringLiteral("moderate"));
        QCOMPARE(studies[1].toObject().value(QStringLiteral("grade")), QJsonValue());
        r = runCli({QStringLiteral("workspace"), QStringLiteral("list"), dir});
        QVERIFY2(r.out.contains("moderate") && r.out.contains("ungraded"), r.out.constData());
        r = grade({QStringLiteral("--study"), QStringLiteral("2"), QStringLiteral("--grade"), QStringLiteral("no-cts"),
                   QStringLiteral("--rater"), QStringLiteral("carol")});
        QCOMPARE(r.exitCode, 0);
        r = runCli({QStringLiteral("workspace"), QStringLiteral("list"), dir, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("studies")).toArray()[1].toObject()
                     .value(QStringLiteral("grade")).toString(), QStringLiteral("no-cts"));
        // Refused: a made-up grade, no rater, no study, a study the workspace does not have.
        QCOMPARE(grade({QStringLiteral("--study"), QStringLiteral("1"), QStringLiteral("--grade"), QStringLiteral("awful"),
                        QStringLiteral("--rater"), QStringLiteral("carol")}).exitCode, 2);
        QCOMPARE(grade({QStringLiteral("--study"), QStringLiteral("1"), QStringLiteral("--grade"), QStringLiteral("mild")}).exitCode, 2);
        QCOMPARE(grade({QStringLiteral("--grade"), QStringLiteral("mild"), QStringLiteral("--rater"), QStringLiteral("carol")}).exitCode, 2);
        r = grade({QStringLiteral("--study"), QStringLiteral("9"), QStringLiteral("--grade"), QStringLiteral("mild"),
                   QStringLiteral("--rater"), QStringLiteral("carol")});
        QCOMPARE(r.exitCode, 1);
    }

    void errorsAndUsage()
    {
        QTemporaryDir tmp;
        CliRun r = runCli({QStringLiteral("workspace"), QStringLiteral("list"), tmp.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("not a workspace"));
        QFile junk(tmp.filePath(QStringLiteral("workspace.sqlite")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("definitely not sqlite");
        junk.close();
        r = runCli({QStringLiteral("workspace"), QStringLiteral("list"), tmp.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("untouched"));
        r = runCli({QStringLiteral("workspace"), QStringLiteral("frobnicate"), tmp.path()});
        QCOMPARE(r.exitCode, 2);
        r = runCli({QStringLiteral("workspace"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("annotations"));
        r = runCli({QStringLiteral("--help")});
        QVERIFY(r.out.contains("workspace"));
    }

    void importIntoLockedWorkspaceFails()
    {
        const QString aloka = td::shared(QStringLiteral("gdcm-US-ALOKA-16.dcm"));
        QTemporaryDir tmp;
        auto held = ns::workspace::Workspace::create(tmp.path()); // this process holds the lock
        QVERIFY(held);
        CliRun r = runCli({QStringLiteral("workspace"), QStringLiteral("import"), tmp.path(), aloka});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("read-only"), r.err.constData());
        // Reading works while another process writes.
        r = runCli({QStringLiteral("workspace"), QStringLiteral("list"), tmp.path(), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliWorkspace)
#include "test_cli_workspace.moc"
