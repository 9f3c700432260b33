#include "core/media/dicom/DicomMetadata.h"

#include "core/media/ScanView.h"
#include "core/media/dicom/PhotometricConverter.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcitem.h>

#include <QCoreApplication>
#include <QDate>

#include <cmath>

namespace ns::media::dicom {

namespace {

// DCMTK's getFloat64 covers DS, FL and FD but not IS (Cine Rate, Recommended Display
// Frame Rate), so read the text when the typed getter refuses.
bool readNumber(DcmItem& ds, const DcmTagKey& tag, double* out, unsigned long pos = 0)
{
    Float64 v = 0;
    if (ds.findAndGetFloat64(tag, v, pos).good()) {
        *out = v;
        return true;
    }
    OFString text;
    if (ds.findAndGetOFString(tag, text, pos).good()) {
        bool ok = false;
        *out = QString::fromLatin1(text.c_str()).trimmed().toDouble(&ok);
        return ok;
    }
    return false;
}

bool readPositive(DcmItem& ds, const DcmTagKey& tag, double* out)
{
    double v = 0;
    if (readNumber(ds, tag, &v) && v > 0) {
        *out = v;
        return true;
    }
    return false;
}

bool isUtf8(DcmItem& ds)
{
    OFString cs;
    ds.findAndGetOFStringArray(DCM_SpecificCharacterSet, cs);
    return QString::fromLatin1(cs.c_str()).contains(QLatin1String("ISO_IR 192"));
}

QString formatDate(const QString& da)
{
    const QDate d = QDate::fromString(da.left(8), QStringLiteral("yyyyMMdd"));
    return d.isValid() ? d.toString(Qt::ISODate) : da;
}
} // namespace

double readFrameRate(DcmItem& ds)
{
    double v = 0;
    if (readPositive(ds, DCM_CineRate, &v))
        return v;
    if (readPositive(ds, DCM_FrameTime, &v))
        return 1000.0 / v;
    DcmElement* vector = nullptr;
    if (ds.findAndGetElement(DCM_FrameTimeVector, vector).good() && vector && vector->getVM() > 0) {
        // The first increment is usually 0 (nothing precedes frame 1); leave it out.
        const unsigned long n = vector->getVM();
        double sum = 0;
        unsigned long used = 0;
        for (unsigned long i = 0; i < n; ++i) {
            Float64 t = 0;
            if (vector->getFloat64(t, i).good() && !(i == 0 && t == 0 && n > 1)) {
                sum += t;
                ++used;
            }
        }
        if (used > 0 && sum > 0)
            return 1000.0 / (sum / double(used));
    }
    if (readPositive(ds, DCM_RecommendedDisplayFrameRate, &v))
        return v;
    return 0.0;
}

std::optional<WindowLevel> readDefaultWindow(DcmItem& ds, const FrameLayout& stored)
{
    double center = 0, width = 0;
    if (!readNumber(ds, DCM_WindowCenter, &center) || !readNumber(ds, DCM_WindowWidth, &width) || !(width > 0))
        return std::nullopt;
    double slope = 1, intercept = 0;
    readNumber(ds, DCM_RescaleSlope, &slope);
    readNumber(ds, DCM_RescaleIntercept, &intercept);
    if (slope == 0)
        slope = 1;
    // The window applies to rescaled values (PS3.3 C.11.2.1.2); frames hold stored ones.
    WindowLevel w;
    w.center = (center - intercept) / slope + stored.signedOffset();
    w.width = width / std::abs(slope);
    if (stored.colorModel == QLatin1String("MONOCHROME1"))
        w.center = double((1 << stored.bitsStored) - 1) - w.center;
    return w;
}

void prepareCharacterSet(DcmItem& ds)
{
    OFString cs;
    if (ds.findAndGetOFStringArray(DCM_SpecificCharacterSet, cs).bad() || cs.empty())
        return;
    const QString set = QString::fromLatin1(cs.c_str()).trimmed();
    if (set == QLatin1String("ISO_IR 100") || set == QLatin1String("ISO_IR 6") || set == QLatin1String("ISO_IR 192"))
        return;
    if (auto* dataset = dynamic_cast<DcmDataset*>(&ds))
        dataset->convertToUTF8(); // needs DCMTK's character set support; Latin-1 otherwise
}

QString readText(DcmItem& ds, const DcmTagKey& tag)
{
    OFString value;
    if (ds.findAndGetOFStringArray(tag, value).bad())
        return {};
    const bool utf8 = isUtf8(ds);
    const QString text = utf8 ? QString::fromUtf8(value.c_str()) : QString::fromLatin1(value.c_str());
    return text.trimmed();
}

QString readScanView(DcmItem& ds)
{
    QString words = readText(ds, DCM_SeriesDescription);
    DcmItem* code = nullptr;
    if (ds.findAndGetSequenceItem(DCM_ViewCodeSequence, code, 0).good() && code)
        words += QLatin1Char(' ') + readText(*code, DCM_CodeMeaning);
    return declaredScanView(words, readText(ds, DCM_BodyPartExamined));
}

QString readWrist(DcmItem& ds)
{
    for (const DcmTagKey& tag : {DCM_ImageLaterality, DCM_Laterality}) {
        const QString side = readText(ds, tag).toUpper();
        if (side == QLatin1String("L"))
            return QStringLiteral("left");
        if (side == QLatin1String("R"))
            return QStringLiteral("right");
    }
    return {};
}

QList<QPair<QString, QString>> describeAttributes(DcmItem& ds, const SourceInfo& info, int frameCount,
                                                  QSize frameSize, double frameRate, const Calibration& calibration)
{
    QList<QPair<QString, QString>> a;
    auto optional = [&](const char* label, const QString& value) {
        if (!value.isEmpty())
            a.append({QCoreApplication::translate("DicomFrameSource", label), value});
    };
    QString name = readText(ds, DCM_PatientName);
    name.replace(QLatin1Char('^'), QLatin1Char(' '));
    optional(QT_TRANSLATE_NOOP("DicomFrameSource", "Patient name"), name.simplified());
    optional(QT_TRANSLATE_NOOP("DicomFrameSource", "Patient ID"), readText(ds, DCM_PatientID));
    optional(QT_TRANSLATE_NOOP("DicomFrameSource", "Study date"), formatDate(readText(ds, DCM_StudyDate)));
    optional(QT_TRANSLATE_NOOP("DicomFrameSource", "Study description"), readText(ds, DCM_StudyDescription));
    optional(QT_TRANSLATE_NOOP("DicomFrameSource", "Series description"), readText(ds, DCM_SeriesDescription));
    optional(QT_TRANSLATE_NOOP("DicomFrameSource", "Modality"), readText(ds, DCM_Modality));
    optional(QT_TRANSLATE_NOOP("DicomFrameSource", "Manufacturer"), readText(ds, DCM_Manufacturer));
    optional(QT_TRANSLATE_NOOP("DicomFrameSource", "Model"), readText(ds, DCM_ManufacturerModelName));
    optional(QT_TRANSLATE_NOOP("DicomFrameSource", "Transducer"), readText(ds, DCM_TransducerData));
    optional(QT_TRANSLATE_NOOP("DicomFrameSource", "Body part"), readText(ds, DCM_BodyPartExamined));
    optional(QT_TRANSLATE_NOOP("DicomFrameSource", "View"), scanViewDisplayName(info.scanView));
    const QString side = info.wrist == QLatin1String("left")    ? QCoreApplication::translate("DicomFrameSource", "left")
                         : info.wrist == QLatin1String("right") ? QCoreApplication::translate("DicomFrameSource", "right")
                                                                : QString();
    optional(QT_TRANSLATE_NOOP("DicomFrameSource", "Side"), side);
    a.append({QCoreApplication::translate("DicomFrameSource", "SOP Class"), info.formatName});
    a.append({QCoreApplication::translate("DicomFrameSource", "Transfer syntax"), QStringLiteral("%1 (%2)").arg(info.transferSyntax, info.transferSyntaxUid)});
    a.append({QCoreApplication::translate("DicomFrameSource", "Photometric"), info.photometric});
    a.append({QCoreApplication::translate("DicomFrameSource", "Frames"), QString::number(frameCount)});
    a.append({QCoreApplication::translate("DicomFrameSource", "Size"), QCoreApplication::translate("DicomFrameSource", "%1 x %2 pixels").arg(frameSize.width()).arg(frameSize.height())});
    a.append({QCoreApplication::translate("DicomFrameSource", "Bits"), QCoreApplication::translate("DicomFrameSource", "%1 stored of %2 allocated, %3")
                              .arg(info.bitsStored)
                              .arg(info.bitsAllocated)
                              .arg(info.isSigned ? QCoreApplication::translate("DicomFrameSource", "signed") : QCoreApplication::translate("DicomFrameSource", "unsigned"))});
    a.append({QCoreApplication::translate("DicomFrameSource", "Frame rate"), frameRate > 0 ? QCoreApplication::translate("DicomFrameSource", "%1 frames/s").arg(frameRate, 0, 'g', 4) : QCoreApplication::translate("DicomFrameSource", "not given")});
    a.append({QCoreApplication::translate("DicomFrameSource", "Calibration"), calibration.describe()});
    if (info.defaultWindow)
        a.append({QCoreApplication::translate("DicomFrameSource", "Window"),
                  QCoreApplication::translate("DicomFrameSource", "centre %1, width %2").arg(info.defaultWindow->center).arg(info.defaultWindow->width)});
    return a;
}

} // namespace ns::media::dicom
