#include "core/export/dicom/DicomSourceCopy.h"

#include "core/export/dicom/DicomDeidentifier.h"
#include "core/export/dicom/DicomPixelBlackout.h"
#include "core/media/dicom/DicomCodecs.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cstdio>

namespace ns::exporting {

QString exportPath(const DicomExportStudy& study, const DicomExportOptions& options, const QString& outDir,
                   const char* suffix)
{
    const bool copy = qstrcmp(suffix, "_image.dcm") == 0;
    const QString stem = copy && !options.sourceBaseName.isEmpty() ? options.sourceBaseName
                         : options.baseName.isEmpty()              ? QFileInfo(study.sourcePath).completeBaseName()
                                                                   : options.baseName;
    return QDir(outDir).filePath(stem + QLatin1String(suffix));
}

namespace {

// Scanner files often break small rules that validators flag as errors (ALOKA writes
// "ABDOM/RAD" into Image Type; GE and ALOKA leave out Type 2C attributes). The copy is
// repaired where that cannot change its meaning: invalid Code String characters become
// '_', and absent Laterality / Patient Orientation are added empty (allowed for Type 2C).
void repairForExport(DcmDataset& ds)
{
    OFString imageType;
    if (ds.findAndGetOFStringArray(DCM_ImageType, imageType).good()) {
        QByteArray fixed(imageType.c_str());
        for (char& c : fixed)
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '_' || c == '\\'))
                c = '_';
        ds.putAndInsertString(DCM_ImageType, fixed.constData());
    }
    if (!ds.tagExists(DCM_ImageLaterality) && !ds.tagExists(DCM_Laterality))
        ds.putAndInsertString(DCM_Laterality, "");
    if (!ds.tagExists(DCM_PatientOrientation))
        ds.putAndInsertString(DCM_PatientOrientation, "");
}

} // namespace

std::unique_ptr<DcmFileFormat> loadExportSource(const DicomExportStudy& study, const DicomExportOptions& options,
                                                QString* error)
{
    ns::media::dicom::ensureDcmtkReady();
    auto file = std::make_unique<DcmFileFormat>();
    const OFCondition loaded = file->loadFile(OFFilename(QFile::encodeName(study.sourcePath).constData()));
    if (loaded.bad()) {
        if (error)
            *error = QCoreApplication::translate("DicomExport", "cannot read %1 as DICOM: %2")
                         .arg(QDir::toNativeSeparators(study.sourcePath), QString::fromLatin1(loaded.text()));
        return nullptr;
    }
    file->loadAllDataIntoMemory();
    DcmDataset& ds = *file->getDataset();
    QString why;
    repairForExport(ds);
    const bool clean = options.blackout.mode != BlackoutSpec::Mode::None;
    if (clean && !blackOutPixels(ds, options.blackout, &why)) {
        if (error)
            *error = QCoreApplication::translate("DicomExport", "%1: %2")
                         .arg(QDir::toNativeSeparators(study.sourcePath), why);
        return nullptr;
    }
    if (options.deidentify) {
        if (!deidentifyDataset(ds, options, clean, nullptr, &why)) {
            if (error)
                *error = QCoreApplication::translate("DicomExport", "%1: %2")
                             .arg(QDir::toNativeSeparators(study.sourcePath), why);
            return nullptr;
        }
        // The meta header repeats the old SOP Instance UID and names the sending station;
        // saveFile() rebuilds it from the dataset.
        file->getMetaInfo()->clear();
    }
    return file;
}

bool saveDicomAtomically(DcmFileFormat& file, const QString& path, bool keepTransferSyntax, QString* error)
{
    QTemporaryFile tmp(path + QStringLiteral(".XXXXXX.part"));
    tmp.setAutoRemove(true);
    if (!tmp.open()) {
        if (error)
            *error = QCoreApplication::translate("DicomExport", "cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), tmp.errorString());
        return false;
    }
    const QString tmpPath = tmp.fileName();
    tmp.close();
    const E_TransferSyntax xfer =
        keepTransferSyntax ? file.getDataset()->getCurrentXfer() : EXS_LittleEndianExplicit;
    const OFCondition saved = file.saveFile(OFFilename(QFile::encodeName(tmpPath).constData()), xfer);
    if (saved.bad()) {
        if (error)
            *error = QCoreApplication::translate("DicomExport", "cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), QString::fromLatin1(saved.text()));
        return false;
    }
    // rename(2) replaces an older export atomically; where it cannot (another file system
    // semantics), remove the old one first.
    if (std::rename(QFile::encodeName(tmpPath).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(path);
        if (!QFile::rename(tmpPath, path)) {
            if (error)
                *error = QCoreApplication::translate("DicomExport", "cannot write %1").arg(QDir::toNativeSeparators(path));
            return false;
        }
    }
    tmp.setAutoRemove(false); // renamed away: nothing left to remove
    return true;
}

void copyPatientAndStudy(DcmItem& from, DcmItem& to)
{
    static const DcmTagKey kTags[] = {
        DCM_PatientName, DCM_PatientID, DCM_PatientBirthDate, DCM_PatientSex, DCM_PatientIdentityRemoved,
        DCM_DeidentificationMethod, DCM_DeidentificationMethodCodeSequence,
        DCM_LongitudinalTemporalInformationModified, DCM_StudyInstanceUID, DCM_StudyDate, DCM_StudyTime,
        DCM_StudyID, DCM_AccessionNumber, DCM_ReferringPhysicianName};
    for (const DcmTagKey& tag : kTags) {
        delete to.remove(tag);
        DcmElement* el = nullptr;
        if (from.findAndGetElement(tag, el).good() && el)
            to.insert(OFstatic_cast(DcmElement*, el->clone()), true);
    }
}

std::unique_ptr<DcmFileFormat> writeSourceCopy(const DicomExportStudy& study, const DicomExportOptions& options,
                                               const QString& outDir, QString* path, QString* error)
{
    auto file = loadExportSource(study, options, error);
    if (!file)
        return nullptr;
    const QString target = exportPath(study, options, outDir, "_image.dcm");
    if (!saveDicomAtomically(*file, target, true, error))
        return nullptr;
    if (path)
        *path = target;
    return file;
}

} // namespace ns::exporting
