#include "core/media/dicom/EncapsulatedFrames.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <limits>

namespace ns::media::dicom {

namespace {

bool fail(QString* reason, const QString& why)
{
    if (reason)
        *reason = why;
    return false;
}

bool isFrameStart(const uchar* b, Uint32 n)
{
    static const uchar soc[] = {0xFF, 0x4F, 0xFF, 0x51};
    static const uchar jp2[] = {0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20};
    static const uchar soi[] = {0xFF, 0xD8};
    return (n >= 4 && std::memcmp(b, soc, 4) == 0) || (n >= 8 && std::memcmp(b, jp2, 8) == 0)
        || (n >= 2 && std::memcmp(b, soi, 2) == 0);
}
} // namespace

bool EncapsulatedFrames::index(DcmPixelSequence& seq, DcmItem& dataset, int frameCount, DcmFileCache* cache,
                               QString* reason)
{
    m_frames.clear();
    const unsigned items = unsigned(seq.card());
    if (items < 2)
        return fail(reason, QCoreApplication::translate("DicomFrameSource", "the compressed pixel data holds no fragments"));
    const unsigned fragments = items - 1;

    // Offsets in the tables count bytes from the first fragment's item tag.
    std::vector<quint64> itemPos(items, 0);
    quint64 pos = 0;
    for (unsigned k = 1; k < items; ++k) {
        DcmPixelItem* item = nullptr;
        if (seq.getItem(item, k).bad() || !item)
            return fail(reason, QCoreApplication::translate("DicomFrameSource", "fragment %1 of the compressed pixel data is unreadable").arg(k));
        itemPos[k] = pos;
        pos += 8 + item->getLength();
    }

    // Extended Offset Table (7FE0,0001): 64-bit offsets for files over 4 GiB.
    DcmElement* eot = nullptr;
    if (dataset.findAndGetElement(DCM_ExtendedOffsetTable, eot).good() && eot
        && quint64(eot->getLength()) == quint64(frameCount) * 8) {
        Uint64* values = nullptr;
        if (eot->getUint64Array(values).good() && values) {
            std::vector<quint64> offsets(values, values + frameCount);
            if (fromOffsets(offsets, itemPos, nullptr))
                return true;
        }
    }

    // Basic Offset Table: item 0, little-endian 32-bit offsets, often empty.
    DcmPixelItem* bot = nullptr;
    if (seq.getItem(bot, 0).good() && bot && quint64(bot->getLength()) == quint64(frameCount) * 4 && frameCount > 1) {
        Uint8* bytes = nullptr;
        if (bot->getUint8Array(bytes).good() && bytes) {
            std::vector<quint64> offsets(static_cast<size_t>(frameCount), 0);
            for (int i = 0; i < frameCount; ++i)
                offsets[size_t(i)] = quint64(bytes[4 * i]) | quint64(bytes[4 * i + 1]) << 8
                    | quint64(bytes[4 * i + 2]) << 16 | quint64(bytes[4 * i + 3]) << 24;
            if (fromOffsets(offsets, itemPos, nullptr))
                return true;
        }
    }

    if (frameCount == 1) {
        m_frames.push_back({1, fragments});
        return true;
    }
    if (int(fragments) == frameCount) {
        for (unsigned k = 1; k < items; ++k)
            m_frames.push_back({k, 1});
        return true;
    }
    if (int(fragments) < frameCount)
        return fail(reason,
                    QCoreApplication::translate("DicomFrameSource", "the compressed pixel data holds %1 fragments for %2 frames").arg(fragments).arg(frameCount));

    // No usable table and several fragments per frame: a frame starts with a fragment
    // that begins with a codestream start marker.
    std::vector<unsigned> starts;
    for (unsigned k = 1; k < items; ++k) {
        DcmPixelItem* item = nullptr;
        seq.getItem(item, k);
        uchar head[8] = {};
        const Uint32 n = std::min<Uint32>(8, item->getLength());
        if (n > 0 && item->getPartialValue(head, 0, n, cache).bad())
            return fail(reason, QCoreApplication::translate("DicomFrameSource", "fragment %1 of the compressed pixel data is unreadable").arg(k));
        if (isFrameStart(head, n))
            starts.push_back(k);
    }
    if (int(starts.size()) != frameCount || starts.front() != 1)
        return fail(reason, QCoreApplication::translate("DicomFrameSource", "cannot tell which of the %1 fragments belong to which of the %2 frames")
                                .arg(fragments).arg(frameCount));
    for (size_t i = 0; i < starts.size(); ++i) {
        const unsigned end = i + 1 < starts.size() ? starts[i + 1] : items;
        m_frames.push_back({starts[i], end - starts[i]});
    }
    return true;
}

bool EncapsulatedFrames::fromOffsets(const std::vector<quint64>& offsets, const std::vector<quint64>& itemPos,
                                     QString* reason)
{
    std::vector<unsigned> starts;
    for (quint64 off : offsets) {
        const auto it = std::find(itemPos.begin() + 1, itemPos.end(), off);
        if (it == itemPos.end())
            return fail(reason, QCoreApplication::translate("DicomFrameSource", "the offset table points between fragments"));
        const unsigned k = unsigned(it - itemPos.begin());
        if (!starts.empty() && k <= starts.back())
            return fail(reason, QCoreApplication::translate("DicomFrameSource", "the offset table is not in ascending order"));
        starts.push_back(k);
    }
    m_frames.clear();
    const unsigned items = unsigned(itemPos.size());
    for (size_t i = 0; i < starts.size(); ++i) {
        const unsigned end = i + 1 < starts.size() ? starts[i + 1] : items;
        m_frames.push_back({starts[i], end - starts[i]});
    }
    return true;
}

bool EncapsulatedFrames::readFrame(DcmPixelSequence& seq, int frame, DcmFileCache* cache, QByteArray* out,
                                   QString* reason) const
{
    const Span span = m_frames[size_t(frame)];
    qint64 total = 0;
    std::vector<DcmPixelItem*> items;
    for (unsigned k = span.first; k < span.first + span.count; ++k) {
        DcmPixelItem* item = nullptr;
        if (seq.getItem(item, k).bad() || !item)
            return fail(reason, QCoreApplication::translate("DicomFrameSource", "fragment %1 is missing").arg(k));
        items.push_back(item);
        total += item->getLength();
    }
    if (total <= 0 || total > std::numeric_limits<int>::max())
        return fail(reason, QCoreApplication::translate("DicomFrameSource", "the frame's compressed data is empty or too large"));
    *out = QByteArray(int(total), Qt::Uninitialized);
    qint64 at = 0;
    for (DcmPixelItem* item : items) {
        const Uint32 n = item->getLength();
        // getPartialValue reads through the file cache without loading the whole value
        // into the element, so decoded frames do not pile up inside the dataset.
        if (n > 0 && item->getPartialValue(out->data() + at, 0, n, cache).bad())
            return fail(reason, QCoreApplication::translate("DicomFrameSource", "the compressed data of the frame cannot be read (the file may be truncated)"));
        at += n;
    }
    return true;
}

void EncapsulatedFrames::release(DcmPixelSequence& seq, int frame) const
{
    const Span span = m_frames[size_t(frame)];
    for (unsigned k = span.first; k < span.first + span.count; ++k) {
        DcmPixelItem* item = nullptr;
        if (seq.getItem(item, k).good() && item)
            item->compact();
    }
}

} // namespace ns::media::dicom
