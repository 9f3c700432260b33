// nervescope-cli export / import through the real executable: usage errors and their exit
// codes, an export the trainer accepts (`train --data EXPORT` runs an epoch), and an nnU-Net
// export imported back with its contours.
#include "core/annotation/ContourStore.h"
#include "core/workspace/Workspace.h"
#include "tests/cli/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace td = ns::testdata;
using td::CliRun;
using td::runCli;

class TestCliExport : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_ws;
    int m_contours = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = m_tmp.filePath(QStringLiteral("ws"));
        CliRun r = runCli({QStringLiteral("workspace"), QStringLiteral("create"), m_ws});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Four patients (synth names them SYN-S<seed>), two labelled frames each, so the
        // split by patient has train, val and test.
        for (int seed = 1; seed <= 4; ++seed) {
            const QString dcm = m_tmp.filePath(QStringLiteral("cine%1.dcm").arg(seed));
            const QString truth = m_tmp.filePath(QStringLiteral("cine%1.json").arg(seed));
            r = runCli({QStringLiteral("synth"), QStringLiteral("--frames"), QStringLiteral("2"), QStringLiteral("--seed"),
                        QString::number(seed), QStringLiteral("--out"), dcm, QStringLiteral("--truth"), truth});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            r = runCli({QStringLiteral("workspace"), QStringLiteral("import"), m_ws, dcm});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QFile f(truth);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonArray frames = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("frames")).toArray();
            QCOMPARE(frames.size(), 2);
            auto ws = ns::workspace::Workspace::open(m_ws);
            QVERIFY(ws && !ws.workspace->isReadOnly());
            for (int i = 0; i < frames.size(); ++i)
                for (const QJsonValue& poly : frames[i].toObject().value(QStringLiteral("contours")).toArray()) {
                    ns::annotation::Contour c;
                    c.studyId = seed;
                    c.frame = i;
                    c.rater = QStringLiteral("alice");
                    for (const QJsonValue& p : poly.toArray())
                        c.vertices << QPointF(p.toArray()[0].toDouble(), p.toArray()[1].toDouble());
                    QString error;
                    QVERIFY2(ns::annotation::insertContour(*ws.workspace, c, &error), qPrintable(error));
                    ++m_contours;
                }
        }
        QVERIFY(m_contours >= 8);
    }

    void usageAndInputErrors()
    {
        CliRun r = runCli({QStringLiteral("export"), m_ws, QStringLiteral("--format"), QStringLiteral("dicom"), QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("x"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("unknown format \"dicom\" (formats: png, coco, nnunet, csv, dicom-seg, dicom-sr)"), r.err.constData());
        r = runCli({QStringLiteral("export"), m_ws, QStringLiteral("--format"), QStringLiteral("dicom-sr"), QStringLiteral("--out"),
                    m_tmp.filePath(QStringLiteral("x")), QStringLiteral("--dates"), QStringLiteral("blur")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--dates must be shift or remove"), r.err.constData());
        r = runCli({QStringLiteral("export"), m_ws, QStringLiteral("--format"), QStringLiteral("png")});
        QCOMPARE(r.exitCode, 2);
        r = runCli({QStringLiteral("export"), m_ws, QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--out"),
                    m_tmp.filePath(QStringLiteral("x")), QStringLiteral("--blackout"), QStringLiteral("top-left")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("outside-regions or X,Y,W,H"));
        r = runCli({QStringLiteral("export"), m_tmp.filePath(QStringLiteral("no-such-ws")), QStringLiteral("--format"), QStringLiteral("png"),
                    QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("x"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("nervescope-cli export: ") && r.err.contains("no-such-ws"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        r = runCli({QStringLiteral("export"), m_ws, QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--out"),
                    m_tmp.filePath(QStringLiteral("x")), QStringLiteral("--studies"), QStringLiteral("42")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("42"));
        r = runCli({QStringLiteral("import"), m_ws, QStringLiteral("--format"), QStringLiteral("dicom-seg"), m_tmp.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("formats: png, coco, nnunet"));
        r = runCli({QStringLiteral("import"), m_ws, QStringLiteral("--format"), QStringLiteral("coco"), m_tmp.filePath(QStringLiteral("nothing"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("nothing"));
    }

    void trainerAcceptsThePngExport()
    {
        const QString out = m_tmp.filePath(QStringLiteral("png"));
        CliRun r = runCli({QStringLiteral("export"), m_ws, QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("exported 8 frame(s) of 4 stud(ies) as png"), r.out.constData());
        QFile m(out + QStringLiteral("/manifest.json"));
        QVERIFY(m.open(QIODevice::ReadOnly));
        const QByteArray manifest = m.readAll();
        QVERIFY(!manifest.contains("SYN-S1")); // de-identified by default
        QVERIFY(manifest.contains("ANON-"));

        const QString models = m_tmp.filePath(QStringLiteral("models"));
        r = runCli({QStringLiteral("train"), QStringLiteral("--task"), QStringLiteral("segmentation"), QStringLiteral("--arch"),
                    QStringLiteral("sa-unet"), QStringLiteral("--data"), out, QStringLiteral("--out"), models, QStringLiteral("--epochs"),
                    QStringLiteral("1"), QStringLiteral("--input"), QStringLiteral("64x64"), QStringLiteral("--batch"), QStringLiteral("4")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFile::exists(models + QStringLiteral("/sa-unet-wrist.pt")));

        r = runCli({QStringLiteral("export"), m_ws, QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--out"),
                    m_tmp.filePath(QStringLiteral("kept")), QStringLiteral("--no-deidentify")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile kept(m_tmp.filePath(QStringLiteral("kept/manifest.json")));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY(kept.readAll().contains("SYN-S1"));
    }

    void nnUnetExportImportsBack()
    {
        const QString out = m_tmp.filePath(QStringLiteral("Dataset777_Nerve"));
        CliRun r = runCli({QStringLiteral("export"), m_ws, QStringLiteral("--format"), QStringLiteral("nnunet"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString ws2 = m_tmp.filePath(QStringLiteral("ws2"));
        QCOMPARE(runCli({QStringLiteral("workspace"), QStringLiteral("create"), ws2}).exitCode, 0);
        r = runCli({QStringLiteral("import"), ws2, QStringLiteral("--format"), QStringLiteral("nnunet"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(QStringLiteral("imported %1 contour(s) on 8 new stud(ies)").arg(m_contours).toUtf8()), r.out.constData());
        r = runCli({QStringLiteral("workspace"), QStringLiteral("annotations"), ws2, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("contours")).toArray().size(), m_contours);
        // Importing the same folder again adds contours to the same studies, no new studies.
        r = runCli({QStringLiteral("import"), ws2, QStringLiteral("--format"), QStringLiteral("nnunet"), out});
        QVERIFY2(r.out.contains("on 0 new stud(ies) and 8 already present"), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "test_cli_export.moc"
