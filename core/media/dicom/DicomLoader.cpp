#include "core/media/dicom/DicomLoader.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ns::media::dicom {

namespace {

bool hasPart10Preamble(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(132);
    return head.size() == 132 && head.mid(128, 4) == "DICM";
}

bool looksLikeDicom(DcmFileFormat& file)
{
    DcmDataset* ds = file.getDataset();
    return ds && (ds->tagExists(DCM_SOPClassUID) || ds->tagExists(DCM_PixelData) || ds->tagExists(DCM_Rows));
}

OFCondition load(DcmFileFormat& file, const QByteArray& name, E_TransferSyntax xfer, E_FileReadMode mode)
{
    return file.loadFile(OFFilename(name.constData()), xfer, EGL_noChange, kMaxReadLength, mode);
}
} // namespace

std::unique_ptr<DcmFileFormat> loadDicomHeader(const QString& path, QString* reason)
{
    const QFileInfo fi(path);
    if (!fi.exists()) {
        *reason = QCoreApplication::translate("DicomFrameSource", "the file does not exist");
        return nullptr;
    }
    if (fi.isDir()) {
        *reason = QCoreApplication::translate("DicomFrameSource", "it is a folder, not a DICOM file");
        return nullptr;
    }
    if (fi.size() == 0) {
        *reason = QCoreApplication::translate("DicomFrameSource", "the file is empty");
        return nullptr;
    }
    if (!fi.isReadable()) {
        *reason = QCoreApplication::translate("DicomFrameSource", "permission denied");
        return nullptr;
    }
    const QByteArray name = QFile::encodeName(path);
    auto file = std::make_unique<DcmFileFormat>();
    const OFCondition cond = load(*file, name, EXS_Unknown, ERM_autoDetect);
    if (hasPart10Preamble(path)) {
        if (cond.good())
            return file;
        // An element running past the end of a file whose header made sense is a copy cut
        // short; past the end of garbage, it is just garbage.
        if (cond == EC_StreamNotifyClient && looksLikeDicom(*file))
            *reason = QCoreApplication::translate("DicomFrameSource", "the file is truncated (it ends in the middle of an element)");
        else
            *reason = QCoreApplication::translate("DicomFrameSource", "the file is damaged (%1)").arg(QString::fromLatin1(cond.text()));
        return nullptr;
    }
    if (cond.good() && looksLikeDicom(*file))
        return file;
    // Without a meta header DCMTK guesses the encoding from the first tag, and old
    // archives fool it (pydicom's no_meta.dcm); try the three plain encodings in turn.
    for (E_TransferSyntax xfer : {EXS_LittleEndianExplicit, EXS_LittleEndianImplicit, EXS_BigEndianExplicit}) {
        auto retry = std::make_unique<DcmFileFormat>();
        if (load(*retry, name, xfer, ERM_dataset).good() && looksLikeDicom(*retry))
            return retry;
    }
    *reason = QCoreApplication::translate("DicomFrameSource", "it is not a DICOM file");
    return nullptr;
}

QString sopClassDisplayName(const QString& uid)
{
    const char* keyword = dcmFindNameOfUID(uid.toLatin1().constData(), nullptr);
    if (!keyword)
        return uid.isEmpty() ? QCoreApplication::translate("DicomFrameSource", "DICOM image") : QCoreApplication::translate("DicomFrameSource", "DICOM (SOP class %1)").arg(uid);
    // "RETIRED_UltrasoundMultiframeImageStorage" -> "Ultrasound Multiframe Image (retired)"
    QString k = QString::fromLatin1(keyword);
    const bool retired = k.startsWith(QLatin1String("RETIRED_"));
    if (retired)
        k = k.mid(8);
    if (k.endsWith(QLatin1String("Storage")))
        k.chop(7);
    QString words;
    for (int i = 0; i < k.size(); ++i) {
        const QChar c = k[i];
        // A word starts at a capital after a lower-case letter or digit ("ImageStorage"),
        // or at the last capital of an acronym ("CTImage" -> "CT Image").
        const bool afterLower = i > 0 && (k[i - 1].isLower() || k[i - 1].isDigit());
        const bool endsAcronym = i > 0 && i + 1 < k.size() && k[i - 1].isUpper() && k[i + 1].isLower();
        const bool boundary = c.isUpper() && (afterLower || endsAcronym);
        if (boundary)
            words += QLatin1Char(' ');
        words += c == QLatin1Char('_') ? QLatin1Char(' ') : c;
    }
    words = QStringLiteral("DICOM ") + words.trimmed();
    return retired ? QCoreApplication::translate("DicomFrameSource", "%1 (retired)").arg(words) : words;
}

bool isHighThroughputJpeg2000(const QString& uid)
{
    return uid == QLatin1String("1.2.840.10008.1.2.4.201") || uid == QLatin1String("1.2.840.10008.1.2.4.202")
        || uid == QLatin1String("1.2.840.10008.1.2.4.203");
}

} // namespace ns::media::dicom
