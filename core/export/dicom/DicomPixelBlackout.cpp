#include "core/export/dicom/DicomPixelBlackout.h"

#include "core/media/dicom/DicomCodecs.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <QCoreApplication>

namespace ns::exporting {

std::vector<QRect> ultrasoundRegions(DcmDataset& dataset)
{
    std::vector<QRect> out;
    DcmSequenceOfItems* seq = nullptr;
    if (dataset.findAndGetSequence(DCM_SequenceOfUltrasoundRegions, seq).bad() || !seq)
        return out;
    for (unsigned long i = 0; i < seq->card(); ++i) {
        DcmItem* r = seq->getItem(i);
        Uint32 x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        if (r->findAndGetUint32(DCM_RegionLocationMinX0, x0).good() && r->findAndGetUint32(DCM_RegionLocationMinY0, y0).good()
            && r->findAndGetUint32(DCM_RegionLocationMaxX1, x1).good()
            && r->findAndGetUint32(DCM_RegionLocationMaxY1, y1).good() && x1 >= x0 && y1 >= y0)
            out.emplace_back(QPoint(int(x0), int(y0)), QPoint(int(x1), int(y1)));
    }
    return out;
}

bool blackOutPixels(DcmDataset& dataset, DicomExportOptions::Blackout mode, const QRect& rect, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (mode == DicomExportOptions::Blackout::None)
        return true;
    std::vector<QRect> keep;
    if (mode == DicomExportOptions::Blackout::OutsideRegions) {
        keep = ultrasoundRegions(dataset);
        if (keep.empty())
            return fail(QCoreApplication::translate("DicomExport",
                "the file has no ultrasound regions, so there is nothing to keep when blacking out outside them"));
    }
    ns::media::dicom::ensureDcmtkReady();
    if (dataset.chooseRepresentation(EXS_LittleEndianExplicit, nullptr).bad()
        || !dataset.canWriteXfer(EXS_LittleEndianExplicit))
        return fail(QCoreApplication::translate("DicomExport",
            "cannot decompress the image to black out burned-in text (transfer syntax not supported)"));

    Uint16 rows = 0, cols = 0, bits = 0, samples = 1, planar = 0;
    dataset.findAndGetUint16(DCM_Rows, rows);
    dataset.findAndGetUint16(DCM_Columns, cols);
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
    const QRect image(0, 0, cols, rows);
    const QRect box = rect.intersected(image);
    auto blank = [&](int x, int y) {
        const QPoint p(x, y);
        if (mode == DicomExportOptions::Blackout::Rectangle)
            return box.contains(p);
        for (const QRect& r : keep)
            if (r.contains(p))
                return false;
        return true;
    };
    for (Sint32 f = 0; f < frames; ++f) {
        Uint8* frame = data + frameBytes * size_t(f);
        for (int y = 0; y < rows; ++y)
            for (int x = 0; x < cols; ++x) {
                if (!blank(x, y))
                    continue;
                for (int s = 0; s < samples; ++s) {
                    const size_t index = planar == 1 && samples > 1
                                             ? size_t(s) * rows * cols + size_t(y) * cols + x
                                             : (size_t(y) * cols + x) * samples + s;
                    const Uint8 value = ybr && s > 0 ? 128 : 0;
                    for (size_t b = 0; b < bytesPerSample; ++b)
                        frame[index * bytesPerSample + b] = b == 0 ? value : 0;
                }
            }
    }
    dataset.putAndInsertString(DCM_BurnedInAnnotation, "NO");
    return true;
}

} // namespace ns::exporting
