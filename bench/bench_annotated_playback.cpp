// Does a cine with a contour on every frame still play at the file's frame rate? A
// 300-frame synthetic wrist cine (the synth engine, DICOM as `nervescope-cli synth` writes
// it) in a workspace with its ground-truth nerve contour stored on every frame, played in
// the real MainWindow with the annotation layer drawing the contours and their measurement
// labels (measurements dock and study browser open, as while annotating). Measured: frames
// painted per second from Play to the last frame, against the file's rate. Peer, in the
// same process and interleaved run by run: the same playback of the same study in a
// workspace without contours; and a third case with the area-along-cine plot shown as well.
// Runs on whatever QT_QPA_PLATFORM names (run-all.sh: offscreen).
// Usage: bench_annotated_playback [runs]

#include "bench/BenchStats.h"
#include "core/annotation/ContourStore.h"
#include "core/synth/CineGenerator.h"
#include "core/synth/writers/SynthDicomWriter.h"
#include "core/workspace/StudyStore.h"
#include "core/workspace/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/annotation/AnnotationController.h"
#include "ui/annotation/AnnotationSession.h"
#include "ui/viewer/CinePlayer.h"
#include "ui/viewer/StudyViewer.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QtMath>
#include <cstdio>

using namespace ns;

namespace {

constexpr int kFrames = 300;

struct Playback {
    double fps = 0;        // frames painted per second of wall time
    int painted = 0;       // distinct frames painted after Play (kFrames - 1 when none was skipped)
    int contoursOnLast = 0; // contours the session showed on the last frame (sanity)
};

QPolygonF ellipse(QPointF c, double rx, double ry, int n = 64)
{
    QPolygonF p;
    for (int i = 0; i < n; ++i)
        p << c + QPointF(rx * std::cos(2 * M_PI * i / n), ry * std::sin(2 * M_PI * i / n));
    return p;
}

// A workspace holding the cine; with `contours`, its ground-truth nerve on every frame.
QString makeWorkspace(const QString& dir, const QString& cine, const synth::SynthCine* contours)
{
    auto r = workspace::Workspace::create(dir);
    if (!r)
        return r.error;
    const workspace::ImportResult imported = workspace::importStudy(*r.workspace, cine, false);
    if (!imported.study)
        return imported.error;
    if (!contours)
        return {};
    for (int f = 0; f < kFrames; ++f) {
        annotation::Contour c;
        c.studyId = imported.study->id;
        c.frame = f;
        c.rater = QStringLiteral("bench");
        const auto& truth = contours->frames[size_t(f)].truth.contours;
        c.vertices = truth.empty() || truth.front().size() < 3 ? ellipse({280, 200}, 40, 25) : truth.front();
        QString error;
        if (!annotation::insertContour(*r.workspace, c, &error))
            return error;
    }
    return {};
}

bool waitFor(const std::function<bool()>& done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

// Opens the workspace and the cine in a fresh window and plays it once from the first frame
// to the last.
Playback play(const QString& wsDir, const QString& cine, bool areaPlot, double speed = 1.0)
{
    Playback result;
    ui::MainWindow w;
    w.resize(1400, 900);
    w.show();
    ui::AnnotationSession* session = w.annotation()->session();
    if (!session->openWorkspace(wsDir)) {
        std::fprintf(stderr, "cannot open workspace: %s\n", qPrintable(session->error()));
        return result;
    }
    w.annotation()->measurementsDock()->show();
    if (areaPlot)
        w.annotation()->areaDock()->show();
    int lastShown = -1;
    QObject::connect(&w, &ui::MainWindow::frameShown, &w, [&](int i) { lastShown = i; });
    w.openPath(cine);
    if (!waitFor([&] { return lastShown == 0 && session->studyId() > 0; }, 30000)) {
        std::fprintf(stderr, "the cine did not open\n");
        return result;
    }
    waitFor([] { return false; }, 300); // let docks, thumbnails and layout settle

    ui::StudyViewer* v = w.viewer();
    v->setLooping(false);
    v->player()->setSpeed(speed);
    QSet<int> painted;
    auto c = QObject::connect(v, &ui::StudyViewer::frameShown, &w, [&](int i) { painted.insert(i); });
    QElapsedTimer t;
    t.start();
    v->togglePlay();
    waitFor([&] { return lastShown == kFrames - 1 && !v->isPlaying(); }, 60000);
    const double seconds = t.nsecsElapsed() / 1e9;
    QObject::disconnect(c);
    result.painted = int(painted.size());
    // Frames 1..last were painted over `seconds`; frame 0 was on screen before Play.
    result.fps = seconds > 0 ? (result.painted) / seconds : 0;
    result.contoursOnLast = int(session->rows().size());
    return result;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("NerveScopeBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_annotated_playback"));
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 5;
    QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());

