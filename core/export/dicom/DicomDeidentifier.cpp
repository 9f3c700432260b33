#include "core/export/dicom/DicomDeidentifier.h"

#include "core/export/Pseudonym.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace ns::exporting {

namespace {

// PS3.15 Table E.1-1 actions X (remove) for the attributes an ultrasound file can carry,
// plus the sequences that point at worklist or visit records.
const DcmTagKey kRemove[] = {
    DCM_InstitutionName, DCM_InstitutionAddress, DCM_InstitutionalDepartmentName, DCM_InstitutionCodeSequence,
    DCM_ReferringPhysicianAddress, DCM_ReferringPhysicianTelephoneNumbers,
    DCM_ReferringPhysicianIdentificationSequence, DCM_StationName, DCM_StudyDescription, DCM_SeriesDescription,
    DCM_PhysiciansOfRecord, DCM_PhysiciansOfRecordIdentificationSequence, DCM_PerformingPhysicianName,
    DCM_PerformingPhysicianIdentificationSequence, DCM_NameOfPhysiciansReadingStudy,
    DCM_PhysiciansReadingStudyIdentificationSequence, DCM_OperatorsName, DCM_OperatorIdentificationSequence,
    DCM_AdmittingDiagnosesDescription, DCM_AdmittingDiagnosesCodeSequence, DCM_DerivationDescription,
    DCM_IssuerOfPatientID, DCM_PatientBirthTime, DCM_RETIRED_OtherPatientIDs, DCM_OtherPatientIDsSequence,
    DCM_OtherPatientNames, DCM_PatientBirthName, DCM_PatientAge, DCM_PatientSize, DCM_PatientWeight,
    DCM_PatientAddress, DCM_PatientMotherBirthName, DCM_MilitaryRank, DCM_BranchOfService,
    DCM_RETIRED_MedicalRecordLocator, DCM_PatientTelephoneNumbers, DCM_EthnicGroup, DCM_Occupation,
    DCM_AdditionalPatientHistory, DCM_PatientComments, DCM_PatientReligiousPreference, DCM_CountryOfResidence,
    DCM_RegionOfResidence, DCM_ResponsiblePerson, DCM_ResponsibleOrganization, DCM_PatientInsurancePlanCodeSequence,
    DCM_DeviceSerialNumber, DCM_ProtocolName, DCM_ImageComments, DCM_RequestAttributesSequence,
    DCM_PerformedProcedureStepID, DCM_PerformedProcedureStepDescription, DCM_RequestingPhysician,
    DCM_RequestingService, DCM_RequestedProcedureDescription, DCM_ScheduledPerformingPhysicianName,
    DCM_ReferencedPatientSequence, DCM_ReferencedStudySequence, DCM_ReferencedPerformedProcedureStepSequence,
    DCM_TimezoneOffsetFromUTC, DCM_RETIRED_AcquisitionComments, DCM_FrameComments, DCM_DetectorID, DCM_PlateID,
    DCM_CassetteID, DCM_GantryID, DCM_RETIRED_InterpretationAuthor, DCM_PersonName, DCM_ReviewerName,
    DCM_ConsultingPhysicianName, DCM_RETIRED_StudyComments, DCM_VisitComments, DCM_ContentCreatorName};

// Action Z (keep the attribute, empty the value): Type 2 in the image IODs.
const DcmTagKey kEmpty[] = {DCM_AccessionNumber, DCM_ReferringPhysicianName, DCM_StudyID, DCM_PatientSex,
                            DCM_PatientBirthDate};

// UIDs that name a coding scheme or context group, not an instance: never remapped.
const DcmTagKey kKeepUid[] = {DCM_CodingSchemeUID, DCM_ContextUID, DCM_MappingResourceUID,
                              DCM_SOPClassUID, DCM_ReferencedSOPClassUID};

bool isStandardUid(const QString& uid) { return uid.startsWith(QLatin1String("1.2.840.10008.")); }

struct Walker {
    const DicomExportOptions& options;
    QString originalName;
    QString originalId;
    int shift = 0;          // 0: remove dates
    QStringList needles;    // identifying strings to scrub from free text

    QString date(const QString& value) const
    {
        if (shift == 0)
            return {};
        QStringList out;
        for (const QString& part : value.split(QLatin1Char('\\'))) {
            QDate d = QDate::fromString(part.left(8), QStringLiteral("yyyyMMdd"));
            if (!d.isValid())
                d = QDate::fromString(part.left(10), QStringLiteral("yyyy.MM.dd")); // ACR-NEMA
            out << (d.isValid() ? d.addDays(shift).toString(QStringLiteral("yyyyMMdd")) : QString());
        }
        return out.join(QLatin1Char('\\'));
    }

    QString dateTime(const QString& value) const
    {
        if (shift == 0)
            return {};
        QStringList out;
        for (const QString& part : value.split(QLatin1Char('\\'))) {
            const QDate d = QDate::fromString(part.left(8), QStringLiteral("yyyyMMdd"));
            out << (d.isValid() ? d.addDays(shift).toString(QStringLiteral("yyyyMMdd")) + part.mid(8) : QString());
        }
        return out.join(QLatin1Char('\\'));
    }

    QString uids(const QString& value) const
    {
        QStringList out;
        for (const QString& part : value.split(QLatin1Char('\\')))
            out << (part.isEmpty() || isStandardUid(part) ? part : remappedUid(options.salt, part));
        return out.join(QLatin1Char('\\'));
    }

    bool containsNeedle(const QString& value) const
    {
        for (const QString& n : needles)
            if (value.contains(n, Qt::CaseInsensitive))
                return true;
        return false;
    }

