#include "core/media/ImageSequenceSource.h"

#include "core/media/ImageFrameSource.h"
#include "core/media/Openers.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace ns::media {

namespace {

QString sizeText(QSize s) { return QCoreApplication::translate("ImageSequenceSource", "%1 x %2 pixels").arg(s.width()).arg(s.height()); }
} // namespace

void sortNaturally(QStringList& names)
{
    // A fixed locale: frame order must not depend on the user's language settings (the
    // "C" locale would also switch numeric collation off).
    QCollator collator(QLocale(QLocale::English, QLocale::UnitedStates));
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(names.begin(), names.end(), [&](const QString& a, const QString& b) {
        const int c = collator.compare(a, b);
        return c != 0 ? c < 0 : a < b; // "frame01" and "frame1" collate equal: keep a total order
    });
}

OpenResult ImageSequenceSource::open(const QString& folder)
{
    auto fail = [&](const QString& reason) { return OpenResult{nullptr, QCoreApplication::translate("ImageSequenceSource", "Cannot open %1: %2.").arg(folder, reason)}; };
    const QFileInfo fi(folder);
    if (!fi.exists())
        return fail(QCoreApplication::translate("ImageSequenceSource", "the folder does not exist"));
    if (!fi.isDir())
        return fail(QCoreApplication::translate("ImageSequenceSource", "it is not a folder"));
    if (!fi.isReadable() || !fi.isExecutable())
        return fail(QCoreApplication::translate("ImageSequenceSource", "the folder cannot be read"));

    const QDir dir(folder);
    QStringList names;
    for (const QString& name : dir.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::NoSort))
        if (hasImageExtension(name))
            names << name;
    if (names.isEmpty())
        return fail(QCoreApplication::translate("ImageSequenceSource", "the folder contains no images (PNG, JPEG, TIFF, BMP, PGM or PPM)"));
    sortNaturally(names);

    QStringList files;
    files.reserve(names.size());
    for (const QString& name : names)
        files << dir.absoluteFilePath(name);

    QString reason;
    const StillImage first = readStillImage(files.first(), 0, &reason);
    if (first.image.isNull())
        return fail(QCoreApplication::translate("ImageSequenceSource", "%1 cannot be read: %2").arg(names.first(), reason));
    const QSize size = first.image.size();
    QStringList formats{stillFormatLabel(first.format)};
    for (int i = 1; i < files.size(); ++i) {
        QSize s;
        QByteArray format;
        if (!peekStillImage(files[i], &s, &format, &reason))
            return fail(QCoreApplication::translate("ImageSequenceSource", "%1 cannot be read: %2").arg(names[i], reason));
        if (s != size)
            return fail(QCoreApplication::translate("ImageSequenceSource", "%1 is %2 but %3 is %4; all images in a folder must have the same size")
                            .arg(names[i], sizeText(s), names.first(), sizeText(size)));
        const QString label = stillFormatLabel(format);
        if (!formats.contains(label))
            formats << label;
    }

    auto* source = new ImageSequenceSource;
    OpenResult result{std::unique_ptr<FrameSource>(source), {}};
    source->m_files = files;
    source->m_format = first.image.format();
    source->setFrameCount(int(files.size()));
    source->setFrameSize(size);
    source->setFrameRate(0.0);

    const bool grey = source->m_format != QImage::Format_RGB888;
    const bool sixteen = source->m_format == QImage::Format_Grayscale16;
    SourceInfo& info = source->mutableInfo();
    info.kind = SourceKind::ImageSequence;
    info.path = folder;
    info.formatName = formats.size() == 1 ? QCoreApplication::translate("ImageSequenceSource", "%1 image sequence").arg(formats.first())
                                          : QCoreApplication::translate("ImageSequenceSource", "Image sequence (%1)").arg(formats.join(QStringLiteral(", ")));
    info.photometric = grey ? QStringLiteral("MONOCHROME2") : QStringLiteral("RGB");
    info.samplesPerPixel = grey ? 1 : 3;
    info.bitsAllocated = sixteen ? 16 : 8;
    info.bitsStored = sixteen ? 16 : 8;
    info.attributes.append({QCoreApplication::translate("ImageSequenceSource", "Format"), formats.join(QStringLiteral(", "))});
    info.attributes.append({QCoreApplication::translate("ImageSequenceSource", "Images"), QString::number(files.size())});
    info.attributes.append({QCoreApplication::translate("ImageSequenceSource", "First image"), names.first()});
    info.attributes.append({QCoreApplication::translate("ImageSequenceSource", "Last image"), names.last()});
    info.attributes.append({QCoreApplication::translate("ImageSequenceSource", "Image size"), sizeText(size)});
    QString pixels = sixteen ? QCoreApplication::translate("ImageSequenceSource", "greyscale, 16 bits") : grey ? QCoreApplication::translate("ImageSequenceSource", "greyscale, 8 bits") : QCoreApplication::translate("ImageSequenceSource", "colour (RGB), 8 bits per channel");
    info.attributes.append({QCoreApplication::translate("ImageSequenceSource", "Pixels"), pixels});
    info.attributes.append({QCoreApplication::translate("ImageSequenceSource", "Frame rate"), QCoreApplication::translate("ImageSequenceSource", "not stated (a folder of images has no timing)")});

    source->cache().insert(0, first.image);
    return result;
}

QImage ImageSequenceSource::decodeFrame(int index, QString* error)
{
    const QString& file = m_files.at(index);
    const QString name = QFileInfo(file).fileName();
    QString reason;
    const StillImage still = readStillImage(file, 0, &reason);
    if (still.image.isNull()) {
        *error = QCoreApplication::translate("ImageSequenceSource", "Frame %1 (%2) cannot be decoded: %3.").arg(index + 1).arg(name, reason);
        return {};
    }
    if (still.image.size() != frameSize()) {
        *error = QCoreApplication::translate("ImageSequenceSource", "Frame %1 (%2) is %3, not %4 like the rest of the sequence.")
                     .arg(index + 1).arg(name, sizeText(still.image.size()), sizeText(frameSize()));
        return {};
    }
    return conformToFormat(still.image, m_format);
}

OpenResult openImageFolder(const QString& folder) { return ImageSequenceSource::open(folder); }

} // namespace ns::media
