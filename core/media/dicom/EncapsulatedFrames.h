#pragma once
// Which fragments of encapsulated (compressed) pixel data make up each frame, worked out
// once when the file is opened, so any frame can be read on its own, in any order.

#include <QByteArray>
#include <QString>

#include <vector>

class DcmFileCache;
class DcmItem;
class DcmPixelSequence;

namespace ns::media::dicom {

class EncapsulatedFrames {
public:
    // Uses, in order: the Extended Offset Table, the Basic Offset Table, "one frame, all
    // fragments", "one fragment per frame", and finally the frame start markers (JPEG SOI,
    // JPEG 2000 SOC or JP2 signature) at the start of each fragment.
    bool index(DcmPixelSequence& seq, DcmItem& dataset, int frameCount, DcmFileCache* cache, QString* reason);

    // Item number of the frame's first fragment (item 0 is the Basic Offset Table), which
    // is what DCMTK's getUncompressedFrame() takes as its start fragment.
    unsigned firstItem(int frame) const { return m_frames[size_t(frame)].first; }
    unsigned itemCount(int frame) const { return m_frames[size_t(frame)].count; }

    // The frame's fragments, concatenated, read straight from the file.
    bool readFrame(DcmPixelSequence& seq, int frame, DcmFileCache* cache, QByteArray* out, QString* reason) const;

    // Drops fragment values a codec may have pulled into memory (3.6.7's RLE decoder reads
    // through the file cache and does not); DCMTK re-reads them on demand.
    void release(DcmPixelSequence& seq, int frame) const;

private:
    struct Span {
        unsigned first;
        unsigned count;
    };
    bool fromOffsets(const std::vector<quint64>& offsets, const std::vector<quint64>& itemPos, QString* reason);
    std::vector<Span> m_frames;
};

} // namespace ns::media::dicom
