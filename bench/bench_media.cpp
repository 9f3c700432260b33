// Core-level decode costs, each reported beside a peer measured in the same process:
//  - open-to-first-frame of a 1,000-frame DICOM cine vs reading that frame's raw bytes;
//  - sequential frame step (uncached) vs a raw read of the same bytes;
//  - open-to-first-frame of a real video vs OpenCV's own VideoCapture open + read.
// Not a test: prints medians of several runs. Usage: bench_media [runs]

#include "bench/BenchStats.h"
#include "bench/LongCine.h"
#include "core/media/MediaOpener.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <opencv2/videoio.hpp>
#include <cstdio>

using namespace ns;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 7;
    QTemporaryDir dir;
    const QString cine = dir.filePath(QStringLiteral("long-cine.dcm"));
    const int frames = 1000, rows = 442, cols = 565;
    if (const QString err = bench::writeLongUltrasoundCine(cine, frames, bench::CineCompression::None, rows, cols); !err.isEmpty()) {
        std::fprintf(stderr, "cannot write the cine: %s\n", qPrintable(err));
        return 1;
    }
    const qint64 frameBytes = qint64(rows) * cols;
    const qint64 pixelOffset = QFile(cine).size() - frameBytes * frames;

    std::vector<double> open, openPeer, step, stepPeer;
    for (int r = 0; r < runs; ++r) {
        open.push_back(bench::timeMs([&] {
            auto src = media::openMedia(cine).source;
            if (!src || src->frame(0).isNull())
                std::abort();
        }));
        openPeer.push_back(bench::timeMs([&] {
            QFile f(cine);
            f.open(QIODevice::ReadOnly);
            f.seek(pixelOffset);
            if (f.read(frameBytes).size() != frameBytes)
                std::abort();
        }));
        auto src = media::openMedia(cine).source;
        src->cache().setBudgetBytes(0); // every step decodes
        std::vector<double> steps, peers;
        QFile f(cine);
        f.open(QIODevice::ReadOnly);
        for (int i = 0; i < 200; ++i) {
            const int index = (r * 97 + i) % frames;
            steps.push_back(bench::timeMs([&] { if (src->frame(index).isNull()) std::abort(); }));
            peers.push_back(bench::timeMs([&] { f.seek(pixelOffset + frameBytes * index); f.read(frameBytes); }));
        }
        step.push_back(bench::medianOf(steps));
        stepPeer.push_back(bench::medianOf(peers));
    }
    std::printf("DICOM cine %d frames %dx%d 8-bit, %d runs (median ms)\n", frames, cols, rows, runs);
    std::printf("  open to first frame decoded   %8.3f   peer raw read of frame 1 %8.3f   ratio %6.1f\n",
                bench::medianOf(open), bench::medianOf(openPeer), bench::medianOf(open) / bench::medianOf(openPeer));
    std::printf("  frame step (uncached decode)  %8.3f   peer raw read of a frame %8.3f   ratio %6.1f\n",
                bench::medianOf(step), bench::medianOf(stepPeer), bench::medianOf(step) / bench::medianOf(stepPeer));

    const QString video = QStringLiteral("/usr/share/doc/opencv-doc/examples/data/vtest.avi");
    if (QFile::exists(video)) {
        std::vector<double> vOpen, vPeer, vStep, vStepPeer;
        for (int r = 0; r < runs; ++r) {
            vOpen.push_back(bench::timeMs([&] {
                auto src = media::openMedia(video).source;
                if (!src || src->frame(0).isNull())
                    std::abort();
            }));
            vPeer.push_back(bench::timeMs([&] {
                cv::VideoCapture cap(video.toStdString(), cv::CAP_FFMPEG);
                cv::Mat m;
                if (!cap.read(m))
                    std::abort();
            }));
            auto src = media::openMedia(video).source;
            cv::VideoCapture cap(video.toStdString(), cv::CAP_FFMPEG);
            cv::Mat m;
            std::vector<double> s, p;
            for (int i = 0; i < 100; ++i) {
                s.push_back(bench::timeMs([&] { src->frame(i); }));
                p.push_back(bench::timeMs([&] { cap.read(m); }));
            }
            vStep.push_back(bench::medianOf(s));
            vStepPeer.push_back(bench::medianOf(p));
        }
        std::printf("Video vtest.avi (OpenCV sample), %d runs (median ms)\n", runs);
        std::printf("  open to first frame decoded   %8.3f   peer cv::VideoCapture    %8.3f   ratio %6.1f\n",
                    bench::medianOf(vOpen), bench::medianOf(vPeer), bench::medianOf(vOpen) / bench::medianOf(vPeer));
        std::printf("  sequential step               %8.3f   peer cv::VideoCapture    %8.3f   ratio %6.1f\n",
                    bench::medianOf(vStep), bench::medianOf(vStepPeer), bench::medianOf(vStep) / bench::medianOf(vStepPeer));
    }
    return 0;
}
