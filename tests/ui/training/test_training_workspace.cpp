// The Training page on the annotations of the open workspace: the filters (here a rater)
// decide which contours become training frames, the export is de-identified and lives in
// WS/training-data/NAME, and a new run replaces it.

#include "core/annotation/ContourStore.h"
#include "core/synth/CineGenerator.h"
#include "core/synth/writers/SynthDicomWriter.h"
#include "core/workspace/StudyStore.h"
#include "core/workspace/Workspace.h"
#include "ui/training/DataFilterBox.h"
#include "ui/training/TrainingForm.h"
#include "ui/training/TrainingPage.h"
#include "ui/training/TrainingRunner.h"

#include <QComboBox>
#include <QDir>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace ns;
using ns::ui::TrainingPage;

namespace {

QJsonArray manifestItems(const QString& dir)
{
    QFile f(dir + QStringLiteral("/manifest.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("items")).toArray();
}

} // namespace

class TestTrainingWorkspace : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<workspace::Workspace> m_ws;
    int m_aliceFrames = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_tmp.setAutoRemove(qEnvironmentVariableIsEmpty("NS_KEEP_TMP"));
        auto created = workspace::Workspace::create(m_tmp.filePath(QStringLiteral("ws")));
        QVERIFY2(created, qPrintable(created.error));
        m_ws = std::move(created.workspace);
        for (int p = 0; p < 8; ++p) { // enough patients for train, val and test splits
            synth::SynthRequest req;
            req.frames = 2;
            req.seed = 300 + p;
            req.patientId = QStringLiteral("WS-PATIENT-%1").arg(p);
            const synth::SynthCine cine = synth::generateCine(req);
            const QString path = m_tmp.filePath(QStringLiteral("study%1.dcm").arg(p));
            QString error;
            QVERIFY2(synth::writeSynthDicom(cine, path, {}, &error), qPrintable(error));
            const auto imported = workspace::importStudy(*m_ws, path, false);
            QVERIFY2(imported.study, qPrintable(imported.error));
            for (int f = 0; f < 2; ++f) {
                annotation::Contour c;
                c.studyId = imported.study->id;
                c.frame = f;
                c.rater = QStringLiteral("alice");
                c.vertices = cine.frames[size_t(f)].truth.contours.first();
                QVERIFY2(annotation::insertContour(*m_ws, c, &error), qPrintable(error));
                ++m_aliceFrames;
                if (p == 0 && f == 0) { // a second rater on one frame
                    c.rater = QStringLiteral("bob");
                    c.vertices = c.vertices.translated(2, 1);
                    QVERIFY2(annotation::insertContour(*m_ws, c, &error), qPrintable(error));
                }
            }
        }
    }

    void trainsOnTheFilteredAnnotationsOfTheWorkspace()
    {
        TrainingPage page;
        page.setWorkspace(m_ws.get());
        ui::TrainingForm* f = page.form();
        QVERIFY(f->workspaceChoice()->isEnabled());
        f->setTask(training::TrainingTask::Segmentation);
        f->baseBox()->setCurrentIndex(f->baseBox()->count() - 1); // random weights
        f->setOutputFolder(m_tmp.filePath(QStringLiteral("out")));
        f->nameEdit()->setText(QStringLiteral("ws-seg"));
        f->inputBox()->setValue(32);
        f->batchBox()->setValue(4);
        f->epochsBox()->setValue(1);
        f->threadsBox()->setValue(1);
        f->workspaceChoice()->setChecked(true);
        QVERIFY(f->filters()->ratersEdit()->isEnabled());
        f->filters()->ratersEdit()->setText(QStringLiteral("alice"));
        emit f->changed();

        const QString data = m_tmp.filePath(QStringLiteral("ws/training-data/ws-seg"));
        QSignalSpy finished(page.runner(), &ui::TrainingRunner::finished);
        page.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1 && !page.isRunning(), 300000);
        QVERIFY2(page.lastOutcome() && page.lastOutcome()->result.ok, qPrintable(page.statusLabel()->text()));
        QCOMPARE(QDir(page.lastOutcome()->result.state.identity.value(QStringLiteral("data")).toString()), QDir(data));
        QJsonArray items = manifestItems(data);
        QCOMPARE(items.size(), m_aliceFrames);
        for (const QJsonValue& v : items) {
            QCOMPARE(v.toObject().value(QStringLiteral("rater")).toString(), QStringLiteral("alice"));
            QVERIFY(v.toObject().value(QStringLiteral("patient")).toString().startsWith(QLatin1String("ANON-"))); // de-identified
        }

        // Every rater: a new run replaces the earlier export.
        f->filters()->ratersEdit()->clear();
        emit f->changed();
        QVERIFY(f->filters()->selection().raters.isEmpty());
        const QDateTime firstExport = QFileInfo(data + QStringLiteral("/manifest.json")).lastModified();
        QTest::qWait(1100); // file times have one-second resolution on some file systems
        QTRY_VERIFY(page.startButton()->isEnabled());
        page.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2 && !page.isRunning(), 300000);
        QVERIFY2(page.lastOutcome() && page.lastOutcome()->result.ok, qPrintable(page.statusLabel()->text()));
        items = manifestItems(data);
        QVERIFY(QFileInfo(data + QStringLiteral("/manifest.json")).lastModified() > firstExport); // exported again
        QVERIFY2(items.size() == m_aliceFrames + 1, qPrintable(QStringLiteral("%1 items; %2").arg(items.size()).arg(page.statusLabel()->text())));
    }
};

QTEST_MAIN(TestTrainingWorkspace)
#include "test_training_workspace.moc"
