// The study overview on a real SQLite workspace with real files (the ALOKA scanner file, a
// pydicom RLE file, a synthetic DICOM cine and a synthetic video written by the synth
// engine): statuses set and derived, annotated-frame and contour counts, raters, filters
// and search.
#include "core/annotation/ContourStore.h"
#include "core/synth/CineGenerator.h"
#include "core/synth/writers/SynthDicomWriter.h"
#include "core/synth/writers/SynthVideoWriter.h"
#include "core/workspace/StudyOverview.h"
#include "core/workspace/Workspace.h"
#include "tests/TestData.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace ns::workspace;
namespace an = ns::annotation;
namespace td = ns::testdata;
using an::ReviewStatus;
using an::SourceKind;

namespace {

QPolygonF square(double x, double y, double side)
{
    return QPolygonF({QPointF(x, y), QPointF(x + side, y), QPointF(x + side, y + side), QPointF(x, y + side)});
}

qint64 addContour(Workspace& ws, qint64 study, int frame, const QString& rater, SourceKind kind)
{
    an::Contour c;
    c.studyId = study;
    c.frame = frame;
    c.rater = rater;
    c.source.kind = kind;
    if (kind == SourceKind::Model)
        c.source = {SourceKind::Model, QStringLiteral("sa-unet"), QStringLiteral("1")};
    c.vertices = square(20 + frame, 20, 12);
    QString error;
    if (!an::insertContour(ws, c, &error))
        qWarning("insertContour: %s", qPrintable(error));
    return c.id;
}

QList<qint64> ids(const QList<StudyOverview>& list)
{
    QList<qint64> out;
    for (const auto& s : list)
        out << s.id();
    return out;
}

} // namespace