    void walk(DcmItem& item)
    {
        std::vector<DcmTagKey> drop;
        for (unsigned long i = 0; i < item.card(); ++i) {
            DcmElement* el = item.getElement(i);
            const DcmTag& tag = el->getTag();
            const Uint16 group = tag.getGroup();
            // Private data, overlays (60xx) and curves (50xx) may hold anything.
            if (tag.isPrivate() || (group >= 0x6000 && group <= 0x60FF) || (group >= 0x5000 && group <= 0x50FF)) {
                drop.push_back(tag.getXTag());
                continue;
            }
            if (std::find(std::begin(kRemove), std::end(kRemove), tag.getXTag()) != std::end(kRemove)) {
                drop.push_back(tag.getXTag());
                continue;
            }
            if (std::find(std::begin(kEmpty), std::end(kEmpty), tag.getXTag()) != std::end(kEmpty)) {
                el->putString("");
                continue;
            }
            if (tag.getXTag() == DCM_PatientName) {
                el->putString(pseudonymousId(options.salt, originalId.isEmpty() ? originalName : originalId)
                                  .toLatin1().constData());
                continue;
            }
            if (tag.getXTag() == DCM_PatientID) {
                el->putString(pseudonymousId(options.salt, originalId).toLatin1().constData());
                continue;
            }
            if (el->ident() == EVR_SQ) {
                auto* sq = static_cast<DcmSequenceOfItems*>(el);
                for (unsigned long j = 0; j < sq->card(); ++j)
                    walk(*sq->getItem(j));
                continue;
            }
            const DcmEVR vr = el->ident();
            if (vr != EVR_UI && vr != EVR_DA && vr != EVR_DT && vr != EVR_PN && vr != EVR_LO && vr != EVR_SH
                && vr != EVR_LT && vr != EVR_ST && vr != EVR_UT && vr != EVR_UC && vr != EVR_AE)
                continue;
            OFString raw;
            el->getOFStringArray(raw);
            const QString value = QString::fromLatin1(raw.c_str()).trimmed();
            QString next = value;
            if (vr == EVR_UI) {
                if (std::find(std::begin(kKeepUid), std::end(kKeepUid), tag.getXTag()) == std::end(kKeepUid))
                    next = uids(value);
            } else if (vr == EVR_DA) {
                next = date(value);
            } else if (vr == EVR_DT) {
                next = dateTime(value);
            } else if (vr == EVR_PN) {
                next.clear(); // every other person (physician, operator...) is action Z or X
            } else if (containsNeedle(value)) {
                next.clear(); // free text quoting the patient (Study ID "13US1", comments...)
            }
            if (next != value)
                el->putOFStringArray(OFString(next.toLatin1().constData()));
        }
        for (const DcmTagKey& key : drop)
            delete item.remove(key);
    }
};

void addCode(DcmItem& ds, const char* value, const char* meaning)
{
    DcmItem* code = nullptr;
    if (ds.findOrCreateSequenceItem(DCM_DeidentificationMethodCodeSequence, code, -2).good() && code) {
        code->putAndInsertString(DCM_CodeValue, value);
        code->putAndInsertString(DCM_CodingSchemeDesignator, "DCM");
        code->putAndInsertString(DCM_CodeMeaning, meaning);
    }
}

} // namespace

QString exportedUid(const DicomExportOptions& options, const QString& uid)
{
    if (!options.deidentify || uid.isEmpty() || isStandardUid(uid))
        return uid;
    return remappedUid(options.salt, uid);
}

bool deidentifyDataset(DcmItem& dataset, const DicomExportOptions& options, bool cleanPixels,
                       DeidentifySummary* summary, QString* error)
{
    if (options.salt.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("DicomExport", "no export key: cannot de-identify");
        return false;
    }
    OFString name, id;
    dataset.findAndGetOFStringArray(DCM_PatientName, name);
    dataset.findAndGetOFStringArray(DCM_PatientID, id);

    Walker w{options, QString::fromLatin1(name.c_str()).trimmed(), QString::fromLatin1(id.c_str()).trimmed(), 0, {}};
    w.shift = options.dates == DicomExportOptions::DateMode::Shift ? dateShiftDays(options.salt, w.originalId) : 0;
    if (w.originalId.size() >= 3)
        w.needles << w.originalId;
    for (const QString& part : w.originalName.split(QLatin1Char('^'), Qt::SkipEmptyParts))
        if (part.trimmed().size() >= 3)
            w.needles << part.trimmed();
    w.walk(dataset);

    dataset.putAndInsertString(DCM_PatientIdentityRemoved, "YES");
    dataset.putAndInsertString(DCM_LongitudinalTemporalInformationModified, w.shift ? "MODIFIED" : "REMOVED");
    // LO: at most 64 characters; the code sequence below carries the details.
    QString method = QStringLiteral("NerveScope PS3.15 Basic Profile, ");
    method += w.shift ? QStringLiteral("dates shifted") : QStringLiteral("dates removed");
    if (cleanPixels)
        method += QStringLiteral(", pixels cleaned");
    dataset.putAndInsertString(DCM_DeidentificationMethod, method.toLatin1().constData());
    delete dataset.remove(DCM_DeidentificationMethodCodeSequence);
    addCode(dataset, "113100", "Basic Application Confidentiality Profile");
    if (w.shift)
        addCode(dataset, "113107", "Retain Longitudinal Temporal Information Modified Dates Option");
    if (cleanPixels)
        addCode(dataset, "113101", "Clean Pixel Data Option");
    if (summary) {
        summary->originalPatientId = w.originalId;
        summary->dateShiftDays = w.shift;
    }
    return true;
}

} // namespace ns::exporting
