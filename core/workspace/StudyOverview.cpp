#include "core/workspace/StudyOverview.h"

#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace ns::workspace {

namespace {

using annotation::ReviewStatus;

struct Extras {
    QStringList raters;
    int person = 0;
    int model = 0;
    std::optional<int> severity;
    std::optional<bool> cts;
};

// Runs `select` + `where` (a condition on one study, "... = ?", added only when onlyStudy
// > 0) + `rest`.
bool execForStudies(QSqlQuery& q, const QString& select, const QString& where, const QString& rest, qint64 onlyStudy, QString* error)
{
    q.prepare(select + (onlyStudy > 0 ? where : QString()) + rest);
    if (onlyStudy > 0)
        q.addBindValue(onlyStudy);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

// Per study: the newest grade a person gave (oldest first, so the last row wins).
bool readPersonGrades(QSqlDatabase& db, qint64 onlyStudy, QHash<qint64, Extras>* out, QString* error)
{
    QSqlQuery q(db);
    if (!execForStudies(q, QStringLiteral("SELECT study_id, binary_grade, severity FROM grades WHERE source_kind <> 'model'"),
                        QStringLiteral(" AND study_id = ?"), QStringLiteral(" ORDER BY created_at, id"), onlyStudy, error))
        return false;
    while (q.next()) {
        if (!out->contains(q.value(0).toLongLong()))
            continue; // a grade of a study the listing left out
        Extras& e = (*out)[q.value(0).toLongLong()];
        e.cts = q.value(1).isNull() ? std::nullopt : std::optional<bool>(q.value(1).toInt() != 0);
        e.severity = q.value(2).isNull() ? std::nullopt : std::optional<int>(q.value(2).toInt());
    }
    return true;
}

// Per study: its non-deleted contours counted by rater and source kind. The
// LEFT JOINs keep studies without contours (one row with a NULL rater and a count of 0).
bool readExtras(Workspace& ws, qint64 onlyStudy, QHash<qint64, Extras>* out, QString* error)
{
    QSqlDatabase db = ws.database();
    QSqlQuery q(db);
    if (!execForStudies(q, QStringLiteral("SELECT s.id, r.name, c.source_kind, count(c.id) FROM studies s"
                                          " LEFT JOIN contours c ON c.study_id = s.id AND c.deleted = 0"
                                          " LEFT JOIN raters r ON r.id = c.rater_id"),
                        QStringLiteral(" WHERE s.id = ?"), QStringLiteral(" GROUP BY s.id, r.name, c.source_kind"), onlyStudy, error))
        return false;
    while (q.next()) {
        Extras& e = (*out)[q.value(0).toLongLong()];
        const int n = q.value(3).toInt();
        if (n == 0)
            continue;
        const QString rater = q.value(1).toString();
        if (!rater.isEmpty() && !e.raters.contains(rater))
            e.raters.append(rater);
        const auto kind = annotation::parseSourceKind(q.value(2).toString());
        if (kind == annotation::SourceKind::Manual || kind == annotation::SourceKind::Corrected)
            e.person += n;
        else
            e.model += n; // model, interpolated (and anything unknown: not a person's word)
    }
    return readPersonGrades(db, onlyStudy, out, error);
}

StudyOverview combine(const StudyRecord& record, const Extras& e)
{
    StudyOverview o;
    o.study = record;
    o.displayName = QFileInfo(record.sourcePath).fileName();
    if (o.displayName.isEmpty())
        o.displayName = QFileInfo(record.storedPath).fileName();
    o.raters = e.raters;
    o.raters.sort(Qt::CaseInsensitive);
    o.personContours = e.person;
    o.modelContours = e.model;
    o.severity = e.severity;
    o.cts = e.cts;
    // StudyRecord::status reads "unlabelled" both for "no row" and for a stored
    // 'unlabelled'; only a stored row other than that counts as set.
    const std::optional<ReviewStatus> stored = annotation::parseReviewStatus(record.status);
    const bool set = stored && *stored != ReviewStatus::Unlabelled;
    o.statusSet = set;
    o.status = deriveStatus(set ? stored : std::nullopt, e.person, e.model);
    return o;
}

} // namespace

ReviewStatus deriveStatus(std::optional<ReviewStatus> stored, int personContours, int modelContours)
{
    if (stored)
        return *stored;
    if (personContours > 0)
        return ReviewStatus::Corrected;
    if (modelContours > 0)
        return ReviewStatus::AI;
    return ReviewStatus::Unlabelled;
}

QList<StudyOverview> studyOverviews(Workspace& ws, QString* error)
{
    QString why;
    const QList<StudyRecord> records = listStudies(ws, &why);
    QHash<qint64, Extras> extras;
    if (!why.isEmpty() || !readExtras(ws, 0, &extras, &why)) {
        if (error)
            *error = why;
        return {};
    }
    QList<StudyOverview> out;
    out.reserve(records.size());
    for (const StudyRecord& r : records)
        out.append(combine(r, extras.value(r.id)));
    return out;
}

std::optional<StudyOverview> studyOverview(Workspace& ws, qint64 studyId, QString* error)
{
    const std::optional<StudyRecord> record = findStudy(ws, studyId, error);
    if (!record)
        return std::nullopt;
    QHash<qint64, Extras> extras;
    if (!readExtras(ws, studyId, &extras, error))
        return std::nullopt;
    return combine(*record, extras.value(studyId));
}

bool matches(const StudyOverview& s, const OverviewFilter& f)
{
    if (f.status && s.status != *f.status)
        return false;
    if (!f.kind.isEmpty() && s.study.kind.compare(f.kind, Qt::CaseInsensitive) != 0)
        return false;
    const QString needle = f.search.trimmed();
    if (needle.isEmpty())
        return true;
    for (const QString* hay : {&s.displayName, &s.study.patientId, &s.study.sourcePath, &s.study.storedPath})
        if (hay->contains(needle, Qt::CaseInsensitive))
            return true;
    return false;
}

QList<StudyOverview> filtered(const QList<StudyOverview>& all, const OverviewFilter& filter)
{
    QList<StudyOverview> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out), [&](const StudyOverview& s) { return matches(s, filter); });
    return out;
}

} // namespace ns::workspace
