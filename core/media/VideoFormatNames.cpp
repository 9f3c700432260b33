#include "core/media/VideoFormatNames.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

namespace ns::media {

namespace {

bool isIsoMedia(const QByteArray& head) { return head.size() >= 12 && head.mid(4, 4) == "ftyp"; }
} // namespace

QString videoContainerName(const QByteArray& head, const QString& suffix)
{
    auto startsWith = [&](const char* magic, int len) { return head.size() >= len && head.left(len) == QByteArray(magic, len); };
    if (startsWith("RIFF", 4) && head.mid(8, 4) == "AVI ")
        return QStringLiteral("AVI");
    if (isIsoMedia(head))
        return head.mid(8, 4) == "qt  " ? QStringLiteral("QuickTime") : QStringLiteral("MP4");
    if (startsWith("\x1A\x45\xDF\xA3", 4))
        return head.left(64).contains("webm") ? QStringLiteral("WebM") : QStringLiteral("Matroska");
    if (startsWith("\x00\x00\x01\xBA", 4))
        return QCoreApplication::translate("VideoFrameSource", "MPEG program stream");
    if (startsWith("\x00\x00\x01\xB3", 4))
        return QCoreApplication::translate("VideoFrameSource", "MPEG elementary stream");
    if (head.size() > 188 && head.at(0) == 0x47 && head.at(188) == 0x47)
        return QCoreApplication::translate("VideoFrameSource", "MPEG transport stream");
    if (startsWith("OggS", 4))
        return QStringLiteral("Ogg");
    if (startsWith("\x30\x26\xB2\x75\x8E\x66\xCF\x11", 8))
        return QCoreApplication::translate("VideoFrameSource", "ASF (Windows Media)");
    if (startsWith("FLV", 3))
        return QStringLiteral("Flash Video");
    return suffix.isEmpty() ? QCoreApplication::translate("VideoFrameSource", "unknown container") : suffix.toUpper();
}

QString videoCodecName(int fourcc, const QByteArray& head)
{
    struct Name {
        const char* tag;
        const char* name;
    };
    static const Name kNames[] = {
        {"XVID", "Xvid MPEG-4"}, {"DIVX", "DivX MPEG-4"}, {"DX50", "DivX 5 MPEG-4"}, {"FMP4", "MPEG-4 Part 2"},
        {"MP4V", "MPEG-4 Part 2"}, {"DIV3", "DivX 3 (MS MPEG-4 v3)"}, {"MP43", "MS MPEG-4 v3"}, {"MP42", "MS MPEG-4 v2"},
        {"CVID", "Cinepak"}, {"AVC1", "H.264"}, {"H264", "H.264"}, {"X264", "H.264"}, {"HEV1", "H.265 (HEVC)"},
        {"HVC1", "H.265 (HEVC)"}, {"HEVC", "H.265 (HEVC)"}, {"MJPG", "Motion JPEG"}, {"JPEG", "Motion JPEG"},
        {"MPEG", "MPEG-1/2"}, {"MPG1", "MPEG-1"}, {"PIM1", "MPEG-1"}, {"MPG2", "MPEG-2"}, {"VP80", "VP8"},
        {"VP90", "VP9"}, {"VP09", "VP9"}, {"AV01", "AV1"}, {"THEO", "Theora"}, {"WMV1", "Windows Media Video 7"},
        {"WMV2", "Windows Media Video 8"}, {"WMV3", "Windows Media Video 9"}, {"FFV1", "FFV1 (lossless)"},
        {"HFYU", "HuffYUV (lossless)"}, {"I420", "uncompressed YUV"}, {"IYUV", "uncompressed YUV"},
    };
    QByteArray tag(4, '\0');
    for (int i = 0; i < 4; ++i)
        tag[i] = char((unsigned(fourcc) >> (8 * i)) & 0xFFu);
    if (fourcc != 0) {
        const QByteArray upper = tag.toUpper();
        for (const Name& n : kNames)
            if (upper == n.tag)
                return QString::fromLatin1(n.name);
        bool printable = true;
        for (char c : tag)
            printable = printable && c >= 0x20 && c < 0x7F;
        if (printable)
            return QCoreApplication::translate("VideoFrameSource", "FourCC %1").arg(QString::fromLatin1(tag).trimmed());
    }
    // Matroska/WebM codec IDs.
    static const Name kMatroska[] = {
        {"V_VP8", "VP8"}, {"V_VP9", "VP9"}, {"V_AV1", "AV1"}, {"V_MPEG4/ISO/AVC", "H.264"},
        {"V_MPEGH/ISO/HEVC", "H.265 (HEVC)"}, {"V_MPEG4/ISO/", "MPEG-4 Part 2"}, {"V_THEORA", "Theora"},
        {"V_MPEG1", "MPEG-1"}, {"V_MPEG2", "MPEG-2"}, {"V_MJPEG", "Motion JPEG"},
    };
    for (const Name& n : kMatroska)
        if (head.contains(n.tag))
            return QString::fromLatin1(n.name);
    return QCoreApplication::translate("VideoFrameSource", "unknown codec");
}

bool isIsoMediaWithoutIndex(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || !isIsoMedia(f.peek(12)))
        return false;
    const qint64 end = f.size();
    qint64 pos = 0;
    while (pos + 8 <= end) {
        if (!f.seek(pos))
            return false;
        const QByteArray box = f.read(16);
        if (box.size() < 8)
            return false;
        quint64 size = qFromBigEndian<quint32>(box.constData());
        const QByteArray type = box.mid(4, 4);
        if (type == "moov")
            return false;
        if (size == 1 && box.size() >= 16)
            size = qFromBigEndian<quint64>(box.constData() + 8);
        else if (size == 0)
            size = quint64(end - pos);
        if (size < 8)
            return true; // a broken box header: no usable index follows
        pos += qint64(size);
    }
    return true;
}

} // namespace ns::media
