#include "core/media/ImageFrameSource.h"

#include "core/media/Openers.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>

namespace ns::media {

namespace {

// Formats a user may reasonably hand us as a study frame. Qt can also read icons, SVG,
// TGA, XPM, ...; their readers accept almost anything, so they are refused by name.
bool acceptedFormat(const QByteArray& format)
{
    static const QList<QByteArray> kAccepted = {"png", "jpeg", "jpg", "tiff", "tif", "bmp",
                                                "pgm", "ppm", "pbm", "webp", "gif"};
    return kAccepted.contains(format.toLower());
}

QString readerReason(const QImageReader& reader)
{
    switch (reader.error()) {
    case QImageReader::FileNotFoundError: return QCoreApplication::translate("ImageFrameSource", "the file does not exist");
    case QImageReader::DeviceError: return QCoreApplication::translate("ImageFrameSource", "the file cannot be read");
    case QImageReader::UnsupportedFormatError: return QCoreApplication::translate("ImageFrameSource", "it is not an image format NerveScope can read");
    case QImageReader::InvalidDataError: return QCoreApplication::translate("ImageFrameSource", "the image data is damaged or incomplete");
    case QImageReader::UnknownError: break;
    }
    return QCoreApplication::translate("ImageFrameSource", "the image cannot be decoded");
}

// The size of the image as shown, i.e. after the EXIF/TIFF orientation is applied.
QSize orientedSize(QImageReader& reader)
{
    QSize size = reader.size();
    if (reader.autoTransform() && (reader.transformation() & QImageIOHandler::TransformationRotate90))
        size.transpose();
    return size;
}

// Opens `reader` on `path` and checks that it is an accepted format with a sane size.
// Page `page` is selected before anything else is read: Qt's TIFF reader loses count of
// the pages once size() has been asked.
bool prepareReader(QImageReader& reader, const QString& path, QString* reason, int page = 0)
{
    const QFileInfo fi(path);
    if (!fi.exists()) {
        *reason = QCoreApplication::translate("ImageFrameSource", "the file does not exist");
        return false;
    }
    if (!fi.isFile() || !fi.isReadable()) {
        *reason = QCoreApplication::translate("ImageFrameSource", "the file cannot be read");
        return false;
    }
    reader.setFileName(path);
    reader.setAutoTransform(true); // EXIF orientation, as every image viewer shows it
    const QByteArray format = reader.format();
    if (format.isEmpty()) {
        *reason = readerReason(reader);
        return false;
    }
    if (!acceptedFormat(format)) {
        *reason = QCoreApplication::translate("ImageFrameSource", "%1 images are not supported").arg(QString::fromLatin1(format.toUpper()));
        return false;
    }
    if (page > 0 && !reader.jumpToImage(page)) {
        *reason = QCoreApplication::translate("ImageFrameSource", "page %1 cannot be found").arg(page + 1);
        return false;
    }
    const QSize size = reader.size();
    const qint64 limitBytes = qint64(QImageReader::allocationLimit()) * 1024 * 1024;
    if (size.isValid() && limitBytes > 0 && qint64(size.width()) * size.height() * 4 > limitBytes) {
        *reason = QCoreApplication::translate("ImageFrameSource", "the image is too large (%1 x %2 pixels)").arg(size.width()).arg(size.height());
        return false;
    }
    return true;
}

// PNG colour type from the IHDR chunk: 4 = grey + alpha, which Qt decodes as colour.
bool isGreyAlphaPng(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(26);
    return head.size() == 26 && head.startsWith("\x89PNG\r\n\x1a\n") && head.mid(12, 4) == "IHDR" && head.at(25) == 4;
}

// Grey from a decoded colour image whose channels are equal: the red channel, exactly.
QImage redChannel(const QImage& colour, bool sixteenBits)
{
    if (sixteenBits) {
        const QImage src = colour.convertToFormat(QImage::Format_RGBA64);
        QImage out(src.size(), QImage::Format_Grayscale16);
        for (int y = 0; y < src.height(); ++y) {
            const auto* in = reinterpret_cast<const QRgba64*>(src.constScanLine(y));
            auto* o = reinterpret_cast<quint16*>(out.scanLine(y));
            for (int x = 0; x < src.width(); ++x)
                o[x] = in[x].red();
        }
        return out;
    }
    const QImage src = colour.convertToFormat(QImage::Format_ARGB32);
    QImage out(src.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < src.height(); ++y) {
        const auto* in = reinterpret_cast<const QRgb*>(src.constScanLine(y));
        uchar* o = out.scanLine(y);
        for (int x = 0; x < src.width(); ++x)
            o[x] = uchar(qRed(in[x]));
    }
    return out;
}

// The stored format FrameSource promises: grey stays grey, colour becomes RGB888.
QImage toStoredFormat(const QImage& img, bool greyAlpha, StillImage* info)
{
    switch (img.format()) {
    case QImage::Format_Grayscale8:
    case QImage::Format_Grayscale16:
        return img;
    case QImage::Format_Alpha8:
        return img.convertToFormat(QImage::Format_Grayscale8);
    case QImage::Format_Mono:
    case QImage::Format_MonoLSB:
    case QImage::Format_Indexed8:
        if (img.allGray())
            return img.convertToFormat(QImage::Format_Grayscale8);
        info->alphaDropped = img.hasAlphaChannel();
        return img.convertToFormat(QImage::Format_RGB888);
    default:
        break;
    }
    const bool deep = img.depth() > 32;
    info->alphaDropped = img.hasAlphaChannel();
    if (greyAlpha)
        return redChannel(img, deep);
    info->depthReduced = deep;
    // From a non-premultiplied format the alpha channel is simply dropped.
    const QImage straight = img.hasAlphaChannel() && !deep ? img.convertToFormat(QImage::Format_ARGB32) : img;
    return straight.convertToFormat(QImage::Format_RGB888);
}

QString pixelDescription(const QImage& stored, const StillImage& still)
{
    QString text;
    switch (stored.format()) {
    case QImage::Format_Grayscale8: text = QCoreApplication::translate("ImageFrameSource", "greyscale, 8 bits"); break;
    case QImage::Format_Grayscale16: text = QCoreApplication::translate("ImageFrameSource", "greyscale, 16 bits"); break;
    default: text = QCoreApplication::translate("ImageFrameSource", "colour (RGB), 8 bits per channel"); break;
    }
    if (still.depthReduced)
        text += QCoreApplication::translate("ImageFrameSource", "; 16 bits per channel in the file");
    if (still.alphaDropped)
        text += QCoreApplication::translate("ImageFrameSource", "; transparency ignored");
    return text;
}

// Pages of a multi-page TIFF that share the first page's size (a following thumbnail or
// a differently sized page ends the run).
int countPages(const QString& path, QSize firstSize)
{
    QImageReader reader(path); // imageCount() first: Qt's TIFF reader miscounts after size()
    reader.setAutoTransform(true);
    const int n = reader.imageCount();
    int pages = 1;
    for (int i = 1; i < n; ++i) {
        if (!reader.jumpToImage(i) || orientedSize(reader) != firstSize)
            break;
        pages = i + 1;
    }
    return pages;
}
} // namespace

StillImage readStillImage(const QString& path, int page, QString* reason)
{
    StillImage out;
    QString why;
    QImageReader reader;
    if (!prepareReader(reader, path, &why, page)) {
        if (reason)
            *reason = why;
        return out;
    }
    out.format = reader.format().toLower();
    const QImage decoded = reader.read();
    if (decoded.isNull()) {
        if (reason)
            *reason = readerReason(reader);
        return out;
    }
    out.image = toStoredFormat(decoded, out.format == "png" && isGreyAlphaPng(path), &out);
    return out;
}

bool peekStillImage(const QString& path, QSize* size, QByteArray* format, QString* reason)
{
    QImageReader reader;
    QString why;
    if (!prepareReader(reader, path, &why)) {
        if (reason)
            *reason = why;
        return false;
    }
    if (size)
        *size = orientedSize(reader);
    if (format)
        *format = reader.format().toLower();
    return true;
}

QImage conformToFormat(const QImage& frame, QImage::Format format)
{
    return frame.format() == format ? frame : frame.convertToFormat(format);
}

QString stillFormatLabel(const QByteArray& format)
{
    const QByteArray f = format.toLower();
    if (f == "jpg" || f == "jpeg")
        return QStringLiteral("JPEG");
    if (f == "tif" || f == "tiff")
        return QStringLiteral("TIFF");
    return QString::fromLatin1(f.toUpper());
}

OpenResult ImageFrameSource::open(const QString& path)
{
    QString reason;
    const StillImage first = readStillImage(path, 0, &reason);
    if (first.image.isNull())
        return {nullptr, QCoreApplication::translate("ImageFrameSource", "Cannot open %1: %2.").arg(path, reason)};

    auto* source = new ImageFrameSource;
    OpenResult result{std::unique_ptr<FrameSource>(source), {}};
    source->m_path = path;
    source->m_format = first.image.format();
    const int pages = first.format == "tiff" || first.format == "tif" ? countPages(path, first.image.size()) : 1;
    source->setFrameCount(pages);
    source->setFrameSize(first.image.size());
    source->setFrameRate(0.0);

    const bool grey = source->m_format != QImage::Format_RGB888;
    const bool sixteen = source->m_format == QImage::Format_Grayscale16;
    SourceInfo& info = source->mutableInfo();
    info.kind = SourceKind::Image;
    info.path = path;
    const QString label = stillFormatLabel(first.format);
    info.formatName = pages > 1 ? QCoreApplication::translate("ImageFrameSource", "Multi-page %1 image").arg(label) : QCoreApplication::translate("ImageFrameSource", "%1 image").arg(label);
    info.photometric = grey ? QStringLiteral("MONOCHROME2") : QStringLiteral("RGB");
    info.samplesPerPixel = grey ? 1 : 3;
    info.bitsAllocated = sixteen ? 16 : 8;
    info.bitsStored = sixteen ? 16 : 8;

    const QLocale locale;
    info.attributes.append({QCoreApplication::translate("ImageFrameSource", "Format"), label});
    if (pages > 1)
        info.attributes.append({QCoreApplication::translate("ImageFrameSource", "Pages"), QString::number(pages)});
    info.attributes.append({QCoreApplication::translate("ImageFrameSource", "Image size"), QCoreApplication::translate("ImageFrameSource", "%1 x %2 pixels").arg(first.image.width()).arg(first.image.height())});
    info.attributes.append({QCoreApplication::translate("ImageFrameSource", "Pixels"), pixelDescription(first.image, first)});
    info.attributes.append({QCoreApplication::translate("ImageFrameSource", "File size"), locale.formattedDataSize(QFileInfo(path).size())});

    source->cache().insert(0, first.image);
    return result;
}

QImage ImageFrameSource::decodeFrame(int index, QString* error)
{
    QString reason;
    const StillImage still = readStillImage(m_path, index, &reason);
    const QString name = QFileInfo(m_path).fileName();
    if (still.image.isNull()) {
        *error = frameCount() > 1 ? QCoreApplication::translate("ImageFrameSource", "Page %1 of %2 cannot be decoded: %3.").arg(index + 1).arg(name, reason)
                                  : QCoreApplication::translate("ImageFrameSource", "%1 cannot be decoded: %2.").arg(name, reason);
        return {};
    }
    if (still.image.size() != frameSize()) {
        *error = QCoreApplication::translate("ImageFrameSource", "%1 changed on disk: it is now %2 x %3 pixels.").arg(name).arg(still.image.width()).arg(still.image.height());
        return {};
    }
    return conformToFormat(still.image, m_format);
}

OpenResult openImageFile(const QString& path) { return ImageFrameSource::open(path); }

} // namespace ns::media
