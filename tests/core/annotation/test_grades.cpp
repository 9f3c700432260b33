// CTS grades in a real workspace: binary and 4-level, model and clinician kept side by side.
#include "core/annotation/GradeStore.h"
#include "core/workspace/StudyStore.h"
#include "tests/TestData.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ns::annotation;
namespace td = ns::testdata;

class TestGrades : public QObject {
    Q_OBJECT
private slots:
    void recordAndReload()
    {
        const QString file = td::shared(QStringLiteral("gdcm-US-ALOKA-16.dcm"));
        NS_REQUIRE_FILE(file);
        QTemporaryDir tmp;
        qint64 study = 0;
        {
            auto r = ns::workspace::Workspace::create(tmp.path());
            QVERIFY(r);
            study = ns::workspace::importStudy(*r.workspace, file, false).study->id;
            Grade model;
            model.studyId = study;
            model.wrist = QStringLiteral("right");
            model.cts = true;
            model.source = {SourceKind::Model, QStringLiteral("mobilenetv2-cts"), QStringLiteral("0.3")};
            QString error;
            QVERIFY2(recordGrade(*r.workspace, model, &error), qPrintable(error));
            Grade doctor;
            doctor.studyId = study;
            doctor.wrist = QStringLiteral("right");
            doctor.cts = true;
            doctor.severity = 2;
            doctor.rater = QStringLiteral("dr-lee");
            QVERIFY(recordGrade(*r.workspace, doctor, &error));
            Grade bad = doctor;
            bad.severity = 4;
            QVERIFY(!recordGrade(*r.workspace, bad, &error));
            QVERIFY(error.contains(QStringLiteral("Severity")));
            Grade empty;
            empty.studyId = study;
            QVERIFY(!recordGrade(*r.workspace, empty, &error));
            QSqlQuery q(r.workspace->database());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action='grade'")) && q.next());
            QCOMPARE(q.value(0).toInt(), 2);
        }
        auto r = ns::workspace::Workspace::open(tmp.path(), ns::workspace::Workspace::Mode::ReadOnly);
        QVERIFY(r);
        const QList<Grade> grades = loadGrades(*r.workspace, study);
        QCOMPARE(grades.size(), 2);
        QCOMPARE(grades[0].source.kind, SourceKind::Model);
        QCOMPARE(grades[0].source.model, QStringLiteral("mobilenetv2-cts"));
        QVERIFY(!grades[0].severity);
        QCOMPARE(*grades[0].cts, true);
        QCOMPARE(grades[1].rater, QStringLiteral("dr-lee"));
        QCOMPARE(*grades[1].severity, 2);
        QCOMPARE(grades[1].wrist, QStringLiteral("right"));
    }
};

QTEST_GUILESS_MAIN(TestGrades)
#include "test_grades.moc"
