#pragma once
// A deliberately small, independent DICOM writer (Explicit VR Little Endian, or an
// encapsulated transfer syntax) for test files whose every byte we choose: palettes with
// indirect segments, frames split into fragments, truncated pixel data. It shares no code
// with the reader under test, so a bug cannot cancel itself out.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QtEndian>

#include <cstring>
#include <map>

namespace ns::testdata {

// The Image Pixel module (PS3.3 C.7.6.3), in the order tests list it.
struct PixelModule {
    int rows = 1;
    int cols = 1;
    int spp = 1;
    int bitsAllocated = 8;
    int bitsStored = 8;
    int highBit = 7;
    int pixelRep = 0;
    int planar = 0;
    QByteArray photometric = "MONOCHROME2";
    int frames = 1;
};

class DicomTestWriter {
public:
    explicit DicomTestWriter(QByteArray transferSyntax = "1.2.840.10008.1.2.1",
                             QByteArray sopClass = "1.2.840.10008.5.1.4.1.1.7")
        : m_xfer(std::move(transferSyntax)), m_sopClass(std::move(sopClass))
    {
        str(0x0008, 0x0016, "UI", m_sopClass);
        str(0x0008, 0x0018, "UI", "1.2.826.0.1.3680043.9.7777.1");
    }

    // Text VRs: padded to even length with a space (UI with a NUL), as PS3.5 6.2 says.
    void str(quint16 g, quint16 e, const char* vr, const QByteArray& value)
    {
        QByteArray v = value;
        if (v.size() % 2)
            v.append(std::strcmp(vr, "UI") == 0 ? '\0' : ' ');
        put(g, e, vr, v);
    }
    void us(quint16 g, quint16 e, std::initializer_list<quint16> values) { put(g, e, "US", words(values)); }
    void ss(quint16 g, quint16 e, std::initializer_list<qint16> values)
    {
        QByteArray b;
        for (qint16 v : values)
            b.append(reinterpret_cast<const char*>(&v), 2);
        put(g, e, "SS", b);
    }
    void ul(quint16 g, quint16 e, quint32 value) { put(g, e, "UL", le32(value)); }
    void fd(quint16 g, quint16 e, double value)
    {
        put(g, e, "FD", QByteArray(reinterpret_cast<const char*>(&value), 8));
    }
    void ob(quint16 g, quint16 e, QByteArray value)
    {
        if (value.size() % 2)
            value.append('\0');
        put(g, e, "OB", value);
    }
    void ow(quint16 g, quint16 e, const QList<quint16>& values) { put(g, e, "OW", words(values)); }
    // A sequence of items, each already encoded with item()'s helpers.
    void sq(quint16 g, quint16 e, const QList<QByteArray>& items)
    {
        QByteArray body;
        for (const QByteArray& it : items) {
            body += tag(0xFFFE, 0xE000);
            body += le32(quint32(it.size()));
            body += it;
        }
        put(g, e, "SQ", body);
    }
    // Encodes elements for a sequence item (tags must be given in ascending order).
    static QByteArray element(quint16 g, quint16 e, const char* vr, const QByteArray& value)
    {
        return encode(g, e, vr, value);
    }
    static QByteArray le16(quint16 v) { return QByteArray(reinterpret_cast<const char*>(&v), 2); }
    static QByteArray le32(quint32 v) { return QByteArray(reinterpret_cast<const char*>(&v), 4); }
    static QByteArray words(const QList<quint16>& values)
    {
        QByteArray b;
        for (quint16 v : values)
            b += le16(v);
        return b;
    }
    static QByteArray words(std::initializer_list<quint16> values) { return words(QList<quint16>(values)); }

    void pixelModule(const PixelModule& p)
    {
        us(0x0028, 0x0002, {quint16(p.spp)});
        str(0x0028, 0x0004, "CS", p.photometric);
        if (p.spp > 1)
            us(0x0028, 0x0006, {quint16(p.planar)});
        if (p.frames > 1)
            str(0x0028, 0x0008, "IS", QByteArray::number(p.frames));
        us(0x0028, 0x0010, {quint16(p.rows)});
        us(0x0028, 0x0011, {quint16(p.cols)});
        us(0x0028, 0x0100, {quint16(p.bitsAllocated)});
        us(0x0028, 0x0101, {quint16(p.bitsStored)});
        us(0x0028, 0x0102, {quint16(p.highBit)});
        us(0x0028, 0x0103, {quint16(p.pixelRep)});
    }

