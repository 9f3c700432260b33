#include "core/synth/writers/SynthDicomWriter.h"

#include "core/synth/writers/WriterSupport.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmjpeg/djencode.h>
#include <dcmtk/dcmjpeg/djrploss.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <algorithm>
#include <cstring>
#include <cmath>
#include <mutex>

namespace ns::synth {

namespace {

// Words a sonographer would write, so the file names its view as ScanView.h reads it.
QString seriesViewWords(View v)
{
    switch (v) {
    case View::WristTransverse: return QStringLiteral("wrist transverse");
    case View::ForearmTransverse: return QStringLiteral("forearm transverse");
    case View::Longitudinal: return QStringLiteral("wrist longitudinal");
    }
    return QString();
}

// 128-bit big-endian number to decimal, by repeated division of 32-bit limbs by 10.
QString toDecimal(const QByteArray& bytes16)
{
    quint32 limbs[4];
    for (int i = 0; i < 4; ++i)
        limbs[i] = (quint32(quint8(bytes16[4 * i])) << 24) | (quint32(quint8(bytes16[4 * i + 1])) << 16)
                   | (quint32(quint8(bytes16[4 * i + 2])) << 8) | quint32(quint8(bytes16[4 * i + 3]));
    QString digits;
    for (;;) {
        bool zero = true;
        quint64 rem = 0;
        for (quint32& limb : limbs) {
            const quint64 cur = (rem << 32) | limb;
            limb = quint32(cur / 10);
            rem = cur % 10;
            zero = zero && limb == 0;
        }
        digits.prepend(QChar(char('0' + rem)));
        if (zero)
            break;
    }
    return digits;
}

void registerEncoderOnce()
{
    // DCMTK's codec registry is process-wide; encoders are never unregistered because
    // another thread may be writing.
    static std::once_flag once;
    // EUC_never: keep our SOP Instance UID so seeded files stay reproducible.
    // pUsePixelValues = false: by default DCMTK stretches [min, max] of the pixel values
    // to the full 8-bit range without recording it (pixel values come back shifted).
    std::call_once(once, [] {
        DJEncoderRegistration::registerCodecs(ECC_lossyYCbCr, EUC_never, OFFalse, 0, 0, 0, OFTrue, ESS_422, OFTrue,
                                              OFFalse, 0, 0, 0.0, 0.0, 0, 0, 0, 0, /*pUsePixelValues*/ OFFalse);
    });
}

struct Uids {
    QString study, series, instance;
};

Uids makeUids(const SynthCine& cine, const DicomWriteOptions& options)
{
    Uids u;
    if (!options.deterministicSeed) {
        char buf[100];
        u.study = QString::fromLatin1(dcmGenerateUniqueIdentifier(buf, SITE_STUDY_UID_ROOT));
        u.series = QString::fromLatin1(dcmGenerateUniqueIdentifier(buf, SITE_SERIES_UID_ROOT));
        u.instance = QString::fromLatin1(dcmGenerateUniqueIdentifier(buf, SITE_INSTANCE_UID_ROOT));
        return u;
    }
    const std::uint64_t seed = *options.deterministicSeed;
    const GroundTruth& t = cine.frames.front().truth;
    // A study per synthetic patient, a series per wrist and view, an instance per content:
    // two different cines made from one seed never share an instance UID.
    QCryptographicHash pixels(QCryptographicHash::Sha256);
    for (const SynthFrame& f : cine.frames)
        for (int y = 0; y < f.image.height(); ++y)
            pixels.addData(QByteArrayView(reinterpret_cast<const char*>(f.image.constScanLine(y)), f.image.width()));
    const QByteArray patient = t.patientId.toUtf8();
    const QByteArray series = patient + '/' + t.wrist.toUtf8() + '/' + writers::viewKey(t.view).toUtf8() + '/'
                              + cine.profile.name.toUtf8();
    u.study = uidFromSeed(seed, "study/" + patient);
    u.series = uidFromSeed(seed, "series/" + series);
    u.instance = uidFromSeed(seed, "instance/" + series + '/' + pixels.result().toHex());
    return u;
}

QString formatDs(double v) { return QString::number(v, 'g', 10); }

OFCondition put(DcmItem& item, const DcmTagKey& tag, const QString& value)
{
    return item.putAndInsertString(tag, value.toLatin1().constData());
}

void putRegion(DcmItem& ds, const SynthCine& cine, int cols, int rows)
{
    DcmItem* region = nullptr;
    ds.findOrCreateSequenceItem(DCM_SequenceOfUltrasoundRegions, region, -2);
    const double cm = cine.profile.pixelSpacingMm / 10.0;
    region->putAndInsertUint32(DCM_RegionLocationMinX0, 0);
    region->putAndInsertUint32(DCM_RegionLocationMinY0, 0);
    region->putAndInsertUint32(DCM_RegionLocationMaxX1, Uint32(cols - 1));
    region->putAndInsertUint32(DCM_RegionLocationMaxY1, Uint32(rows - 1));
    region->putAndInsertUint16(DCM_RegionSpatialFormat, 1); // 2D tissue
    region->putAndInsertUint16(DCM_RegionDataType, 1);      // tissue
    region->putAndInsertUint32(DCM_RegionFlags, 0);         // not high priority, no scaling protection
    region->putAndInsertUint16(DCM_PhysicalUnitsXDirection, 3); // cm
    region->putAndInsertUint16(DCM_PhysicalUnitsYDirection, 3);
    region->putAndInsertFloat64(DCM_PhysicalDeltaX, cm);
    region->putAndInsertFloat64(DCM_PhysicalDeltaY, cm);
    // The skin line's midpoint is the physical origin: x across from the probe centre,
    // y = depth from the skin.
    region->putAndInsertSint32(DCM_ReferencePixelX0, Sint32(cols / 2));
    region->putAndInsertSint32(DCM_ReferencePixelY0, 0);
    region->putAndInsertFloat64(DCM_ReferencePixelPhysicalValueX, 0.0);
    region->putAndInsertFloat64(DCM_ReferencePixelPhysicalValueY, 0.0);
    region->putAndInsertUint32(DCM_TransducerFrequency, Uint32(std::lround(cine.profile.centreFrequencyMHz * 1000))); // kHz
}

} // namespace

QString uidFromSeed(std::uint64_t seed, const QByteArray& role)
{
    QByteArray key = QByteArray::number(quint64(seed)) + '|' + role;
    QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha256).left(16);
    // RFC 4122 version-4 style bits so the number is a valid UUID, as 2.25 requires.
    digest[6] = char((quint8(digest[6]) & 0x0F) | 0x40);
    digest[8] = char((quint8(digest[8]) & 0x3F) | 0x80);
    return QStringLiteral("2.25.") + toDecimal(digest);
}

