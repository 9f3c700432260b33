#include "core/export/dicom/DicomPixelBlackout.h"

#include "core/media/dicom/DicomCodecs.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <QCoreApplication>

namespace ns::exporting {

QList<QRect> ultrasoundRegions(DcmDataset& dataset)
{
    QList<QRect> out;
    DcmSequenceOfItems* seq = nullptr;
    if (dataset.findAndGetSequence(DCM_SequenceOfUltrasoundRegions, seq).bad() || !seq)
        return out;
    for (unsigned long i = 0; i < seq->card(); ++i) {
        DcmItem* r = seq->getItem(i);
        Uint32 x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        if (r->findAndGetUint32(DCM_RegionLocationMinX0, x0).good() && r->findAndGetUint32(DCM_RegionLocationMinY0, y0).good()
            && r->findAndGetUint32(DCM_RegionLocationMaxX1, x1).good()
            && r->findAndGetUint32(DCM_RegionLocationMaxY1, y1).good() && x1 >= x0 && y1 >= y0)
            out << QRect(QPoint(int(x0), int(y0)), QPoint(int(x1), int(y1)));
    }
    return out;
}

bool blackOutPixels(DcmDataset& dataset, const BlackoutSpec& spec, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (spec.mode == BlackoutSpec::Mode::None)
        return true;
    Uint16 rows = 0, cols = 0, bits = 0, samples = 1, planar = 0;
    dataset.findAndGetUint16(DCM_Rows, rows);
    dataset.findAndGetUint16(DCM_Columns, cols);
    QString why;
    const std::optional<QRegion> dark = blackoutRegion(spec, QSize(cols, rows), ultrasoundRegions(dataset), &why);
    if (!dark)
        return fail(why);
    ns::media::dicom::ensureDcmtkReady();
    if (dataset.chooseRepresentation(EXS_LittleEndianExplicit, nullptr).bad()
        || !dataset.canWriteXfer(EXS_LittleEndianExplicit))
        return fail(QCoreApplication::translate("DicomExport",
            "cannot decompress the image to black out burned-in text (transfer syntax not supported)"));

    dataset.findAndGetUint16(DCM_BitsAllocated, bits);
    dataset.findAndGetUint16(DCM_SamplesPerPixel, samples);
    dataset.findAndGetUint16(DCM_PlanarConfiguration, planar);
    Sint32 frames = 1;
    if (dataset.findAndGetSint32(DCM_NumberOfFrames, frames).bad() || frames < 1)
        frames = 1;
    OFString photometric;
    dataset.findAndGetOFString(DCM_PhotometricInterpretation, photometric);
    if ((bits != 8 && bits != 16) || rows == 0 || cols == 0 || samples < 1)
        return fail(QCoreApplication::translate("DicomExport", "cannot black out pixels of %1-bit images").arg(bits));

    DcmElement* el = nullptr;
    if (dataset.findAndGetElement(DCM_PixelData, el).bad() || !el)
        return fail(QCoreApplication::translate("DicomExport", "the file has no pixel data to black out"));
    Uint8* data = nullptr;
    if (el->getUint8Array(data).bad() || !data)
        return fail(QCoreApplication::translate("DicomExport", "cannot read the pixel data to black out"));
    const size_t bytesPerSample = bits / 8;
    const size_t frameBytes = size_t(rows) * cols * samples * bytesPerSample;
    if (el->getLength() < frameBytes * size_t(frames))
        return fail(QCoreApplication::translate("DicomExport", "the pixel data is shorter than the header says"));

    // Black in YBR is Y=0 with neutral chroma; everywhere else all-zero samples are black
    // (or palette index 0).
    const bool ybr = photometric.find("YBR") == 0 && bytesPerSample == 1;
    for (Sint32 f = 0; f < frames; ++f) {
        Uint8* frame = data + frameBytes * size_t(f);
        for (const QRect& r : *dark)
            for (int y = r.top(); y <= r.bottom(); ++y)
                for (int x = r.left(); x <= r.right(); ++x)
                    for (int s = 0; s < samples; ++s) {
                        const size_t index = planar == 1 && samples > 1
                                                 ? size_t(s) * rows * cols + size_t(y) * cols + x
                                                 : (size_t(y) * cols + x) * samples + s;
                        const Uint8 value = ybr && s > 0 ? 128 : 0;
                        for (size_t b = 0; b < bytesPerSample; ++b)
                            frame[index * bytesPerSample + b] = b == 0 ? value : 0;
                    }
    }
    dataset.putAndInsertString(DCM_BurnedInAnnotation, "NO");
    return true;
}

} // namespace ns::exporting