    synth::SynthRequest req;
    req.frames = kFrames;
    req.patientId = QStringLiteral("SYN-BENCH");
    const synth::SynthCine cine = synth::generateCine(req);
    const QString cinePath = dir.filePath(QStringLiteral("synthetic-300.dcm"));
    QString error;
    if (int(cine.frames.size()) != kFrames || !synth::writeSynthDicom(cine, cinePath, {}, &error)) {
        std::fprintf(stderr, "cannot write the cine: %s\n", qPrintable(error));
        return 1;
    }
    const QString annotated = dir.filePath(QStringLiteral("ws-annotated"));
    const QString bare = dir.filePath(QStringLiteral("ws-bare"));
    if (!(error = makeWorkspace(annotated, cinePath, &cine)).isEmpty() || !(error = makeWorkspace(bare, cinePath, nullptr)).isEmpty()) {
        std::fprintf(stderr, "cannot make the workspaces: %s\n", qPrintable(error));
        return 1;
    }

    // Three cases per run, in a rotating order so none always runs on a warmer cache.
    // The last two play at 16x speed (480 fps asked): how fast it can go, i.e. the headroom.
    enum Case { Contours, ContoursAndPlot, Bare, ContoursFast, BareFast, kCases };
    std::vector<double> fps[kCases], painted[kCases];
    int contoursShown = 0;
    for (int r = 0; r < runs; ++r) {
        for (int k = 0; k < kCases; ++k) {
            const Case c = Case((r + k) % kCases);
            const bool bareCase = c == Bare || c == BareFast;
            const double speed = c == ContoursFast || c == BareFast ? 16.0 : 1.0;
            const Playback p = play(bareCase ? bare : annotated, cinePath, c == ContoursAndPlot, speed);
            fps[c].push_back(p.fps);
            painted[c].push_back(p.painted);
            if (c == Contours)
                contoursShown = p.contoursOnLast;
        }
    }
    const double rate = cine.frameRate;
    const double with = bench::medianOf(fps[Contours]), plot = bench::medianOf(fps[ContoursAndPlot]),
                 without = bench::medianOf(fps[Bare]);
    std::printf("Synthetic wrist cine, %d frames %dx%d 8-bit uncompressed DICOM at %.0f fps, %d runs (median)\n", kFrames,
                cine.profile.imageSize.width(), cine.profile.imageSize.height(), rate, runs);
    std::printf("  contours on the last frame shown: %d (one per frame expected)\n", contoursShown);
    std::printf("  %-42s %6.1f fps   %5.0f of %d frames painted after the first\n", "a contour on every frame, measurements dock", with,
                bench::medianOf(painted[Contours]), kFrames - 1);
    std::printf("  %-42s %6.1f fps   %5.0f of %d frames painted after the first\n", "the same and the area-along-cine plot shown", plot,
                bench::medianOf(painted[ContoursAndPlot]), kFrames - 1);
    std::printf("  %-42s %6.1f fps   %5.0f of %d frames painted after the first\n", "peer: same cine, no contours", without,
                bench::medianOf(painted[Bare]), kFrames - 1);
    const double fastWith = bench::medianOf(fps[ContoursFast]), fastWithout = bench::medianOf(fps[BareFast]);
    std::printf("  headroom, played at 16x (480 fps asked):\n");
    std::printf("  %-42s %6.1f fps   %5.0f of %d frames painted after the first\n", "a contour on every frame", fastWith,
                bench::medianOf(painted[ContoursFast]), kFrames - 1);
    std::printf("  %-42s %6.1f fps   %5.0f of %d frames painted after the first   ratio %.3f\n", "peer: no contours", fastWithout,
                bench::medianOf(painted[BareFast]), kFrames - 1, fastWithout > 0 ? fastWith / fastWithout : 0.0);
    const double worst = std::min(with, plot);
    std::printf("  ratio contours/peer %.3f, with plot/peer %.3f   target: keeps the file's %.0f fps (>= %.1f): %s\n",
                without > 0 ? with / without : 0.0, without > 0 ? plot / without : 0.0, rate, 0.95 * rate,
                worst >= 0.95 * rate ? "met" : "NOT met");
    return 0;
}
