#include "core/media/DicomFrameSource.h"

#include "core/media/Openers.h"
#include "core/media/dicom/DicomCodecs.h"
#include "core/media/dicom/DicomLoader.h"
#include "core/media/dicom/DicomMetadata.h"
#include "core/media/dicom/EncapsulatedFrames.h"
#include "core/media/dicom/Jpeg2000Decoder.h"
#include "core/media/dicom/PaletteLut.h"
#include "core/media/dicom/PhotometricConverter.h"
#include "core/media/dicom/UltrasoundRegions.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dccodec.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfcache.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <QCoreApplication>
#include <QDir>
#include <QMutex>
#include <QMutexLocker>

#include <optional>

namespace ns::media {

using namespace ns::media::dicom;

namespace {

enum class Codec { Native, Dcmtk, Jpeg2000 };

int readUint16(DcmItem& ds, const DcmTagKey& tag, int fallback)
{
    Uint16 v = 0;
    return ds.findAndGetUint16(tag, v).good() ? int(v) : fallback;
}

bool isJpeg2000(E_TransferSyntax x)
{
    return x == EXS_JPEG2000LosslessOnly || x == EXS_JPEG2000 || x == EXS_JPEG2000MulticomponentLosslessOnly
        || x == EXS_JPEG2000Multicomponent;
}
} // namespace

struct DicomFrameSource::Impl {
    QString path;
    std::unique_ptr<DcmFileFormat> file;
    DcmDataset* ds = nullptr;
    DcmPixelData* pixelData = nullptr;
    DcmPixelSequence* fragments = nullptr; // null for uncompressed data
    DcmFileCache fileCache;                // keeps one file handle open between frames
    Codec codec = Codec::Native;
    FrameLayout stored;                    // the samples as the file stores them
    FrameLayout decoded;                   // the samples after decompression
    std::optional<PaletteLut> palette;
    EncapsulatedFrames frameIndex;
    mutable QMutex mutex;                  // DCMTK objects are not thread-safe
};

DicomFrameSource::DicomFrameSource(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
DicomFrameSource::~DicomFrameSource() = default;

std::unique_ptr<DicomFrameSource> DicomFrameSource::open(const QString& path, QString* error)
{
    ensureDcmtkReady();
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    QString reason;
    impl->file = loadDicomHeader(path, &reason);
    std::unique_ptr<DicomFrameSource> source;
    if (impl->file) {
        source.reset(new DicomFrameSource(std::move(impl)));
        if (!source->initialise(&reason))
            source.reset();
    }
    if (!source && error)
        *error = QCoreApplication::translate("DicomFrameSource", "Cannot open %1: %2.").arg(QDir::toNativeSeparators(path), reason);
    return source;
}

bool DicomFrameSource::initialise(QString* reason)
{
    Impl& m = *d;
    m.ds = m.file->getDataset();
    DcmDataset& ds = *m.ds;
    prepareCharacterSet(ds);

    OFString sopClass;
    ds.findAndGetOFString(DCM_SOPClassUID, sopClass);
    const QString sopName = sopClassDisplayName(QString::fromLatin1(sopClass.c_str()));
    DcmElement* pixelElement = nullptr;
    if (ds.findAndGetElement(DCM_PixelData, pixelElement).bad() || !pixelElement) {
        if (ds.tagExists(DCM_FloatPixelData) || ds.tagExists(DCM_DoubleFloatPixelData))
            *reason = QCoreApplication::translate("DicomFrameSource", "floating-point pixel data is not supported");
        else
            *reason = sopClass.empty() ? QCoreApplication::translate("DicomFrameSource", "it holds no image (no pixel data)")
                                       : QCoreApplication::translate("DicomFrameSource", "it holds no image (it is a %1 object)").arg(sopName);
        return false;
    }
    m.pixelData = dynamic_cast<DcmPixelData*>(pixelElement);
    if (!m.pixelData) {
        *reason = QCoreApplication::translate("DicomFrameSource", "its pixel data element is malformed");
        return false;
    }

    // Transfer syntax: the meta header's UID when there is one (DCMTK cannot name HTJ2K).
    const E_TransferSyntax xfer = ds.getOriginalXfer();
    OFString uid;
    m.file->getMetaInfo()->findAndGetOFString(DCM_TransferSyntaxUID, uid);
    QString xferUid = QString::fromLatin1(uid.c_str()).trimmed();
    if (xferUid.isEmpty())
        xferUid = QString::fromLatin1(DcmXfer(xfer).getXferID());
    const bool htj2k = isHighThroughputJpeg2000(xferUid);

    // Image Pixel module.
    FrameLayout& s = m.stored;
    s.height = readUint16(ds, DCM_Rows, 0);
    s.width = readUint16(ds, DCM_Columns, 0);
    s.samplesPerPixel = readUint16(ds, DCM_SamplesPerPixel, 1);
    s.bitsAllocated = readUint16(ds, DCM_BitsAllocated, 0);
    s.bitsStored = readUint16(ds, DCM_BitsStored, s.bitsAllocated);
    s.highBit = readUint16(ds, DCM_HighBit, s.bitsStored - 1);
    if (s.highBit < s.bitsStored - 1 || s.highBit >= s.bitsAllocated)
        s.highBit = s.bitsStored - 1; // common writer slip; the stored bits are what matter
    s.isSigned = readUint16(ds, DCM_PixelRepresentation, 0) == 1;
    s.planar = readUint16(ds, DCM_PlanarConfiguration, 0) == 1;
    OFString photometric;
    ds.findAndGetOFString(DCM_PhotometricInterpretation, photometric);
    s.colorModel = QString::fromLatin1(photometric.c_str()).trimmed().toUpper();
    Sint32 frames = 1;
    if (ds.findAndGetSint32(DCM_NumberOfFrames, frames).bad() || frames < 1)
        frames = 1;
    if (s.width <= 0 || s.height <= 0) {
        *reason = QCoreApplication::translate("DicomFrameSource", "the image size (Rows, Columns) is missing");
        return false;
    }

    // How frames are decoded, and what the samples look like afterwards.
    m.decoded = s;
    if (DcmXfer(xfer).isEncapsulated() || htj2k) {
        E_TransferSyntax rep = xfer;
        if (htj2k) {
            const DcmRepresentationParameter* param = nullptr;
            m.pixelData->getOriginalRepresentationKey(rep, param);
        }
        if (m.pixelData->getEncapsulatedRepresentation(rep, nullptr, m.fragments).bad() || !m.fragments) {
            *reason = QCoreApplication::translate("DicomFrameSource", "its compressed pixel data is malformed");
            return false;
        }
        if (isJpeg2000(xfer) || htj2k) {
            m.codec = Codec::Jpeg2000;
            m.decoded.planar = false;
            if (s.colorModel == QLatin1String("YBR_RCT") || s.colorModel == QLatin1String("YBR_ICT"))
                m.decoded.colorModel = QStringLiteral("RGB"); // OpenJPEG undoes the MCT
        } else if (DcmCodecList::canChangeCoding(xfer, EXS_LittleEndianExplicit)) {
            m.codec = Codec::Dcmtk;
            OFString model;
            if (m.pixelData->getDecompressedColorModel(&ds, model).good() && !model.empty())
                m.decoded.colorModel = QString::fromLatin1(model.c_str()).trimmed();
        } else {
            *reason = QCoreApplication::translate("DicomFrameSource", "its transfer syntax %1 (%2) is not supported")
                          .arg(QString::fromLatin1(DcmXfer(xfer).getXferName()), xferUid);
            return false;
        }
        if (!m.frameIndex.index(*m.fragments, ds, frames, &m.fileCache, reason))
            return false;
    } else if (xfer == EXS_Unknown) {
        *reason = QCoreApplication::translate("DicomFrameSource", "its transfer syntax %1 is not supported").arg(xferUid);
        return false;
    }
    if (const QString why = unsupportedReason(m.decoded); !why.isEmpty()) {
        *reason = why;
        return false;
    }
    if (m.codec == Codec::Native) {
        // The whole of the pixel data must be in the file: a truncated copy fails here
        // rather than on some later frame.
        const qint64 bits = m.stored.bitsAllocated == 1 ? qint64(s.width) * s.height * frames : 0;
        const qint64 needed = bits ? (bits + 7) / 8 : m.stored.frameBytes() * frames;
        const qint64 have = m.pixelData->getLengthField();
        if (have == qint64(DCM_UndefinedLength)) {
            *reason = QCoreApplication::translate("DicomFrameSource", "its pixel data is compressed although the transfer syntax says it is not");
            return false;
        }
        if (have < needed) {
            *reason = QCoreApplication::translate("DicomFrameSource", "its pixel data holds %1 bytes, %2 frames of %3 x %4 need %5 (the file may be truncated)")
                          .arg(have).arg(frames).arg(s.width).arg(s.height).arg(needed);
            return false;
        }
        Uint8 probe[2];
        if (m.pixelData->getPartialValue(probe, Uint32(needed - 2 + (needed % 2)), 2, &m.fileCache).bad()) {
            *reason = QCoreApplication::translate("DicomFrameSource", "the file is truncated inside its pixel data");
            return false;
        }
    }
    if (m.decoded.colorModel == QLatin1String("PALETTE COLOR")) {
        QString why;
        m.palette = PaletteLut::read(ds, s.isSigned, &why);
        if (!m.palette) {
            *reason = why;
            return false;
        }
    }

    setFrameCount(frames);
    setFrameSize(QSize(s.width, s.height));
    setFrameRate(readFrameRate(ds));
    readCalibration(ds, &mutableCalibration());

    SourceInfo& info = mutableInfo();
    info.kind = SourceKind::Dicom;
    info.path = m.path;
    info.formatName = sopName;
    info.photometric = s.colorModel;
    info.transferSyntaxUid = xferUid;
    info.transferSyntax = htj2k ? QCoreApplication::translate("DicomFrameSource", "High-Throughput JPEG 2000") : QString::fromLatin1(DcmXfer(xfer).getXferName());
    info.samplesPerPixel = s.samplesPerPixel;
    info.bitsAllocated = s.bitsAllocated;
    info.bitsStored = s.bitsStored;
    info.isSigned = s.isSigned;
    info.signedOffset = m.decoded.isGrey() ? s.signedOffset() : 0;
    if (m.decoded.isGrey())
        info.defaultWindow = readDefaultWindow(ds, m.decoded);
    info.scanView = readScanView(ds);
    info.wrist = readWrist(ds);
    info.attributes = describeAttributes(ds, info, frames, frameSize(), frameRate(), calibration());
    return true;
}

QImage DicomFrameSource::decodeFrame(int index, QString* error)
{
    QMutexLocker lock(&d->mutex);
    QString reason;
    QImage image;
    switch (d->codec) {
    case Codec::Native: image = decodeNative(index, &reason); break;
    case Codec::Dcmtk: image = decodeWithDcmtk(index, &reason); break;
    case Codec::Jpeg2000: image = decodeJpeg2000(index, &reason); break;
    }
    if (image.isNull() && error)
        *error = QCoreApplication::translate("DicomFrameSource", "Frame %1 of %2 could not be decoded: %3.")
                     .arg(index + 1)
                     .arg(QDir::toNativeSeparators(d->path), reason.isEmpty() ? QCoreApplication::translate("DicomFrameSource", "unknown error") : reason);
    return image;
}

QImage DicomFrameSource::decodeNative(int index, QString* reason)
{
    const FrameLayout& l = d->stored;
    qint64 offset = 0, length = 0;
    int firstBit = 0;
    if (l.bitsAllocated == 1) { // frames of packed bits need not start on a byte boundary
        const qint64 bit = qint64(index) * l.width * l.height;
        offset = bit / 8;
        firstBit = int(bit % 8);
        length = (firstBit + qint64(l.width) * l.height + 7) / 8;
    } else {
        length = l.frameBytes();
        offset = length * index;
    }
    // Big-endian OW data is swapped in 16-bit words, so read whole words.
    const qint64 start = offset & ~qint64(1);
    const qint64 end = std::min<qint64>((offset + length + 1) & ~qint64(1), d->pixelData->getLengthField());
    QByteArray buffer(int(end - start), Qt::Uninitialized);
    if (d->pixelData->getPartialValue(buffer.data(), Uint32(start), Uint32(end - start), &d->fileCache).bad()) {
        *reason = QCoreApplication::translate("DicomFrameSource", "its pixel data cannot be read (the file may be truncated)");
        return {};
    }
    if (start != offset)
        buffer.remove(0, int(offset - start));
    return convertFrame(buffer, l, d->palette ? &*d->palette : nullptr, reason, firstBit);
}

QImage DicomFrameSource::decodeWithDcmtk(int index, QString* reason)
{
    Uint32 frameSize = 0;
    if (d->pixelData->getUncompressedFrameSize(d->ds, frameSize).bad() || frameSize == 0) {
        *reason = QCoreApplication::translate("DicomFrameSource", "the frame size cannot be determined");
        return {};
    }
    QByteArray buffer(int(frameSize + (frameSize & 1)), Qt::Uninitialized);
    Uint32 startFragment = d->frameIndex.firstItem(index);
    OFString model;
    const OFCondition cond = d->pixelData->getUncompressedFrame(d->ds, Uint32(index), startFragment, buffer.data(),
                                                                Uint32(buffer.size()), model, &d->fileCache);
    d->frameIndex.release(*d->fragments, index); // in case the codec loaded fragments into the dataset
    if (cond.bad()) {
        *reason = QString::fromLatin1(cond.text());
        return {};
    }
    FrameLayout l = d->decoded;
    if (!model.empty())
        l.colorModel = QString::fromLatin1(model.c_str()).trimmed();
    return convertFrame(buffer, l, d->palette ? &*d->palette : nullptr, reason);
}

QImage DicomFrameSource::decodeJpeg2000(int index, QString* reason)
{
    QByteArray codestream;
    if (!d->frameIndex.readFrame(*d->fragments, index, &d->fileCache, &codestream, reason))
        return {};
    Jpeg2000Result decoded;
    if (!dicom::decodeJpeg2000(codestream, d->decoded, &decoded, reason))
        return {};
    // Samples are passed on as bit patterns and Pixel Representation decides their sign,
    // also when the codestream says otherwise (pydicom's J2K_pixelrep_mismatch.dcm); GDCM
    // and pydicom read such files the same way.
    return convertFrame(decoded.samples, d->decoded, d->palette ? &*d->palette : nullptr, reason);
}

qint64 DicomFrameSource::pixelBytesInMemory() const
{
    QMutexLocker lock(&d->mutex);
    if (!d->fragments)
        return d->pixelData->valueLoaded() ? qint64(d->pixelData->getLengthField()) : 0;
    qint64 total = 0;
    for (unsigned long k = 1; k < d->fragments->card(); ++k) {
        DcmPixelItem* item = nullptr;
        if (d->fragments->getItem(item, k).good() && item && item->valueLoaded())
            total += item->getLengthField();
    }
    return total;
}

OpenResult openDicomFile(const QString& path)
{
    QString error;
    std::unique_ptr<DicomFrameSource> source = DicomFrameSource::open(path, &error);
    if (!source)
        return {nullptr, error};
    return {std::move(source), {}};
}

} // namespace ns::media
