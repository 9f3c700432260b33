// What the user feels in the viewer, on a 1,000-frame DICOM cine and a real video:
//  - open to first frame on screen (MainWindow::openPath -> frameShown), target < 300 ms;
//  - frame step (Right arrow equivalent -> frameShown), uncached and cached, target < 16 ms.
// Each beside its peer in the same process: the bare decode (openMedia + frame +
// toDisplayImage) with no window, so the ratio is what the GUI adds. Runs on whatever
// platform QT_QPA_PLATFORM names (run-all.sh uses offscreen). Usage: bench_viewer [runs]

#include "bench/BenchStats.h"
#include "bench/LongCine.h"
#include "core/media/DisplayMapping.h"
#include "core/media/MediaOpener.h"
#include "ui/MainWindow.h"
#include "ui/viewer/StudyViewer.h"

#include <QApplication>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

using namespace ns;

namespace {

// Runs `start`, then spins the event loop until frameShown(index) arrives; ms, or -1.
double untilShown(ui::MainWindow& w, int index, const std::function<void()>& start)
{
    QEventLoop loop;
    bool shown = false;
    auto c = QObject::connect(&w, &ui::MainWindow::frameShown, &loop, [&](int i) {
        if (i == index) {
            shown = true;
            loop.quit();
        }
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    QElapsedTimer t;
    t.start();
    start();
    if (!shown)
        loop.exec();
    const double ms = t.nsecsElapsed() / 1e6;
    QObject::disconnect(c);
    return shown ? ms : -1;
}

void report(const char* what, const std::vector<double>& gui, const std::vector<double>& peer, double target)
{
    const double g = bench::medianOf(gui), p = bench::medianOf(peer);
    std::printf("  %-34s %8.2f ms   peer decode only %8.2f ms   ratio %5.2f   target < %g ms: %s\n", what, g, p,
                p > 0 ? g / p : 0.0, target, g < target ? "met" : "NOT met");
}

void benchStudy(const QString& path, const char* label, int runs)
{
    std::vector<double> open, openPeer, step, stepPeer, cached;
    for (int r = 0; r < runs; ++r) {
        ui::MainWindow w;
        w.resize(1400, 900);
        w.show();
        open.push_back(untilShown(w, 0, [&] { w.openPath(path); }));
        openPeer.push_back(bench::timeMs([&] {
            auto src = media::openMedia(path).source;
            media::toDisplayImage(src->frame(0), src->info().defaultWindow, src->info().bitsStored);
        }));
        auto peerSrc = media::openMedia(path).source;
        ui::StudyViewer* v = w.viewer();
        for (int i = 1; i <= 60; ++i) {
            step.push_back(untilShown(w, i, [&] { v->stepFrame(1); }));
            stepPeer.push_back(bench::timeMs([&] {
                media::toDisplayImage(peerSrc->frame(i), peerSrc->info().defaultWindow, peerSrc->info().bitsStored);
            }));
        }
        for (int i = 59; i >= 1; --i) // back over frames now in the cache
            cached.push_back(untilShown(w, i, [&] { v->stepFrame(-1); }));
    }
    std::printf("%s, %d runs (median)\n", label, runs);
    report("open to first frame on screen", open, openPeer, 300);
    report("step to next frame (decode)", step, stepPeer, 16);
    report("step back (cached frame)", cached, stepPeer, 16);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 5;
    QTemporaryDir dir;
    const QString cine = dir.filePath(QStringLiteral("long-cine.dcm"));
    if (const QString err = bench::writeLongUltrasoundCine(cine, 1000); !err.isEmpty()) {
        std::fprintf(stderr, "cannot write the cine: %s\n", qPrintable(err));
        return 1;
    }
    benchStudy(cine, "DICOM cine, 1,000 frames 565x442 8-bit, uncompressed", runs);
    const QString jpegCine = dir.filePath(QStringLiteral("long-cine-jpeg.dcm"));
    if (const QString err = bench::writeLongUltrasoundCine(jpegCine, 1000, bench::CineCompression::JpegBaseline); !err.isEmpty()) {
        std::fprintf(stderr, "cannot write the JPEG cine: %s\n", qPrintable(err));
        return 1;
    }
    benchStudy(jpegCine, "DICOM cine, 1,000 frames 565x442 8-bit, JPEG baseline", runs);
    const QString video = QStringLiteral("/usr/share/doc/opencv-doc/examples/data/vtest.avi");
    if (QFile::exists(video))
        benchStudy(video, "Video vtest.avi, 795 frames 768x576 (OpenCV sample)", runs);
    return 0;
}