bool writeSynthDicom(const SynthCine& cine, const QString& path, const DicomWriteOptions& options, QString* error)
{
    auto failWith = [&](const QString& reason) {
        if (error)
            *error = QCoreApplication::translate("SynthDicomWriter", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    if (cine.frames.empty())
        return failWith(QCoreApplication::translate("SynthDicomWriter", "the cine has no frames"));
    const QSize size = cine.frames.front().image.size();
    const int cols = size.width(), rows = size.height();
    if (cols <= 0 || rows <= 0 || cols > 65535 || rows > 65535)
        return failWith(QCoreApplication::translate("SynthDicomWriter", "the frame size %1x%2 cannot be stored").arg(cols).arg(rows));

    // Frames are packed as stored: 8-bit grey, rows without padding.
    const size_t frameBytes = size_t(cols) * size_t(rows);
    std::vector<Uint8> pixels(frameBytes * cine.frames.size());
    for (size_t i = 0; i < cine.frames.size(); ++i) {
        QImage img = cine.frames[i].image;
        if (img.size() != size)
            return failWith(QCoreApplication::translate("SynthDicomWriter", "frame %1 is %2x%3, not %4x%5").arg(i + 1).arg(img.width()).arg(img.height()).arg(cols).arg(rows));
        if (img.format() != QImage::Format_Grayscale8)
            img = img.convertToFormat(QImage::Format_Grayscale8);
        for (int y = 0; y < rows; ++y)
            std::memcpy(&pixels[i * frameBytes + size_t(y) * cols], img.constScanLine(y), size_t(cols));
    }

    const GroundTruth& t = cine.frames.front().truth;
    const Uids uids = makeUids(cine, options);
    const bool deterministic = options.deterministicSeed.has_value();
    const QDateTime now = QDateTime::currentDateTime();
    const QString date = deterministic ? QString() : now.toString(QStringLiteral("yyyyMMdd"));
    const QString time = deterministic ? QString() : now.toString(QStringLiteral("HHmmss"));
    const double fps = cine.frameRate > 0 ? cine.frameRate : cine.profile.frameRate;

    DcmFileFormat file;
    DcmDataset& ds = *file.getDataset();
    // SOP Common
    put(ds, DCM_SOPClassUID, QString::fromLatin1(UID_UltrasoundMultiframeImageStorage));
    put(ds, DCM_SOPInstanceUID, uids.instance);
    // Patient: obviously synthetic.
    put(ds, DCM_PatientName, QStringLiteral("SYNTHETIC^PHANTOM"));
    put(ds, DCM_PatientID, t.patientId.isEmpty() ? QStringLiteral("SYNTHETIC") : t.patientId);
    put(ds, DCM_PatientBirthDate, QString());
    put(ds, DCM_PatientSex, QStringLiteral("O"));
    put(ds, DCM_PatientComments, QStringLiteral("Synthetic median-nerve phantom generated by NerveScope. Not a real patient."));
    // General Study
    put(ds, DCM_StudyInstanceUID, uids.study);
    put(ds, DCM_StudyDate, date);
    put(ds, DCM_StudyTime, time);
    put(ds, DCM_ReferringPhysicianName, QString());
    put(ds, DCM_StudyID, QStringLiteral("SYNTH"));
    put(ds, DCM_AccessionNumber, QString());
    put(ds, DCM_StudyDescription, QStringLiteral("Synthetic median nerve ultrasound"));
    // General Series
    put(ds, DCM_Modality, QStringLiteral("US"));
    put(ds, DCM_SeriesInstanceUID, uids.series);
    put(ds, DCM_SeriesNumber, QStringLiteral("1"));
    put(ds, DCM_Laterality, t.wrist == QLatin1String("left") ? QStringLiteral("L") : QStringLiteral("R"));
    put(ds, DCM_BodyPartExamined, t.view == View::ForearmTransverse ? QStringLiteral("FOREARM") : QStringLiteral("WRIST"));
    put(ds, DCM_SeriesDescription, options.seriesDescription.isEmpty()
             ? QStringLiteral("Synthetic %1 %2 %3").arg(seriesViewWords(t.view), writers::gradeKey(t.grade), cine.profile.name)
             : options.seriesDescription);
    // General Equipment
    put(ds, DCM_Manufacturer, QStringLiteral("NerveScope synthetic"));
    put(ds, DCM_ManufacturerModelName, cine.profile.displayName.isEmpty() ? cine.profile.name : cine.profile.displayName);
    put(ds, DCM_SoftwareVersions, QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral("0")
                                                                                  : QCoreApplication::applicationVersion());
    // General Image
    put(ds, DCM_InstanceNumber, QStringLiteral("1"));
    put(ds, DCM_PatientOrientation, QString());
    put(ds, DCM_ContentDate, date);
    put(ds, DCM_ContentTime, time);
    put(ds, DCM_BurnedInAnnotation, QStringLiteral("NO"));
    put(ds, DCM_RecognizableVisualFeatures, QStringLiteral("NO"));
    put(ds, DCM_ImageComments, QStringLiteral("level %1, sweep %2 mm").arg(t.level).arg(t.sweepPositionMm, 0, 'f', 2));
    // Image Pixel + US Image
    put(ds, DCM_ImageType, QStringLiteral("DERIVED\\PRIMARY"));
    ds.putAndInsertUint16(DCM_SamplesPerPixel, 1);
    put(ds, DCM_PhotometricInterpretation, QStringLiteral("MONOCHROME2"));
    ds.putAndInsertUint16(DCM_Rows, Uint16(rows));
    ds.putAndInsertUint16(DCM_Columns, Uint16(cols));
    ds.putAndInsertUint16(DCM_BitsAllocated, 8);
    ds.putAndInsertUint16(DCM_BitsStored, 8);
    ds.putAndInsertUint16(DCM_HighBit, 7);
    ds.putAndInsertUint16(DCM_PixelRepresentation, 0);
    put(ds, DCM_LossyImageCompression, QStringLiteral("00"));
    // Multi-frame + Cine
    put(ds, DCM_NumberOfFrames, QString::number(cine.frames.size()));
    ds.putAndInsertTagKey(DCM_FrameIncrementPointer, DCM_FrameTime);
    put(ds, DCM_FrameTime, formatDs(1000.0 / fps));
    // Cine Rate is an integer string; when the rate is not whole, Frame Time alone says it
    // exactly (readers prefer Cine Rate, so a rounded one would misstate the rate).
    if (std::abs(fps - std::round(fps)) < 1e-9) {
        put(ds, DCM_CineRate, QString::number(std::lround(fps)));
        put(ds, DCM_RecommendedDisplayFrameRate, QString::number(std::lround(fps)));
    }
    // US Region Calibration
    putRegion(ds, cine, cols, rows);

    const OFCondition pc = ds.putAndInsertUint8Array(DCM_PixelData, pixels.data(), Uint32(pixels.size()));
    if (pc.bad())
        return failWith(QString::fromLatin1(pc.text()));

    E_TransferSyntax xfer = EXS_LittleEndianExplicit;
    if (options.encoding == DicomWriteOptions::Encoding::JpegBaseline) {
        registerEncoderOnce();
        DJ_RPLossy rp(std::clamp(options.jpegQuality, 1, 100));
        // Lossy compression is recorded by DCMTK (Lossy Image Compression "01", ratio, method).
        xfer = EXS_JPEGProcess1;
        const OFCondition cc = ds.chooseRepresentation(xfer, &rp);
        if (cc.bad() || !ds.canWriteXfer(xfer))
            return failWith(QCoreApplication::translate("SynthDicomWriter", "JPEG encoding failed (%1)").arg(QString::fromLatin1(cc.text())));
    }
    const QByteArray native = QFile::encodeName(path);
    const OFCondition wc = file.saveFile(native.constData(), xfer, EET_ExplicitLength, EGL_recalcGL, EPD_noChange);
    if (wc.bad())
        return failWith(QString::fromLatin1(wc.text()));
    return true;
}

} // namespace ns::synth
