#include "core/export/ExportPlan.h"

#include "core/export/Pseudonym.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace ns::exporting {

bool ExportPlan::build(const ExportDataset& data, const ExportOptions& options, QString* error)
{
    m_options = options;
    const double sum = options.trainFraction + options.valFraction + options.testFraction;
    if (options.trainFraction <= 0 || options.valFraction < 0 || options.testFraction < 0 || std::abs(sum - 1.0) > 1e-6) {
        if (error)
            *error = QCoreApplication::translate("Export", "split fractions must be train > 0, val and test >= 0 and add up to 1 (got %1/%2/%3)")
                         .arg(options.trainFraction).arg(options.valFraction).arg(options.testFraction);
        return false;
    }
    m_salt = exportSalt(data.workspaceDir, error);
    if (m_salt.isEmpty())
        return false;
    // Patients are ordered by their pseudonym, which depends on the salt and the ID only:
    // the same workspace gives the same split whether or not the export is de-identified,
    // and adding a patient moves no other patient between splits more than a rank shift does.
    QSet<QString> seen;
    QList<QPair<QString, QString>> keyed; // (pseudonym, exported patient)
    for (const ExportStudy& s : data.studies) {
        const QString p = patient(s);
        if (seen.contains(p))
            continue;
        seen.insert(p);
        keyed << qMakePair(pseudonymousId(m_salt, s.patientId.isEmpty() ? p : s.patientId), p);
    }
    std::sort(keyed.begin(), keyed.end());
    QStringList ordered;
    for (const auto& k : keyed)
        ordered << k.second;
    m_split = assignSplits(ordered, options.trainFraction, options.valFraction, options.testFraction);
    return true;
}

QHash<QString, QString> ExportPlan::assignSplits(const QStringList& patients, double, double val, double test)
{
    const int n = int(patients.size());
    int nTest = int(std::lround(n * test)), nVal = int(std::lround(n * val));
    if (n >= 2 && test > 0 && nTest == 0)
        nTest = 1;
    if (n >= 3 && val > 0 && nVal == 0)
        nVal = 1;
    while (nTest + nVal >= n && n > 0) { // train keeps at least one patient
        if (nVal > 0)
            --nVal;
        else
            --nTest;
    }
    const int nTrain = n - nTest - nVal;
    QHash<QString, QString> out;
    for (int i = 0; i < n; ++i)
        out.insert(patients[i], i < nTrain ? QStringLiteral("train") : i < nTrain + nVal ? QStringLiteral("val") : QStringLiteral("test"));
    return out;
}

QString ExportPlan::patient(const ExportStudy& s) const
{
    if (s.patientId.isEmpty())
        return QStringLiteral("STUDY-%1").arg(s.id);
    return m_options.deidentify ? pseudonymousId(m_salt, s.patientId) : s.patientId;
}

QString ExportPlan::studyName(const ExportStudy& s) const
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9-]"));
    const QString p = patient(s).replace(unsafe, QStringLiteral("-"));
    return QStringLiteral("%1_s%2").arg(p).arg(s.id);
}

QString ExportPlan::caseName(const ExportStudy& s, const ExportFrame& f) const
{
    return studyName(s) + QStringLiteral("_f%1").arg(f.frame, 4, 10, QLatin1Char('0'));
}

QString ExportPlan::itemName(const ExportStudy& s, const ExportFrame& f, const QString& rater) const
{
    const QStringList raters = f.raters();
    if (raters.size() <= 1)
        return caseName(s, f);
    return caseName(s, f) + QStringLiteral("_r%1").arg(raters.indexOf(rater) + 1);
}

} // namespace ns::exporting
