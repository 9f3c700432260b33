#include "bench/LongCine.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmjpeg/djencode.h>
#include <dcmtk/dcmjpeg/djrploss.h>

#include <random>
#include <vector>

namespace ns::bench {

QString writeLongUltrasoundCine(const QString& path, int frames, CineCompression compression, int rows, int columns,
                                double fps)
{
    DcmFileFormat file;
    DcmDataset* ds = file.getDataset();
    char uid[100];
    ds->putAndInsertString(DCM_SOPClassUID, UID_UltrasoundMultiframeImageStorage);
    ds->putAndInsertString(DCM_SOPInstanceUID, dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT));
    ds->putAndInsertString(DCM_StudyInstanceUID, dcmGenerateUniqueIdentifier(uid, SITE_STUDY_UID_ROOT));
    ds->putAndInsertString(DCM_SeriesInstanceUID, dcmGenerateUniqueIdentifier(uid, SITE_SERIES_UID_ROOT));
    ds->putAndInsertString(DCM_Modality, "US");
    ds->putAndInsertString(DCM_PatientName, "Bench^Cine");
    ds->putAndInsertUint16(DCM_SamplesPerPixel, 1);
    ds->putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2");
    ds->putAndInsertUint16(DCM_Rows, Uint16(rows));
    ds->putAndInsertUint16(DCM_Columns, Uint16(columns));
    ds->putAndInsertUint16(DCM_BitsAllocated, 8);
    ds->putAndInsertUint16(DCM_BitsStored, 8);
    ds->putAndInsertUint16(DCM_HighBit, 7);
    ds->putAndInsertUint16(DCM_PixelRepresentation, 0);
    ds->putAndInsertString(DCM_NumberOfFrames, std::to_string(frames).c_str());
    ds->putAndInsertString(DCM_FrameIncrementPointer, "(0018,1063)");
    ds->putAndInsertString(DCM_FrameTime, std::to_string(1000.0 / fps).c_str());
    ds->putAndInsertString(DCM_CineRate, std::to_string(int(fps + 0.5)).c_str());

    // A texture that drifts one pixel per frame: every frame differs, like a probe sweep.
    std::mt19937 rng(42);
    std::uniform_int_distribution<int> dist(0, 255);
    std::vector<Uint8> texture(size_t(rows) * (columns + frames));
    for (auto& v : texture)
        v = Uint8(dist(rng));
    std::vector<Uint8> pixels(size_t(rows) * columns * frames);
    for (int f = 0; f < frames; ++f)
        for (int y = 0; y < rows; ++y)
            std::copy_n(&texture[size_t(y) * (columns + frames) + f], columns,
                        &pixels[(size_t(f) * rows + y) * columns]);
    ds->putAndInsertUint8Array(DCM_PixelData, pixels.data(), static_cast<unsigned long>(pixels.size()));
    E_TransferSyntax xfer = EXS_LittleEndianExplicit;
    if (compression == CineCompression::JpegBaseline) {
        static const bool registered = [] { DJEncoderRegistration::registerCodecs(); return true; }();
        (void)registered;
        DJ_RPLossy quality(90);
        xfer = EXS_JPEGProcess1;
        if (OFCondition c = ds->chooseRepresentation(xfer, &quality); c.bad())
            return QString::fromLatin1(c.text());
    }
    const OFCondition st = file.saveFile(path.toLocal8Bit().constData(), xfer);
    return st.good() ? QString() : QString::fromLatin1(st.text());
}

} // namespace ns::bench
