#include "core/media/dicom/Jpeg2000Decoder.h"

#include <QCoreApplication>

#include <openjpeg.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace ns::media::dicom {

namespace {

const uchar kSoc[] = {0xFF, 0x4F, 0xFF, 0x51};
const uchar kJp2Signature[] = {0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20, 0x0D, 0x0A, 0x87, 0x0A};

bool startsWith(const QByteArray& data, const uchar* prefix, int n)
{
    return data.size() >= n && std::memcmp(data.constData(), prefix, size_t(n)) == 0;
}

// OpenJPEG reads through callbacks; this feeds it the fragment bytes already in memory.
struct MemoryReader {
    const uchar* data;
    OPJ_UINT64 size;
    OPJ_UINT64 pos = 0;

    static OPJ_SIZE_T read(void* buffer, OPJ_SIZE_T n, void* user)
    {
        auto* r = static_cast<MemoryReader*>(user);
        if (r->pos >= r->size)
            return OPJ_SIZE_T(-1);
        const OPJ_SIZE_T count = OPJ_SIZE_T(std::min<OPJ_UINT64>(n, r->size - r->pos));
        std::memcpy(buffer, r->data + r->pos, count);
        r->pos += count;
        return count;
    }
    static OPJ_OFF_T skip(OPJ_OFF_T n, void* user)
    {
        auto* r = static_cast<MemoryReader*>(user);
        if (n < 0) {
            const OPJ_UINT64 back = OPJ_UINT64(-n);
            if (back > r->pos)
                return -1;
            r->pos -= back;
            return n;
        }
        const OPJ_UINT64 fwd = std::min<OPJ_UINT64>(OPJ_UINT64(n), r->size - r->pos);
        r->pos += fwd;
        return OPJ_OFF_T(fwd);
    }
    static OPJ_BOOL seek(OPJ_OFF_T to, void* user)
    {
        auto* r = static_cast<MemoryReader*>(user);
        if (to < 0 || OPJ_UINT64(to) > r->size)
            return OPJ_FALSE;
        r->pos = OPJ_UINT64(to);
        return OPJ_TRUE;
    }
};

void collectMessage(const char* msg, void* user)
{
    auto* text = static_cast<QString*>(user);
    if (text->isEmpty())
        *text = QString::fromUtf8(msg).trimmed();
}

struct CodecDeleter {
    void operator()(opj_codec_t* c) const { opj_destroy_codec(c); }
};
struct StreamDeleter {
    void operator()(opj_stream_t* s) const { opj_stream_destroy(s); }
};
struct ImageDeleter {
    void operator()(opj_image_t* i) const { opj_image_destroy(i); }
};

bool fail(QString* reason, const QString& why)
{
    if (reason)
        *reason = why;
    return false;
}
} // namespace

bool looksLikeJpeg2000(const QByteArray& data)
{
    return startsWith(data, kSoc, 4) || startsWith(data, kJp2Signature, 12);
}

bool decodeJpeg2000(const QByteArray& data, const FrameLayout& layout, Jpeg2000Result* result, QString* reason)
{
    OPJ_CODEC_FORMAT format;
    if (startsWith(data, kSoc, 4))
        format = OPJ_CODEC_J2K;
    else if (startsWith(data, kJp2Signature, 12))
        format = OPJ_CODEC_JP2; // some writers wrap the codestream in a JP2 file
    else
        return fail(reason, QCoreApplication::translate("DicomFrameSource", "the fragment does not start with a JPEG 2000 codestream"));

    std::unique_ptr<opj_codec_t, CodecDeleter> codec(opj_create_decompress(format));
    if (!codec)
        return fail(reason, QCoreApplication::translate("DicomFrameSource", "OpenJPEG could not create a decoder"));
    QString message;
    opj_set_error_handler(codec.get(), collectMessage, &message);
    opj_set_warning_handler(codec.get(), [](const char*, void*) {}, nullptr);
    opj_set_info_handler(codec.get(), [](const char*, void*) {}, nullptr);
    opj_dparameters_t params;
    opj_set_default_decoder_parameters(&params);
    if (!opj_setup_decoder(codec.get(), &params))
        return fail(reason, QCoreApplication::translate("DicomFrameSource", "OpenJPEG rejected the decoder parameters"));

    MemoryReader reader{reinterpret_cast<const uchar*>(data.constData()), OPJ_UINT64(data.size())};
    std::unique_ptr<opj_stream_t, StreamDeleter> stream(opj_stream_create(64 * 1024, OPJ_TRUE));
    if (!stream)
        return fail(reason, QCoreApplication::translate("DicomFrameSource", "OpenJPEG could not create a stream"));
    opj_stream_set_user_data(stream.get(), &reader, nullptr);
    opj_stream_set_user_data_length(stream.get(), reader.size);
    opj_stream_set_read_function(stream.get(), MemoryReader::read);
    opj_stream_set_skip_function(stream.get(), MemoryReader::skip);
    opj_stream_set_seek_function(stream.get(), MemoryReader::seek);

    opj_image_t* raw = nullptr;
    const bool headerOk = opj_read_header(stream.get(), codec.get(), &raw);
    std::unique_ptr<opj_image_t, ImageDeleter> image(raw);
    if (!headerOk || !image)
        return fail(reason, QCoreApplication::translate("DicomFrameSource", "the JPEG 2000 header is damaged (%1)").arg(message));
    if (!opj_decode(codec.get(), stream.get(), image.get()) || !opj_end_decompress(codec.get(), stream.get()))
        return fail(reason, QCoreApplication::translate("DicomFrameSource", "the JPEG 2000 codestream is damaged (%1)").arg(message));

    const int spp = layout.samplesPerPixel;
    if (int(image->numcomps) < spp)
        return fail(reason, QCoreApplication::translate("DicomFrameSource", "the JPEG 2000 frame has %1 components, %2 expected").arg(image->numcomps).arg(spp));
    for (int c = 0; c < spp; ++c) {
        const opj_image_comp_t& comp = image->comps[c];
        if (!comp.data)
            return fail(reason, QCoreApplication::translate("DicomFrameSource", "the JPEG 2000 frame has no data for component %1").arg(c + 1));
        if (comp.dx != 1 || comp.dy != 1 || int(comp.w) != layout.width || int(comp.h) != layout.height)
            return fail(reason, QCoreApplication::translate("DicomFrameSource", "the JPEG 2000 frame is %1 x %2, the header says %3 x %4")
                                    .arg(comp.w).arg(comp.h).arg(layout.width).arg(layout.height));
    }

    const qint64 pixels = qint64(layout.width) * layout.height;
    const bool wide = layout.bitsAllocated > 8;
    result->samples = QByteArray(int(pixels * spp * (wide ? 2 : 1)), Qt::Uninitialized);
    result->codestreamSigned = image->comps[0].sgnd != 0;
    result->codestreamPrecision = int(image->comps[0].prec);
    auto* out8 = reinterpret_cast<uchar*>(result->samples.data());
    auto* out16 = reinterpret_cast<quint16*>(result->samples.data());
    for (int c = 0; c < spp; ++c) {
        const OPJ_INT32* src = image->comps[c].data;
        // Values are written in two's complement at the stored width, exactly as
        // uncompressed data would hold them; the converter applies Bits Stored and sign.
        if (wide) {
            for (qint64 p = 0; p < pixels; ++p)
                out16[p * spp + c] = quint16(src[p]);
        } else {
            for (qint64 p = 0; p < pixels; ++p)
                out8[p * spp + c] = uchar(src[p]);
        }
    }
    return true;
}

} // namespace ns::media::dicom
