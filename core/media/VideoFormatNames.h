#pragma once
// Readable names for a video file's container and codec, for the metadata panel, and a
// check for the commonest reason an MP4/MOV cannot be opened (its index never written).

#include <QByteArray>
#include <QString>

namespace ns::media {

// Container from the first bytes of the file ("AVI", "MP4", "QuickTime", "Matroska",
// "WebM", "MPEG program stream", "Ogg", ...); the upper-case suffix when unrecognised.
QString videoContainerName(const QByteArray& head, const QString& suffix);

// Codec from OpenCV's CAP_PROP_FOURCC ("H.264", "Xvid MPEG-4", "Cinepak", ...); Matroska
// files report no FourCC for some codecs, so `head` is searched for the codec ID then.
QString videoCodecName(int fourcc, const QByteArray& head);

// An ISO base media file (MP4, MOV, M4V) whose top level has no 'moov' box: the index is
// written last, so a recording that was cut off has none and no frame can be located.
bool isIsoMediaWithoutIndex(const QString& path);

} // namespace ns::media
