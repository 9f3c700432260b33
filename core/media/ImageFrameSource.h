#pragma once
// Still images read with Qt's image plugins: PNG, JPEG, TIFF (8 and 16 bits per sample),
// BMP, PGM/PPM (also WebP and GIF). A multi-page TIFF whose pages share one size gives one
// frame per page. Pixels are stored as FrameSource promises: grey images (including
// grey+alpha PNGs, grey palettes and 1-bit images) as Grayscale8 or Grayscale16, colour as
// RGB888 with any alpha channel dropped (16-bit colour is reduced to 8 bits per channel).
// Frames are decoded on demand; opening decodes the first one to check it.

#include "core/media/MediaOpener.h"

namespace ns::media {

// One decoded still image and what the file said about it.
struct StillImage {
    QImage image;        // Grayscale8, Grayscale16 or RGB888
    QByteArray format;   // Qt's name of the file format: "png", "jpeg", "tiff", ...
    bool alphaDropped = false;
    bool depthReduced = false; // 16-bit colour shown with 8 bits per channel
};

// Reads page `page` of `path`. On failure the image is null and `reason` (if given) says
// why in a phrase that fits "Cannot open FILE: <reason>."
StillImage readStillImage(const QString& path, int page, QString* reason);

// The header of `path` without decoding pixels: size and Qt's format name. False, with a
// reason, when Qt cannot read the file as an image NerveScope accepts.
bool peekStillImage(const QString& path, QSize* size, QByteArray* format, QString* reason);

// Converts a frame to the format chosen for a whole source (sequence or multi-page file).
QImage conformToFormat(const QImage& frame, QImage::Format format);

// "PNG", "JPEG", "TIFF", ... for display.
QString stillFormatLabel(const QByteArray& format);

class ImageFrameSource : public FrameSource {
public:
    static OpenResult open(const QString& path);

protected:
    QImage decodeFrame(int index, QString* error) override;

private:
    ImageFrameSource() = default;

    QString m_path;
    QImage::Format m_format = QImage::Format_Invalid;
};

} // namespace ns::media
