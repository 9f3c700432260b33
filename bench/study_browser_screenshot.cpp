// Writes docs/screenshot-study-browser.png: the main window with the study browser on a
// workspace of six studies in every review status (the real ALOKA scanner file, synthetic
// cines from the synth engine as DICOM and as video, and one whose file has been deleted),
// with a corrected study open in the viewer. Usage: study_browser_screenshot [OUT.png]

#include "core/annotation/ContourStore.h"
#include "core/synth/CineGenerator.h"
#include "core/synth/writers/SynthDicomWriter.h"
#include "core/synth/writers/SynthVideoWriter.h"
#include "core/workspace/StudyStore.h"
#include "core/workspace/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/annotation/AnnotationController.h"
#include "ui/annotation/AnnotationSession.h"
#include "ui/viewer/StudyViewer.h"
#include "ui/workspace/StudyBrowser.h"
#include "ui/workspace/StudyBrowserDock.h"
#include "ui/workspace/ThumbnailLoader.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSettings>
#include <QTemporaryDir>
#include <cstdio>

using namespace ns;
namespace an = ns::annotation;

namespace {

void pump(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

bool writeCine(const QString& path, synth::View view, synth::Grade grade, const QString& profile, int frames,
               const QString& patient, synth::SynthCine* out)
{
    synth::SynthRequest r;
    r.view = view;
    r.grade = grade;
    r.profile = profile;
    r.frames = frames;
    r.patientId = patient;
    r.seed = quint64(qHash(path));
    *out = synth::generateCine(r);
    QString error;
    const bool ok = path.endsWith(QStringLiteral(".dcm")) ? synth::writeSynthDicom(*out, path, {}, &error)
                                                          : synth::writeSynthVideo(*out, path, &error);
    if (!ok)
        std::fprintf(stderr, "%s\n", qPrintable(error));
    return ok;
}

// The ground-truth nerve of frames [first, last) as contours of one rater and kind; ids by frame.
QHash<int, qint64> addTruth(workspace::Workspace& ws, qint64 study, const synth::SynthCine& cine, int first, int last, int step,
                            const QString& rater, an::SourceKind kind)
{
    QHash<int, qint64> ids;
    for (int f = first; f < last && f < int(cine.frames.size()); f += step) {
        const auto& truth = cine.frames[size_t(f)].truth.contours;
        if (truth.empty())
            continue;
        an::Contour c;
        c.studyId = study;
        c.frame = f;
        c.rater = rater;
        c.source.kind = kind;
        if (kind == an::SourceKind::Model)
            c.source = {an::SourceKind::Model, QStringLiteral("sa-unet"), QStringLiteral("1.0")};
        // A model's outline is a little off: a few percent too wide, which a person then corrects.
        c.vertices = truth.front();
        if (kind == an::SourceKind::Model) {
            const QPointF m = c.vertices.boundingRect().center();
            for (QPointF& p : c.vertices)
                p = m + QPointF((p.x() - m.x()) * 1.12, (p.y() - m.y()) * 0.95);
        }
        QString error;
        if (!an::insertContour(ws, c, &error))
            std::fprintf(stderr, "%s\n", qPrintable(error));
        ids.insert(f, c.id);
    }
    return ids;
}

// A person corrects the model's contour on every `step`-th frame: the same contour, now
// the ground truth and marked corrected (as the vertex tools do).
void correct(workspace::Workspace& ws, const QHash<int, qint64>& modelIds, const synth::SynthCine& cine, int step,
             const QString& rater)
{
    for (auto it = modelIds.begin(); it != modelIds.end(); ++it) {
        if (it.key() % step)
            continue;
        QString error;
        if (!an::replaceVertices(ws, it.value(), cine.frames[size_t(it.key())].truth.contours.front(),
                                 {an::SourceKind::Corrected, QStringLiteral("sa-unet"), QStringLiteral("1.0")}, rater, &error))
            std::fprintf(stderr, "%s\n", qPrintable(error));
    }
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshot-study-browser.png");
    QTemporaryDir tmp;
    QCoreApplication::setOrganizationName(QStringLiteral("NerveScopeScreenshot"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, tmp.path());
    QSettings().setValue(QStringLiteral("annotation/rater"), QStringLiteral("dr.lee"));

    const QString wsDir = tmp.filePath(QStringLiteral("CTS-study-2024"));
    synth::SynthCine normal, severe, longi, video, gone;
    const QString normalPath = tmp.filePath(QStringLiteral("P017-right-wrist.dcm"));
    const QString severePath = tmp.filePath(QStringLiteral("P023-left-wrist-severe.dcm"));
    const QString longiPath = tmp.filePath(QStringLiteral("P023-left-longitudinal.dcm"));
    const QString videoPath = tmp.filePath(QStringLiteral("P031-handheld-sweep.avi"));
    const QString gonePath = tmp.filePath(QStringLiteral("P040-right-wrist.dcm"));
    if (!writeCine(normalPath, synth::View::WristTransverse, synth::Grade::Normal, QStringLiteral("hm70a"), 60, QStringLiteral("P017"), &normal)
        || !writeCine(severePath, synth::View::WristTransverse, synth::Grade::Severe, QStringLiteral("minisono"), 48, QStringLiteral("P023"), &severe)
        || !writeCine(longiPath, synth::View::Longitudinal, synth::Grade::Severe, QStringLiteral("minisono"), 30, QStringLiteral("P023"), &longi)
        || !writeCine(videoPath, synth::View::WristTransverse, synth::Grade::Mild, QStringLiteral("handheld"), 40, QStringLiteral("P031"), &video)
        || !writeCine(gonePath, synth::View::WristTransverse, synth::Grade::Moderate, QStringLiteral("hm70a"), 20, QStringLiteral("P040"), &gone))
        return 1;
    {
        auto r = workspace::Workspace::create(wsDir);
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error));
            return 1;
        }
        workspace::Workspace& ws = *r.workspace;
        const qint64 aloka = workspace::importStudy(ws, QStringLiteral(NERVESCOPE_SHARED_TESTDATA "/gdcm-US-ALOKA-16.dcm"), true).study->id;
        const qint64 n = workspace::importStudy(ws, normalPath, true).study->id;
        const qint64 s = workspace::importStudy(ws, severePath, true).study->id;
        workspace::importStudy(ws, longiPath, true);
        const qint64 v = workspace::importStudy(ws, videoPath, false).study->id;
        workspace::importStudy(ws, gonePath, false);
        QFile::remove(gonePath); // moved away by someone: the browser must say so

        an::Contour c;
        c.studyId = aloka;
        c.rater = QStringLiteral("dr.lee");
        c.vertices = QPolygonF({QPointF(150, 150), QPointF(185, 140), QPointF(205, 160), QPointF(190, 185), QPointF(155, 182)});
        QString error;
        an::insertContour(ws, c, &error);
        an::setReviewStatus(ws, aloka, -1, an::ReviewStatus::Approved, QStringLiteral("dr.lee"), &error);
        addTruth(ws, n, normal, 0, 60, 1, QStringLiteral("sa-unet"), an::SourceKind::Model);      // AI
        correct(ws, addTruth(ws, s, severe, 0, 48, 1, QStringLiteral("sa-unet"), an::SourceKind::Model), severe, 4,
                QStringLiteral("dr.lee"));                                                          // corrected
        addTruth(ws, v, video, 0, 40, 10, QStringLiteral("m.chen"), an::SourceKind::Manual);      // corrected
    }

    ui::MainWindow w;
    w.resize(1400, 900);
    w.show();
    ui::AnnotationSession* session = w.annotation()->session();
    if (!session->openWorkspace(wsDir)) {
        std::fprintf(stderr, "%s\n", qPrintable(session->error()));
        return 1;
    }
    pump(200);
    ui::StudyBrowser* browser = w.studyBrowser()->browser();
    QElapsedTimer t;
    t.start();
    while (!browser->thumbnails()->isIdle() && t.elapsed() < 30000)
        pump(50);
    w.openPath(workspace::findStudy(*session->workspace(), 3)->storedPath);
    t.restart();
    while ((!w.hasStudy() || session->studyId() != 3) && t.elapsed() < 30000)
        pump(50);
    w.viewer()->showFrame(8);
    w.annotation()->measurementsDock()->show();
    pump(1500);
    const bool ok = w.grab().save(out);
    std::printf("%s %s\n", ok ? "screenshot written:" : "cannot write screenshot:", qPrintable(out));
    return ok ? 0 : 1;
}