    void nativePixels(QByteArray data, bool ow = false)
    {
        if (data.size() % 2)
            data.append('\0');
        put(0x7FE0, 0x0010, ow ? "OW" : "OB", data);
    }
    // Encapsulated pixel data: `offsets` becomes the Basic Offset Table (empty allowed).
    void encapsulatedPixels(const QList<QByteArray>& fragments, const QList<quint32>& offsets)
    {
        QByteArray body;
        QByteArray bot;
        for (quint32 o : offsets)
            bot += le32(o);
        body += tag(0xFFFE, 0xE000) + le32(quint32(bot.size())) + bot;
        for (QByteArray f : fragments) {
            if (f.size() % 2)
                f.append('\0');
            body += tag(0xFFFE, 0xE000) + le32(quint32(f.size())) + f;
        }
        body += tag(0xFFFE, 0xE0DD) + le32(0);
        m_elements[key(0x7FE0, 0x0010)] = tag(0x7FE0, 0x0010) + QByteArray("OB") + QByteArray(2, '\0')
            + le32(0xFFFFFFFFu) + body;
    }
    // Offsets of fragments for a Basic Offset Table: each item is 8 bytes of header plus
    // its (even) length.
    static QList<quint32> offsetsOf(const QList<QByteArray>& fragments, const QList<int>& firstFragmentOfFrame)
    {
        QList<quint32> pos;
        quint32 at = 0;
        for (const QByteArray& f : fragments) {
            pos.append(at);
            at += 8 + quint32(f.size() + (f.size() % 2));
        }
        QList<quint32> out;
        for (int i : firstFragmentOfFrame)
            out.append(pos[i]);
        return out;
    }

    QByteArray bytes() const
    {
        QByteArray meta;
        meta += encode(0x0002, 0x0001, "OB", QByteArray("\0\1", 2));
        meta += encode(0x0002, 0x0002, "UI", padUid(m_sopClass));
        meta += encode(0x0002, 0x0003, "UI", padUid("1.2.826.0.1.3680043.9.7777.1"));
        meta += encode(0x0002, 0x0010, "UI", padUid(m_xfer));
        meta += encode(0x0002, 0x0012, "UI", padUid("1.2.826.0.1.3680043.9.7777.2"));
        QByteArray out(128, '\0');
        out += "DICM";
        out += encode(0x0002, 0x0000, "UL", le32(quint32(meta.size())));
        out += meta;
        for (const auto& [k, v] : m_elements)
            out += v;
        return out;
    }
    bool save(const QString& path, qint64 truncateTo = -1) const
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        const QByteArray b = bytes();
        return f.write(truncateTo >= 0 ? b.left(int(truncateTo)) : b) >= 0;
    }

private:
    static QByteArray tag(quint16 g, quint16 e) { return le16(g) + le16(e); }
    static quint32 key(quint16 g, quint16 e) { return quint32(g) << 16 | e; }
    static QByteArray padUid(QByteArray v)
    {
        if (v.size() % 2)
            v.append('\0');
        return v;
    }
    static QByteArray encode(quint16 g, quint16 e, const char* vr, const QByteArray& value)
    {
        static const char* const longVrs[] = {"OB", "OW", "OF", "OD", "OL", "OV", "SQ", "UT", "UN", "UC", "UR"};
        bool longForm = false;
        for (const char* l : longVrs)
            longForm = longForm || std::strcmp(l, vr) == 0;
        QByteArray b = tag(g, e) + QByteArray(vr, 2);
        if (longForm)
            b += QByteArray(2, '\0') + le32(quint32(value.size()));
        else
            b += le16(quint16(value.size()));
        return b + value;
    }
    void put(quint16 g, quint16 e, const char* vr, const QByteArray& value)
    {
        m_elements[key(g, e)] = encode(g, e, vr, value);
    }

    QByteArray m_xfer;
    QByteArray m_sopClass;
    std::map<quint32, QByteArray> m_elements; // sorted by tag, as PS3.5 7.1 requires
};

} // namespace ns::testdata
