#include "core/media/dicom/PaletteLut.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcitem.h>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ns::media::dicom {

namespace {

constexpr int kMaxEntries = 65536;
const char* const kChannel[3] = {"red", "green", "blue"};

// Expands segments from word `pos`; `count` < 0 means "until the data ends". Indirect
// segments recurse once: they may only point at discrete and linear segments, which also
// rules out a segment that points at itself.
struct Expander {
    const std::vector<quint16>& w;
    int bytesPerWord;
    int maxEntries;
    std::vector<quint16> out;
    QString error;

    bool fail(const QString& why)
    {
        error = why;
        return false;
    }

    bool run(size_t pos, int count, int depth)
    {
        for (int done = 0; pos + 1 < w.size() && (count < 0 || done < count); ++done) {
            if (int(out.size()) >= maxEntries)
                return true;
            const quint16 opcode = w[pos];
            const quint16 length = w[pos + 1];
            pos += 2;
            switch (opcode) {
            case 0: // discrete: `length` entries follow
                if (pos + length > w.size())
                    return fail(QCoreApplication::translate("DicomFrameSource", "a discrete segment runs past the end of the data"));
                out.insert(out.end(), w.begin() + qsizetype(pos), w.begin() + qsizetype(pos + length));
                pos += length;
                break;
            case 1: { // linear: from the previous entry to y1 in `length` steps
                if (out.empty())
                    return fail(QCoreApplication::translate("DicomFrameSource", "a linear segment has no previous entry to start from"));
                if (pos >= w.size())
                    return fail(QCoreApplication::translate("DicomFrameSource", "a linear segment has no end value"));
                const double y0 = out.back();
                const double y1 = w[pos++];
                for (int k = 1; k <= length; ++k)
                    out.push_back(quint16(std::nearbyint(y0 + (y1 - y0) * k / length)));
                break;
            }
            case 2: { // indirect: replay `length` segments found at a byte offset
                if (out.empty())
                    return fail(QCoreApplication::translate("DicomFrameSource", "an indirect segment comes first"));
                if (depth > 0)
                    return fail(QCoreApplication::translate("DicomFrameSource", "an indirect segment points at another indirect segment"));
                // The offset is two 16-bit halves, least significant first (PS3.3 Table
                // C.7-27); with 8-bit data each half takes two little-endian bytes.
                quint32 byteOffset = 0;
                if (bytesPerWord == 2) {
                    if (pos + 1 >= w.size())
                        return fail(QCoreApplication::translate("DicomFrameSource", "an indirect segment is cut short"));
                    byteOffset = quint32(w[pos]) | quint32(w[pos + 1]) << 16;
                    pos += 2;
                } else {
                    if (pos + 3 >= w.size())
                        return fail(QCoreApplication::translate("DicomFrameSource", "an indirect segment is cut short"));
                    byteOffset = quint32(w[pos]) | quint32(w[pos + 1]) << 8 | quint32(w[pos + 2]) << 16
                        | quint32(w[pos + 3]) << 24;
                    pos += 4;
                }
                const size_t target = byteOffset / quint32(bytesPerWord);
                if (target >= w.size())
                    return fail(QCoreApplication::translate("DicomFrameSource", "an indirect segment points past the end of the data"));
                if (!run(target, length, depth + 1))
                    return false;
                break;
            }
            default:
                return fail(QCoreApplication::translate("DicomFrameSource", "unknown segment type %1").arg(opcode));
            }
        }
        return true;
    }
};

// The palette descriptor is US or SS depending on the writer; DCMTK refuses to read one
// as the other, so try both.
bool descriptorValue(DcmItem& ds, const DcmTagKey& tag, unsigned long pos, bool signedValue, int* out)
{
    Uint16 u = 0;
    if (ds.findAndGetUint16(tag, u, pos).good()) {
        *out = signedValue ? int(Sint16(u)) : int(u);
        return true;
    }
    Sint16 s = 0;
    if (ds.findAndGetSint16(tag, s, pos).good()) {
        *out = signedValue ? int(s) : int(Uint16(s));
        return true;
    }
    return false;
}

// The data element as bytes, whatever VR the writer gave it (OW usually, OB sometimes).
bool elementBytes(DcmItem& ds, const DcmTagKey& tag, std::vector<uchar>* bytes)
{
    DcmElement* e = nullptr;
    if (ds.findAndGetElement(tag, e).bad() || !e)
        return false;
    const Uint32 len = e->getLength();
    bytes->clear();
    if (len == 0)
        return true;
    if (e->getVR() == EVR_OB) {
        Uint8* p = nullptr;
        if (e->getUint8Array(p).bad() || !p)
            return false;
        bytes->assign(p, p + len);
        return true;
    }
    Uint16* w = nullptr;
    if (e->getUint16Array(w).bad() || !w)
        return false;
    bytes->resize(len / 2 * 2);
    for (Uint32 i = 0; i < len / 2; ++i) { // little-endian bytes, independent of host order
        (*bytes)[2 * i] = uchar(w[i] & 0xFF);
        (*bytes)[2 * i + 1] = uchar(w[i] >> 8);
    }
    return true;
}

std::vector<quint16> asWords(const std::vector<uchar>& b, int bytesPerWord)
{
    if (bytesPerWord == 1)
        return std::vector<quint16>(b.begin(), b.end());
    std::vector<quint16> w(b.size() / 2);
    for (size_t i = 0; i < w.size(); ++i)
        w[i] = quint16(b[2 * i] | b[2 * i + 1] << 8);
    return w;
}
} // namespace

