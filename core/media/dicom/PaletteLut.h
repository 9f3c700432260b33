#pragma once
// The red, green and blue lookup tables of a PALETTE COLOR image, normal or segmented
// (PS3.3 C.7.6.3.1.5-6 and C.7.9.2), reduced to 8-bit entries for RGB888 output.
// DCMTK's renderer does not expand segmented palettes, which ultrasound scanners use.

#include <QString>
#include <QtGlobal>

#include <array>
#include <optional>
#include <vector>

class DcmItem;

namespace ns::media::dicom {

class PaletteLut {
public:
    // Reads the descriptors (0028,1101-1103) and the normal (0028,1201-1203) or segmented
    // (0028,1221-1223) data of `dataset`. `signedPixels`: Pixel Representation 1, which
    // makes the first mapped value signed. Returns nothing and a reason when unusable.
    static std::optional<PaletteLut> read(DcmItem& dataset, bool signedPixels, QString* reason);

    // Entries as stored (8- or 16-bit values per the descriptor's third value); each
    // channel may have its own length and first mapped value.
    static std::optional<PaletteLut> fromEntries(const std::array<std::vector<quint16>, 3>& entries,
                                                 const std::array<int, 3>& firstMapped, int bitsPerEntry,
                                                 QString* reason);

    // Pixel values below the first mapped value take the first entry, values past the end
    // the last one (PS3.3 C.7.6.3.1.5).
    void lookup(int value, uchar* rgb) const
    {
        for (int c = 0; c < 3; ++c) {
            const auto& t = m_tables[c];
            const int i = value - m_first[c];
            rgb[c] = t[i < 0 ? 0 : (i >= int(t.size()) ? int(t.size()) - 1 : i)];
        }
    }
    int entryCount(int channel) const { return int(m_tables[channel].size()); }
    bool isSegmented() const { return m_segmented; }

private:
    std::array<std::vector<uchar>, 3> m_tables;
    std::array<int, 3> m_first{};
    bool m_segmented = false;
};

// Expands segmented palette data (discrete, linear and indirect segments) into table
// entries. `words` are the 8- or 16-bit values of the data element, one per entry
// position; `bytesPerWord` (1 or 2) converts an indirect segment's byte offset.
// Stops after `maxEntries`. Returns an empty vector and a reason on malformed data.
std::vector<quint16> expandSegmentedLut(const std::vector<quint16>& words, int bytesPerWord, int maxEntries,
                                        QString* reason);

} // namespace ns::media::dicom
