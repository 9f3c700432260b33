#include "core/media/MediaOpener.h"

#include "core/media/Openers.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ns::media {

namespace {

bool hasDicomPreamble(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(132);
    return head.size() == 132 && head.mid(128, 4) == "DICM";
}

const QStringList kVideoSuffixes = {"mp4", "m4v", "avi", "mov", "mpg", "mpeg", "mkv", "wmv", "webm", "ogv"};
const QStringList kImageSuffixes = {"png", "jpg", "jpeg", "tif", "tiff", "bmp", "pgm", "ppm"};
} // namespace

bool hasVideoExtension(const QString& path)
{
    return kVideoSuffixes.contains(QFileInfo(path).suffix().toLower());
}

bool hasImageExtension(const QString& path)
{
    return kImageSuffixes.contains(QFileInfo(path).suffix().toLower());
}

OpenResult openMedia(const QString& path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return {nullptr, QCoreApplication::translate("MediaOpener", "Cannot open %1: the file does not exist.").arg(path)};
    if (fi.isDir())
        return openImageFolder(path);
    if (!fi.isReadable())
        return {nullptr, QCoreApplication::translate("MediaOpener", "Cannot open %1: permission denied.").arg(path)};
    if (fi.size() == 0)
        return {nullptr, QCoreApplication::translate("MediaOpener", "Cannot open %1: the file is empty.").arg(path)};

    if (hasDicomPreamble(path))
        return openDicomFile(path);
    if (hasVideoExtension(path))
        return openVideoFile(path);
    if (hasImageExtension(path))
        return openImageFile(path);

    // No preamble and no telling extension: DICOM without a file meta header is common in
    // old archives, so try it first, then the other decoders; report the DICOM reason only
    // if nothing else recognised the file.
    OpenResult dicom = openDicomFile(path);
    if (dicom)
        return dicom;
    if (OpenResult image = openImageFile(path))
        return image;
    if (OpenResult video = openVideoFile(path))
        return video;
    return {nullptr, QCoreApplication::translate("MediaOpener", "Cannot open %1: it is not a DICOM, image or video file that NerveScope can read.").arg(path)};
}

QString openFileFilter()
{
    QStringList video, image;
    for (const QString& s : kVideoSuffixes)
        video << QStringLiteral("*.") + s;
    for (const QString& s : kImageSuffixes)
        image << QStringLiteral("*.") + s;
    return QCoreApplication::translate("MediaOpener", "Ultrasound studies (*.dcm *.dicom %1 %2);;DICOM (*.dcm *.dicom *);;Video (%1);;Images (%2);;All files (*)")
        .arg(video.join(QLatin1Char(' ')), image.join(QLatin1Char(' ')));
}

} // namespace ns::media
