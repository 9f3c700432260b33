#pragma once
// What an export calls things: the patient each study is filed under (a pseudonym by
// default), the split of each patient (train/val/test, by patient, never by frame), and
// file-name stems that carry no source file name, path, name or date. Every writer asks
// the plan, so de-identification is decided in one place.

#include "core/export/Blackout.h"
#include "core/export/ExportModel.h"

#include <QHash>
#include <QString>

namespace ns::exporting {

struct ExportOptions {
    enum class Dates { Shift, Remove };
    bool deidentify = true;     // pseudonymous patient IDs, no paths (see Pseudonym.h)
    Dates dates = Dates::Shift; // DICOM formats: dates shifted per patient, or emptied (others write none)
    double trainFraction = 0.70; // of patients; val and test share the rest
    double valFraction = 0.15;
    double testFraction = 0.15;
    BlackoutSpec blackout;
};

class ExportPlan {
public:
    // Reads (or creates) the workspace's export salt. False with *error when the salt can
    // neither be read nor created, or the fractions do not add up to 1.
    bool build(const ExportDataset& data, const ExportOptions& options, QString* error);

    const ExportOptions& options() const { return m_options; }
    // The patient as exported: its pseudonym, the stored ID with --no-deidentify, or
    // "STUDY-<id>" for a study without a patient ID (its own patient for the split).
    QString patient(const ExportStudy& s) const;
    QString split(const ExportStudy& s) const { return m_split.value(patient(s)); }
    // The workspace's export salt (pseudonyms, remapped UIDs, date shifts).
    const QByteArray& salt() const { return m_salt; }
    // "<patient>_s<study>" with only [A-Za-z0-9-] in the patient part.
    QString studyName(const ExportStudy& s) const;
    // "<patient>_s<study>_f<frame>" with only [A-Za-z0-9-] in the patient part.
    QString caseName(const ExportStudy& s, const ExportFrame& f) const;
    // One item per rater of a frame; the rater's number is added only when a frame has several.
    QString itemName(const ExportStudy& s, const ExportFrame& f, const QString& rater) const;

    // Fractions -> counts as the synthetic datasets do: with at least 2 patients the test
    // split gets one, with at least 3 val gets one, when their fraction is not 0.
    static QHash<QString, QString> assignSplits(const QStringList& orderedPatients, double train, double val, double test);

private:
    ExportOptions m_options;
    QByteArray m_salt;
    QHash<QString, QString> m_split; // exported patient -> split
};

} // namespace ns::exporting
