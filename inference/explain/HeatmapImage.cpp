#include "inference/explain/HeatmapImage.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QSaveFile>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace ns::inference::explain {

namespace {

// The 256 Turbo colours as OpenCV builds them, computed once.
const cv::Mat& turboTable()
{
    static const cv::Mat table = [] {
        cv::Mat ramp(1, 256, CV_8UC1);
        for (int i = 0; i < 256; ++i)
            ramp.at<unsigned char>(i) = static_cast<unsigned char>(i);
        cv::Mat bgr;
        cv::applyColorMap(ramp, bgr, cv::COLORMAP_TURBO);
        return bgr;
    }();
    return table;
}

} // namespace

HeatmapScale positiveScale(const cv::Mat& map)
{
    double hi = 0;
    cv::minMaxLoc(map, nullptr, &hi);
    return {0.0, hi > 0 ? hi : 1.0};
}

QColor heatColour(double t)
{
    const int i = std::clamp(int(t * 255.0 + 0.5), 0, 255);
    const cv::Vec3b c = turboTable().at<cv::Vec3b>(i);
    return QColor(c[2], c[1], c[0]);
}

QImage heatmapLayer(const cv::Mat& map, const HeatmapScale& scale, double opacity)
{
    CV_Assert(map.type() == CV_32FC1);
    QImage out(map.cols, map.rows, QImage::Format_ARGB32);
    const cv::Mat& table = turboTable();
    const double span = std::max(1e-12, scale.hi - scale.lo);
    opacity = std::clamp(opacity, 0.0, 1.0);
    for (int y = 0; y < map.rows; ++y) {
        const float* m = map.ptr<float>(y);
        auto* o = reinterpret_cast<QRgb*>(out.scanLine(y));
        for (int x = 0; x < map.cols; ++x) {
            const double t = std::clamp((m[x] - scale.lo) / span, 0.0, 1.0);
            const cv::Vec3b c = table.at<cv::Vec3b>(int(t * 255.0 + 0.5));
            // A floor of a third keeps the colour visible over the whole map.
            const int a = int(255.0 * opacity * (0.35 + 0.65 * t) + 0.5);
            o[x] = qRgba(c[2], c[1], c[0], a);
        }
    }
    return out;
}

QImage overlayHeatmap(const QImage& frame, const cv::Mat& map, double opacity)
{
    QImage out = frame.convertToFormat(QImage::Format_RGB32);
    QPainter p(&out);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(out.rect(), heatmapLayer(map, positiveScale(map), opacity));
    p.end();
    return out;
}

bool writeOverlay(const QString& path, const QImage& frame, const cv::Mat& map, double opacity, QString* error)
{
    const QImage img = overlayHeatmap(frame, map, opacity);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !img.save(&f, QFileInfo(path).suffix().isEmpty() ? "PNG" : nullptr) || !f.commit()) {
        if (error)
            *error = QCoreApplication::translate("Explain", "cannot write %1 (is the folder writable and the suffix an image format?)").arg(path);
        return false;
    }
    return true;
}

bool writeRawTiff(const QString& path, const cv::Mat& map, QString* error)
{
    CV_Assert(map.type() == CV_32FC1);
    // OpenCV writes the file itself; go through a temporary name so a failure leaves no
    // half-written TIFF under the final name.
    const QString tmp = path + QStringLiteral(".partial.tiff");
    bool ok = false;
    try {
        ok = cv::imwrite(QFile::encodeName(tmp).toStdString(), map);
    } catch (const cv::Exception&) {
        ok = false;
    }
    if (ok) {
        QFile::remove(path);
        ok = QFile::rename(tmp, path);
    }
    if (!ok) {
        QFile::remove(tmp);
        if (error)
            *error = QCoreApplication::translate("Explain", "cannot write the float TIFF %1").arg(path);
    }
    return ok;
}

} // namespace ns::inference::explain
