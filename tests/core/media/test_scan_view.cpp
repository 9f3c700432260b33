// The view a scan names (core/media/ScanView.h): words as sonographers write them, the
// synthetic files' series descriptions, a real scanner file that names none, and the same
// real file given a View Code Sequence and a body part with DCMTK. Likewise the side
// ((Image) Laterality), and the workspace keeps it with the study.

#include "core/media/MediaOpener.h"
#include "core/media/ScanView.h"
#include "core/synth/CineGenerator.h"
#include "core/synth/writers/SynthDicomWriter.h"
#include "core/workspace/StudyOverview.h"
#include "core/workspace/StudyStore.h"
#include "core/workspace/Workspace.h"
#include "tests/TestData.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>

using namespace ns;

class TestScanView : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;

    static QString viewOfFile(const QString& path)
    {
        const media::OpenResult opened = media::openMedia(path);
        return opened ? opened.source->info().scanView : QStringLiteral("<cannot open: %1>").arg(opened.error);
    }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void wordsNameTheView_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("bodyPart");
        QTest::addColumn<QString>("view");
        QTest::newRow("trans abbreviation") << "R WRIST TRANS" << "" << "wrist";
        QTest::newRow("short axis") << "median nerve short-axis" << "WRIST" << "wrist";
        QTest::newRow("transverse forearm by body part") << "MN transverse" << "FOREARM" << "forearm";
        QTest::newRow("forearm in the text") << "Forearm TRV 10 cm" << "" << "forearm";
        QTest::newRow("long axis") << "median n. long axis" << "WRIST" << "longitudinal";
        QTest::newRow("long abbreviation") << "L MN LONG" << "" << "longitudinal";
        QTest::newRow("sagittal") << "Wrist sagittal" << "" << "longitudinal";
        QTest::newRow("no orientation") << "Carpal tunnel" << "WRIST" << "";
        QTest::newRow("both") << "wrist trans + long" << "" << "";
        QTest::newRow("a word that only contains one") << "Translucent longer" << "" << "";
        QTest::newRow("nothing") << "" << "" << "";
    }

    void wordsNameTheView()
    {
        QFETCH(QString, text);
        QFETCH(QString, bodyPart);
        QFETCH(QString, view);
        QCOMPARE(media::declaredScanView(text, bodyPart), view);
    }

    // The synthetic writer's series description names each view, and the metadata panel's
    // attribute list shows it.
    void syntheticFilesNameTheirView()
    {
        const std::pair<synth::View, QString> views[] = {{synth::View::WristTransverse, QStringLiteral("wrist")},
                                                          {synth::View::ForearmTransverse, QStringLiteral("forearm")},
                                                          {synth::View::Longitudinal, QStringLiteral("longitudinal")}};
        for (const auto& [view, name] : views) {
            synth::SynthRequest req;
            req.frames = 1;
            req.seed = 3;
            req.view = view;
            const QString path = m_tmp.filePath(name + QStringLiteral(".dcm"));
            QString error;
            QVERIFY2(synth::writeSynthDicom(synth::generateCine(req), path, {}, &error), qPrintable(error));
            QCOMPARE(viewOfFile(path), name);
        }
        const auto info = media::openMedia(m_tmp.filePath(QStringLiteral("longitudinal.dcm"))).source->info();
        bool listed = false;
        for (const auto& [label, value] : info.attributes)
            listed |= label == QLatin1String("View") && value == QLatin1String("longitudinal");
        QVERIFY2(listed, "the metadata panel lists the view");
    }

    // A real scanner file names no view; given a View Code Sequence meaning "Transverse" and
    // the body part FOREARM (as some scanners write them), it is a forearm transverse scan.
    void viewCodeSequenceOfARealFile()
    {
        const QString real = testdata::shared(QStringLiteral("US1_UNCR.dcm"));
        NS_REQUIRE_FILE(real);
        QCOMPARE(viewOfFile(real), QString());

        DcmFileFormat file;
        QVERIFY(file.loadFile(real.toLocal8Bit().constData()).good());
        DcmDataset* ds = file.getDataset();
        DcmItem* code = nullptr;
        QVERIFY(ds->findOrCreateSequenceItem(DCM_ViewCodeSequence, code, 0).good() && code);
        QVERIFY(code->putAndInsertString(DCM_CodeValue, "62824007").good());
        QVERIFY(code->putAndInsertString(DCM_CodingSchemeDesignator, "SCT").good());
        QVERIFY(code->putAndInsertString(DCM_CodeMeaning, "Transverse").good());
        QVERIFY(ds->putAndInsertString(DCM_BodyPartExamined, "FOREARM").good());
        const QString tagged = m_tmp.filePath(QStringLiteral("tagged.dcm"));
        QVERIFY(file.saveFile(tagged.toLocal8Bit().constData(), EXS_LittleEndianExplicit).good());
        QCOMPARE(viewOfFile(tagged), QStringLiteral("forearm"));
    }

    // Image Laterality wins over the series' Laterality; "B" (both) and none leave the side
    // unknown. A study added to a workspace keeps its side, which exports and the study
    // browser show.
    void lateralityNamesTheWrist()
    {
        const QString real = testdata::shared(QStringLiteral("US1_UNCR.dcm"));
        NS_REQUIRE_FILE(real);
        auto sideOf = [](const QString& path) {
            const media::OpenResult opened = media::openMedia(path);
            return opened ? opened.source->info().wrist : QStringLiteral("<cannot open: %1>").arg(opened.error);
        };
        QCOMPARE(sideOf(real), QString());
        struct Case { const char* laterality; const char* imageLaterality; QString wrist; };
        const Case cases[] = {{"L", nullptr, QStringLiteral("left")}, {"R", "L", QStringLiteral("left")},
                              {nullptr, "R", QStringLiteral("right")}, {nullptr, "B", QString()}};
        int n = 0;
        for (const Case& c : cases) {
            DcmFileFormat file;
            QVERIFY(file.loadFile(real.toLocal8Bit().constData()).good());
            DcmDataset* ds = file.getDataset();
            if (c.laterality)
                QVERIFY(ds->putAndInsertString(DCM_Laterality, c.laterality).good());
            if (c.imageLaterality)
                QVERIFY(ds->putAndInsertString(DCM_ImageLaterality, c.imageLaterality).good());
            const QString path = m_tmp.filePath(QStringLiteral("side%1.dcm").arg(++n));
            QVERIFY(file.saveFile(path.toLocal8Bit().constData(), EXS_LittleEndianExplicit).good());
            QCOMPARE(sideOf(path), c.wrist);
        }

        auto created = workspace::Workspace::create(m_tmp.filePath(QStringLiteral("ws")));
        QVERIFY2(created, qPrintable(created.error));
        const workspace::ImportResult added = workspace::importStudy(*created.workspace, m_tmp.filePath(QStringLiteral("side1.dcm")), false);
        QVERIFY2(added.error.isEmpty(), qPrintable(added.error));
        const QList<workspace::StudyOverview> listed = workspace::studyOverviews(*created.workspace);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed[0].study.wrist, QStringLiteral("left"));
        QCOMPARE(workspace::findStudy(*created.workspace, added.study->id)->wrist, QStringLiteral("left"));

        // A study added before laterality was read gets its side when it is opened again; a
        // side the workspace knows is kept, even where the file says otherwise.
        auto setStoredWrist = [&](const QVariant& wrist) {
            QSqlQuery q(created.workspace->database());
            q.prepare(QStringLiteral("UPDATE studies SET wrist = ? WHERE id = ?"));
            q.addBindValue(wrist);
            q.addBindValue(added.study->id);
            return q.exec();
        };
        QVERIFY(setStoredWrist(QVariant(QMetaType::fromType<QString>())));
        QCOMPARE(workspace::findStudy(*created.workspace, added.study->id)->wrist, QString());
        const workspace::ImportResult reopened = workspace::importStudy(*created.workspace, m_tmp.filePath(QStringLiteral("side1.dcm")), false);
        QVERIFY(reopened.alreadyPresent);
        QCOMPARE(reopened.study->wrist, QStringLiteral("left"));
        QVERIFY(setStoredWrist(QStringLiteral("right")));
        QCOMPARE(workspace::importStudy(*created.workspace, m_tmp.filePath(QStringLiteral("side1.dcm")), false).study->wrist,
                 QStringLiteral("right"));
    }
};

QTEST_GUILESS_MAIN(TestScanView)
#include "test_scan_view.moc"