std::vector<quint16> expandSegmentedLut(const std::vector<quint16>& words, int bytesPerWord, int maxEntries,
                                        QString* reason)
{
    Expander e{words, bytesPerWord, maxEntries, {}, {}};
    if (!e.run(0, -1, 0)) {
        if (reason)
            *reason = e.error;
        return {};
    }
    if (int(e.out.size()) > maxEntries)
        e.out.resize(size_t(maxEntries));
    return e.out;
}

std::optional<PaletteLut> PaletteLut::read(DcmItem& ds, bool signedPixels, QString* reason)
{
    std::array<std::vector<quint16>, 3> entries;
    std::array<int, 3> first{};
    int bits = 0; // the widest of the three descriptors
    bool segmented = false;
    for (int c = 0; c < 3; ++c) {
        const DcmTagKey descTag(0x0028, Uint16(0x1101 + c));
        int count = 0, bitsPerEntry = 0;
        if (!descriptorValue(ds, descTag, 0, false, &count) || !descriptorValue(ds, descTag, 1, signedPixels, &first[c])
            || !descriptorValue(ds, descTag, 2, false, &bitsPerEntry)) {
            if (reason)
                *reason = QCoreApplication::translate("DicomFrameSource", "the %1 palette colour lookup table descriptor is missing")
                              .arg(QLatin1String(kChannel[c]));
            return std::nullopt;
        }
        if (count == 0)
            count = kMaxEntries; // PS3.3 C.7.6.3.1.5: 0 means 2^16 entries
        bits = std::max(bits, bitsPerEntry);

        std::vector<uchar> bytes;
        if (elementBytes(ds, DcmTagKey(0x0028, Uint16(0x1201 + c)), &bytes)) {
            // Writers disagree on packing 8-bit entries (one per byte, or one per 16-bit
            // word); the data length tells which one this file used.
            const int bytesPerEntry = qint64(bytes.size()) >= 2LL * count ? 2 : 1;
            if (qint64(bytes.size()) < qint64(count) * bytesPerEntry) {
                if (reason)
                    *reason = QCoreApplication::translate("DicomFrameSource", "the %1 palette colour lookup table is shorter than its descriptor says")
                                  .arg(QLatin1String(kChannel[c]));
                return std::nullopt;
            }
            entries[c] = asWords(bytes, bytesPerEntry);
            entries[c].resize(size_t(count));
        } else if (elementBytes(ds, DcmTagKey(0x0028, Uint16(0x1221 + c)), &bytes)) {
            segmented = true;
            const int bytesPerWord = bitsPerEntry <= 8 ? 1 : 2;
            QString why;
            entries[c] = expandSegmentedLut(asWords(bytes, bytesPerWord), bytesPerWord, count, &why);
            if (entries[c].empty()) {
                if (reason)
                    *reason = QCoreApplication::translate("DicomFrameSource", "the segmented %1 palette cannot be expanded: %2")
                                  .arg(QLatin1String(kChannel[c]), why.isEmpty() ? QCoreApplication::translate("DicomFrameSource", "it is empty") : why);
                return std::nullopt;
            }
        } else {
            if (reason)
                *reason = QCoreApplication::translate("DicomFrameSource", "the %1 palette colour lookup table data is missing").arg(QLatin1String(kChannel[c]));
            return std::nullopt;
        }
    }
    auto lut = fromEntries(entries, first, bits, reason);
    if (lut)
        lut->m_segmented = segmented;
    return lut;
}

std::optional<PaletteLut> PaletteLut::fromEntries(const std::array<std::vector<quint16>, 3>& entries,
                                                  const std::array<int, 3>& firstMapped, int bitsPerEntry,
                                                  QString* reason)
{
    PaletteLut lut;
    for (int c = 0; c < 3; ++c) {
        if (entries[c].empty()) {
            if (reason)
                *reason = QCoreApplication::translate("DicomFrameSource", "the %1 palette colour lookup table is empty").arg(QLatin1String(kChannel[c]));
            return std::nullopt;
        }
        // 16-bit entries span 0..65535 (PS3.3 C.7.6.3.1.6); some writers declare 8 bits but
        // still fill the high byte, so the values decide as well as the descriptor.
        const quint16 maxValue = *std::max_element(entries[c].begin(), entries[c].end());
        const int shift = (bitsPerEntry > 8 || maxValue > 255) ? 8 : 0;
        lut.m_tables[c].resize(entries[c].size());
        for (size_t i = 0; i < entries[c].size(); ++i)
            lut.m_tables[c][i] = uchar(entries[c][i] >> shift);
        lut.m_first[c] = firstMapped[c];
    }
    return lut;
}

} // namespace ns::media::dicom
