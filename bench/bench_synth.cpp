// Synthetic sonography speed: generation time per frame for each scanner profile
// (median of several cines), beside an in-process peer: the PSF convolution alone and
// cv::GaussianBlur of the same frame, as ratios. Target: 300 HM70A frames < 30 s.
#include "bench/BenchStats.h"
#include "core/synth/BModeFormer.h"
#include "core/synth/CineGenerator.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>

#include <cstdio>

using namespace ns::synth;
using ns::bench::medianOf;
using ns::bench::timeMs;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    cv::setNumThreads(1); // the target is one core
    const int framesPerCine = 20, runs = 5;
    std::printf("%-10s %-13s %10s %12s %10s %12s %10s\n", "profile", "view", "ms/frame", "psf conv ms", "ratio",
                "gblur ms", "ratio");
    for (const ScannerProfile& p : scannerProfiles()) {
        for (View v : {View::WristTransverse, View::Longitudinal}) {
            std::vector<double> perFrame;
            for (int r = 0; r < runs; ++r) {
                SynthRequest req;
                req.profile = p.name;
                req.view = v;
                req.frames = framesPerCine;
                req.seed = 10 + r;
                perFrame.push_back(timeMs([&] { generateCine(req); }) / framesPerCine);
            }
            const cv::Size size(p.imageSize.width(), p.imageSize.height());
            cv::Mat re(size, CV_32F), im(size, CV_32F), oRe, oIm, blurred;
            cv::randn(re, 0, 1);
            cv::randn(im, 0, 1);
            const BModeFormer former(p, 1);
            std::vector<double> conv, blur;
            for (int r = 0; r < runs * 4; ++r) {
                conv.push_back(timeMs([&] { former.convolveOnly(re, im, oRe, oIm); }));
                blur.push_back(timeMs([&] { cv::GaussianBlur(re, blurred, cv::Size(15, 15), 0); }));
            }
            const double f = medianOf(perFrame), c = medianOf(conv), b = medianOf(blur);
            std::printf("%-10s %-13s %10.2f %12.2f %10.1f %12.2f %10.1f\n", qPrintable(p.name), qPrintable(viewName(v)), f,
                        c, f / c, b, f / b);
        }
    }
    SynthRequest target;
    target.frames = 300;
    const double wholeMs = timeMs([&] { generateCine(target); });
    std::printf("300-frame hm70a wrist cine (565x442): %.2f s (target < 30 s)\n", wholeMs / 1000);
    std::printf("(one thread; ms/frame = whole cine incl. anatomy, PSF, envelope, log, ground truth; %d-frame cines, "
                "median of %d)\n",
                framesPerCine, runs);
    return 0;
}
