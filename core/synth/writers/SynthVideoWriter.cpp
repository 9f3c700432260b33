#include "core/synth/writers/SynthVideoWriter.h"

#include <opencv2/core/utils/logger.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ns::synth {

namespace {

// Quietens OpenCV's own logger while probing codecs: a refused fourcc is expected, and
// the CLI promises one line on failure.
class QuietOpenCv {
public:
    QuietOpenCv() : m_old(cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_SILENT)) {}
    ~QuietOpenCv() { cv::utils::logging::setLogLevel(m_old); }

private:
    cv::utils::logging::LogLevel m_old;
};
} // namespace

bool writeSynthVideo(const SynthCine& cine, const QString& path, QString* error, const ns::jobs::Progress& progress)
{
    auto failWith = [&](const QString& reason) {
        if (error)
            *error = QCoreApplication::translate("SynthVideoWriter", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    if (cine.frames.empty())
        return failWith(QCoreApplication::translate("SynthVideoWriter", "the cine has no frames"));
    const QString suffix = QFileInfo(path).suffix().toLower();
    QList<int> fourccs;
    if (suffix == QLatin1String("mp4"))
        fourccs = {cv::VideoWriter::fourcc('a', 'v', 'c', '1'), cv::VideoWriter::fourcc('m', 'p', '4', 'v')};
    else if (suffix == QLatin1String("avi"))
        fourccs = {cv::VideoWriter::fourcc('M', 'J', 'P', 'G')};
    else
        return failWith(QCoreApplication::translate("SynthVideoWriter", "unknown video type \".%1\" (use .mp4 or .avi)").arg(suffix));

    const QSize size = cine.frames.front().image.size();
    // OpenCV's FFmpeg writer silently drops the last column/row of odd sizes (4:2:0 chroma);
    // pad by replicating the edge instead, so no image content is lost.
    const QSize even(size.width() + size.width() % 2, size.height() + size.height() % 2);
    const double fps = cine.frameRate > 0 ? cine.frameRate : cine.profile.frameRate;
    const std::string native = QFile::encodeName(path).toStdString();
    cv::VideoWriter writer;
    {
        QuietOpenCv quiet;
        for (int fourcc : fourccs) {
            try {
                if (writer.open(native, cv::CAP_FFMPEG, fourcc, fps, cv::Size(even.width(), even.height()), true))
                    break;
            } catch (const cv::Exception&) {
                // try the next codec
            }
        }
    }
    if (!writer.isOpened())
        return failWith(QCoreApplication::translate("SynthVideoWriter", "no video encoder accepted the file (is the folder writable?)"));

    cv::Mat padded, bgr;
    for (size_t i = 0; i < cine.frames.size(); ++i) {
        if (progress.isCancelled()) {
            writer.release();
            QFile::remove(path);
            return failWith(QCoreApplication::translate("SynthVideoWriter", "cancelled"));
        }
        QImage img = cine.frames[i].image;
        if (img.size() != size)
            return failWith(QCoreApplication::translate("SynthVideoWriter", "frame %1 has a different size").arg(i + 1));
        if (img.format() != QImage::Format_Grayscale8)
            img = img.convertToFormat(QImage::Format_Grayscale8);
        const cv::Mat grey(img.height(), img.width(), CV_8UC1, const_cast<uchar*>(img.constBits()), size_t(img.bytesPerLine()));
        cv::copyMakeBorder(grey, padded, 0, even.height() - size.height(), 0, even.width() - size.width(), cv::BORDER_REPLICATE);
        cv::cvtColor(padded, bgr, cv::COLOR_GRAY2BGR);
        writer.write(bgr);
        progress.report(double(i + 1) / double(cine.frames.size()), QCoreApplication::translate("SynthVideoWriter", "wrote frame %1").arg(i + 1));
    }
    writer.release();
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return failWith(QCoreApplication::translate("SynthVideoWriter", "the encoder wrote nothing"));
    return true;
}

} // namespace ns::synth