class TestStudyOverview : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        NS_REQUIRE_FILE(td::shared(QStringLiteral("gdcm-US-ALOKA-16.dcm")));
        NS_REQUIRE_FILE(td::pydicom(QStringLiteral("SC_rgb_rle_2frame.dcm")));
        QVERIFY(m_tmp.isValid());
        ns::synth::SynthRequest req;
        req.frames = 6;
        req.patientId = QStringLiteral("SYN-0042");
        req.wrist = QStringLiteral("left");
        const ns::synth::SynthCine cine = ns::synth::generateCine(req);
        QCOMPARE(int(cine.frames.size()), 6);
        QString error;
        m_synthDicom = m_tmp.filePath(QStringLiteral("wrist-normal.dcm"));
        QVERIFY2(ns::synth::writeSynthDicom(cine, m_synthDicom, {}, &error), qPrintable(error));
        m_synthVideo = m_tmp.filePath(QStringLiteral("Wrist-Sweep.avi"));
        QVERIFY2(ns::synth::writeSynthVideo(cine, m_synthVideo, &error), qPrintable(error));
    }

    void statusesCountsAndRaters()
    {
        QTemporaryDir tmp;
        auto r = Workspace::create(tmp.filePath(QStringLiteral("ws")));
        QVERIFY2(r, qPrintable(r.error));
        Workspace& ws = *r.workspace;
        const qint64 aloka = importStudy(ws, td::shared(QStringLiteral("gdcm-US-ALOKA-16.dcm")), true).study->id;
        const qint64 synth = importStudy(ws, m_synthDicom, false).study->id;
        const qint64 rle = importStudy(ws, td::pydicom(QStringLiteral("SC_rgb_rle_2frame.dcm")), false).study->id;
        const auto video = importStudy(ws, m_synthVideo, false);
        QVERIFY2(video.study, qPrintable(video.error));
        QCOMPARE(QList<qint64>({aloka, synth, rle, video.study->id}), QList<qint64>({1, 2, 3, 4}));

        // ALOKA (1 frame): a person's contour and a corrected one by another rater -> corrected.
        addContour(ws, aloka, 0, QStringLiteral("alice"), SourceKind::Manual);
        addContour(ws, aloka, 0, QStringLiteral("carol"), SourceKind::Corrected);
        // Synthetic cine: model contours on 3 frames, an interpolated one beside one of them,
        // and a deleted person's contour that must count for nothing -> ai.
        for (int f : {0, 1, 3})
            addContour(ws, synth, f, QStringLiteral("sa-unet"), SourceKind::Model);
        addContour(ws, synth, 1, QStringLiteral("dave"), SourceKind::Interpolated);
        const qint64 gone = addContour(ws, synth, 5, QStringLiteral("erin"), SourceKind::Manual);
        QString error;
        QVERIFY2(an::setContourDeleted(ws, gone, true, QStringLiteral("erin"), &error), qPrintable(error));
        // RLE file: only a model contour, but approved for the whole study -> approved (set).
        addContour(ws, rle, 1, QStringLiteral("sa-unet"), SourceKind::Model);
        QVERIFY(an::setReviewStatus(ws, rle, -1, ReviewStatus::Approved, QStringLiteral("alice"), &error));
        // Video: no contours; a frame's status is not the study's -> unlabelled.
        QVERIFY(an::setReviewStatus(ws, video.study->id, 2, ReviewStatus::Approved, QStringLiteral("alice"), &error));

        const QList<StudyOverview> all = studyOverviews(ws, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(all.size(), 4);

        const StudyOverview& a = all[0];
        QCOMPARE(a.displayName, QStringLiteral("gdcm-US-ALOKA-16.dcm"));
        QCOMPARE(a.study.kind, QStringLiteral("dicom"));
        QCOMPARE(a.study.frames, 1);
        QVERIFY(a.study.copied);
        QVERIFY(a.study.storedPath.startsWith(ws.dir()));
        QCOMPARE(a.status, ReviewStatus::Corrected);
        QVERIFY(!a.statusSet);
        QCOMPARE(a.annotatedFrames(), 1);
        QCOMPARE(a.contourCount(), 2);
        QCOMPARE(a.personContours, 2);
        QCOMPARE(a.modelContours, 0);
        QCOMPARE(a.raters, QStringList({QStringLiteral("alice"), QStringLiteral("carol")}));

        const StudyOverview& s = all[1];
        QCOMPARE(s.displayName, QStringLiteral("wrist-normal.dcm"));
        QCOMPARE(s.study.frames, 6);
        QCOMPARE(s.study.patientId, QStringLiteral("SYN-0042"));
        QCOMPARE(s.study.storedPath, m_synthDicom);
        QCOMPARE(s.status, ReviewStatus::AI);
        QCOMPARE(s.annotatedFrames(), 3); // frames 0, 1, 3; the deleted one on 5 does not count
        QCOMPARE(s.contourCount(), 4);
        QCOMPARE(s.modelContours, 4);
        QCOMPARE(s.personContours, 0);
        QCOMPARE(s.raters, QStringList({QStringLiteral("dave"), QStringLiteral("sa-unet")}));

        QCOMPARE(all[2].status, ReviewStatus::Approved);
        QVERIFY(all[2].statusSet);
        QCOMPARE(all[2].annotatedFrames(), 1);
        QCOMPARE(all[2].study.frames, 2);

        QCOMPARE(all[3].study.kind, QStringLiteral("video"));
        QCOMPARE(all[3].status, ReviewStatus::Unlabelled);
        QVERIFY(!all[3].statusSet);
        QCOMPARE(all[3].annotatedFrames(), 0);
        QCOMPARE(all[3].contourCount(), 0);
        QVERIFY(all[3].raters.isEmpty());

        // A person now corrects the synthetic cine: person beats model.
        addContour(ws, synth, 4, QStringLiteral("bob"), SourceKind::Corrected);
        std::optional<StudyOverview> one = studyOverview(ws, synth, &error);
        QVERIFY2(one, qPrintable(error));
        QCOMPARE(one->status, ReviewStatus::Corrected);
        QCOMPARE(one->annotatedFrames(), 4);
        QCOMPARE(one->raters, QStringList({QStringLiteral("bob"), QStringLiteral("dave"), QStringLiteral("sa-unet")}));
        // Removing the study's status (undo of Approve) goes back to the derived one.
        QVERIFY(an::setReviewStatus(ws, rle, -1, std::nullopt, QStringLiteral("alice"), &error));
        QCOMPARE(studyOverview(ws, rle)->status, ReviewStatus::AI);
        QVERIFY(!studyOverview(ws, rle)->statusSet);
        QVERIFY(!studyOverview(ws, 99, &error));
        QVERIFY(error.contains(QStringLiteral("99")));

        // The same answer through a read-only second connection while this one holds the lock.
        auto reader = Workspace::open(ws.dir(), Workspace::Mode::ReadOnly);
        QVERIFY2(reader, qPrintable(reader.error));
        const QList<StudyOverview> again = studyOverviews(*reader.workspace, &error);
        QCOMPARE(again.size(), 4);
        QCOMPARE(again[1].status, ReviewStatus::Corrected);
        QCOMPARE(again[1].contourCount(), 5);
    }

    void filterAndSearch()
    {
        QTemporaryDir tmp;
        auto r = Workspace::create(tmp.filePath(QStringLiteral("ws")));
        QVERIFY2(r, qPrintable(r.error));
        Workspace& ws = *r.workspace;
        importStudy(ws, td::shared(QStringLiteral("gdcm-US-ALOKA-16.dcm")), true);
        importStudy(ws, m_synthDicom, false);
        importStudy(ws, td::pydicom(QStringLiteral("SC_rgb_rle_2frame.dcm")), false);
        importStudy(ws, m_synthVideo, false);
        addContour(ws, 2, 0, QStringLiteral("sa-unet"), SourceKind::Model);
        addContour(ws, 4, 0, QStringLiteral("sa-unet"), SourceKind::Model);
        addContour(ws, 1, 0, QStringLiteral("alice"), SourceKind::Manual);
        const QList<StudyOverview> all = studyOverviews(ws);
        QCOMPARE(all.size(), 4);

        OverviewFilter f;
        QVERIFY(f.isEmpty());
        QCOMPARE(ids(filtered(all, f)), QList<qint64>({1, 2, 3, 4}));
        f.status = ReviewStatus::AI;
        QCOMPARE(ids(filtered(all, f)), QList<qint64>({2, 4}));
        f.status = ReviewStatus::Unlabelled;
        QCOMPARE(ids(filtered(all, f)), QList<qint64>({3}));
        f.status = ReviewStatus::Approved;
        QVERIFY(filtered(all, f).isEmpty());
        f.status.reset();
        f.kind = QStringLiteral("video");
        QCOMPARE(ids(filtered(all, f)), QList<qint64>({4}));
        f.kind = QStringLiteral("DICOM"); // kinds compare without case
        QCOMPARE(ids(filtered(all, f)), QList<qint64>({1, 2, 3}));
        f.status = ReviewStatus::AI;
        QCOMPARE(ids(filtered(all, f)), QList<qint64>({2}));

        // Search: name, patient ID and path, without case, trimmed.
        OverviewFilter s;
        s.search = QStringLiteral("aloka");
        QCOMPARE(ids(filtered(all, s)), QList<qint64>({1}));
        s.search = QStringLiteral("  syn-0042 ");
        QCOMPARE(ids(filtered(all, s)), QList<qint64>({2})); // the video carries no patient ID
        s.search = QStringLiteral("WRIST");
        QCOMPARE(ids(filtered(all, s)), QList<qint64>({2, 4}));
        s.search = QStringLiteral("pydicom/data");          // only in the path
        QCOMPARE(ids(filtered(all, s)), QList<qint64>({3}));
        s.search = QDir(ws.studiesDir()).dirName() + QLatin1Char('/'); // the copy's folder
        QCOMPARE(ids(filtered(all, s)), QList<qint64>({1}));
        s.search = QStringLiteral("no such study");
        QVERIFY(filtered(all, s).isEmpty());
        s.search = QStringLiteral("wrist");
        s.status = ReviewStatus::AI;
        s.kind = QStringLiteral("video");
        QCOMPARE(ids(filtered(all, s)), QList<qint64>({4}));
    }

    void statusRule()
    {
        QCOMPARE(deriveStatus(std::nullopt, 0, 0), ReviewStatus::Unlabelled);
        QCOMPARE(deriveStatus(std::nullopt, 0, 3), ReviewStatus::AI);
        QCOMPARE(deriveStatus(std::nullopt, 1, 3), ReviewStatus::Corrected);
        QCOMPARE(deriveStatus(std::nullopt, 2, 0), ReviewStatus::Corrected);
        QCOMPARE(deriveStatus(ReviewStatus::Approved, 0, 0), ReviewStatus::Approved);
        QCOMPARE(deriveStatus(ReviewStatus::AI, 5, 0), ReviewStatus::AI); // what a person set wins
    }

    void emptyWorkspace()
    {
        QTemporaryDir tmp;
        auto r = Workspace::create(tmp.path());
        QVERIFY(r);
        QString error;
        QVERIFY(studyOverviews(*r.workspace, &error).isEmpty());
        QVERIFY(error.isEmpty());
    }

private:
    QTemporaryDir m_tmp;
    QString m_synthDicom;
    QString m_synthVideo;
};

QTEST_GUILESS_MAIN(TestStudyOverview)
#include "test_study_overview.moc"
