// Writes docs/synth-contact-sheet.png: one frame of every view x scanner profile x CTS
// grade, plus a bifid nerve and an empty frame, labelled; for judging the synthetic
// sonography by eye against real scans. With --cine OUT2.png also a strip of frames
// through one 20 mm sweep, without and with the ground-truth contours, to judge the
// continuity of anatomy and label. Usage:
//   synth_contact_sheet [OUT.png] [--frames DIR] [--cine OUT2.png]
#include "core/synth/CineGenerator.h"
#include "core/synth/Severity.h"
#include "core/synth/SynthTypes.h"

#include <QCoreApplication>
#include <QDir>
#include <QStringList>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <cstdio>

using namespace ns::synth;

namespace {

constexpr int kTileW = 280, kTileH = 240, kTextH = 32, kGap = 6;
// Grey only: speckle barely compresses, and a colour sheet would be three times larger.

cv::Mat toMat(const QImage& img)
{
    const QImage g = img.convertToFormat(QImage::Format_Grayscale8);
    return cv::Mat(g.height(), g.width(), CV_8U, const_cast<uchar*>(g.constBits()), g.bytesPerLine()).clone();
}

cv::Mat tile(const SynthFrame& f, const QString& line1, const QString& line2)
{
    const cv::Mat img = toMat(f.image);
    const double s = std::min(double(kTileW) / img.cols, double(kTileH) / img.rows);
    cv::Mat small;
    cv::resize(img, small, cv::Size(), s, s, cv::INTER_AREA);
    cv::Mat out(kTileH + kTextH, kTileW, CV_8U, cv::Scalar(0));
    small.copyTo(out(cv::Rect((kTileW - small.cols) / 2, 0, small.cols, small.rows)));
    cv::putText(out, line1.toStdString(), {4, kTileH + 13}, cv::FONT_HERSHEY_SIMPLEX, 0.4, {255}, 1, cv::LINE_AA);
    cv::putText(out, line2.toStdString(), {4, kTileH + 27}, cv::FONT_HERSHEY_SIMPLEX, 0.36, {190}, 1, cv::LINE_AA);
    return out;
}

bool writeCineStrip(const QString& path)
{
    SynthRequest r;
    r.grade = Grade::Moderate;
    r.frames = 100;
    r.seed = 2024;
    const SynthCine cine = generateCine(r);
    const int picks[6] = {0, 20, 40, 60, 80, 99};
    cv::Mat strip(2 * (kTileH + kTextH), 6 * (kTileW + kGap), CV_8U, cv::Scalar(0));
    for (int k = 0; k < 6; ++k) {
        const SynthFrame& f = cine.frames.at(picks[k]);
        const QString l1 = QStringLiteral("frame %1  %2  %3 mm").arg(picks[k]).arg(f.truth.level).arg(f.truth.sweepPositionMm, 0, 'f', 1);
        const QString l2 = QStringLiteral("nerve %1 mm2").arg(f.truth.areaMm2, 0, 'f', 1);
        tile(f, l1, l2).copyTo(strip(cv::Rect(k * (kTileW + kGap), 0, kTileW, kTileH + kTextH)));
        SynthFrame outlined = f;
        cv::Mat img = toMat(f.image);
        for (const QPolygonF& poly : f.truth.contours) {
            std::vector<cv::Point> pts;
            for (const QPointF& q : poly)
                pts.emplace_back(cvRound(q.x() * 4), cvRound(q.y() * 4));
            cv::polylines(img, std::vector<std::vector<cv::Point>>{pts}, true, cv::Scalar(255), 1, cv::LINE_AA, 2);
        }
        outlined.image = QImage(img.data, img.cols, img.rows, static_cast<int>(img.step), QImage::Format_Grayscale8).copy();
        tile(outlined, QStringLiteral("ground truth"), QString())
            .copyTo(strip(cv::Rect(k * (kTileW + kGap), kTileH + kTextH, kTileW, kTileH + kTextH)));
    }
    if (!cv::imwrite(path.toStdString(), strip)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("cine strip written to %s\n", qPrintable(path));
    return true;
}

// A seed whose wrist is typical of its grade (CSA within 1 mm^2 of the grade's mean), so
// the sheet shows the progression; the distributions themselves overlap.
std::uint64_t typicalSeed(Grade g, std::uint64_t from)
{
    for (std::uint64_t s = from; s < from + 1000; ++s)
        if (std::abs(sampleSeverity(g, s).csaMm2 - meanCsaMm2(g)) < 1.0)
            return s;
    return from;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString framesDir;
    const int fi = args.indexOf(QStringLiteral("--frames"));
    if (fi >= 0 && fi + 1 < args.size()) {
        framesDir = args.at(fi + 1);
        args.remove(fi, 2);
        QDir().mkpath(framesDir);
    }
    QString cineOut;
    const int ci = args.indexOf(QStringLiteral("--cine"));
    if (ci >= 0 && ci + 1 < args.size()) {
        cineOut = args.at(ci + 1);
        args.remove(ci, 2);
    }
    const QString out = args.value(0, QStringLiteral("docs/synth-contact-sheet.png"));
    if (!cineOut.isEmpty() && !writeCineStrip(cineOut))
        return 1;

    std::vector<cv::Mat> tiles;
    auto add = [&](SynthRequest req, const QString& tag) {
        const SynthCine cine = generateCine(req);
        if (cine.frames.empty())
            return;
        const SynthFrame& f = cine.frames.front();
        const QString l1 = QStringLiteral("%1 %2 %3%4").arg(viewName(req.view), req.profile, gradeName(req.grade), tag);
        const QString l2 = f.truth.nervePresent
            ? QStringLiteral("%1 CSA %2 / shown %3 mm2").arg(f.truth.level).arg(f.truth.severity.csaMm2, 0, 'f', 1).arg(f.truth.areaMm2, 0, 'f', 1)
            : QStringLiteral("%1  no nerve in view").arg(f.truth.level);
        tiles.push_back(tile(f, l1, l2));
        if (!framesDir.isEmpty()) {
            const QString base = QStringLiteral("%1/%2_%3_%4%5").arg(framesDir, viewName(req.view), req.profile, gradeName(req.grade), QString(tag).remove(' '));
            f.image.save(base + QStringLiteral(".png"));
            f.truth.mask.save(base + QStringLiteral("_mask.png"));
        }
    };
    for (View v : {View::WristTransverse, View::ForearmTransverse, View::Longitudinal})
        for (const ScannerProfile& p : scannerProfiles())
            for (Grade g : {Grade::Normal, Grade::Mild, Grade::Moderate, Grade::Severe}) {
                SynthRequest r;
                r.view = v;
                r.profile = p.name;
                r.grade = g;
                r.seed = typicalSeed(g, 1000 + 10 * static_cast<int>(g));
                add(r, QString());
            }
    for (const ScannerProfile& p : scannerProfiles()) {
        SynthRequest bif;
        bif.profile = p.name;
        bif.bifid = true;
        bif.seed = 77;
        add(bif, QStringLiteral(" bifid"));
    }
    SynthRequest empty;
    empty.emptyFrames = true;
    empty.seed = 78;
    add(empty, QStringLiteral(" empty"));

    const int perRow = 8; // views x profiles: each row of 4 is one view x profile, grades left to right
    const int rows = static_cast<int>((tiles.size() + perRow - 1) / perRow);
    cv::Mat sheet(rows * (kTileH + kTextH), perRow * (kTileW + kGap), CV_8U, cv::Scalar(0));
    for (size_t i = 0; i < tiles.size(); ++i)
        tiles[i].copyTo(sheet(cv::Rect(static_cast<int>(i % perRow) * (kTileW + kGap), static_cast<int>(i / perRow) * (kTileH + kTextH),
                                       kTileW, kTileH + kTextH)));
    if (!cv::imwrite(out.toStdString(), sheet)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(out));
        return 1;
    }
    std::printf("%zu tiles written to %s\n", tiles.size(), qPrintable(out));
    return 0;
}
