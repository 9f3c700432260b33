#include "core/annotation/ReviewStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ns::annotation {

ReviewStatus derivedStatus(const QList<Contour>& contours)
{
    if (contours.isEmpty())
        return ReviewStatus::Unlabelled;
    for (const Contour& c : contours)
        if (c.source.kind != SourceKind::Model)
            return ReviewStatus::Corrected; // a person drew, corrected or kept an interpolation
    return ReviewStatus::AI;
}

std::optional<ReviewState> reviewState(ns::workspace::Workspace& ws, qint64 studyId, int frame, QString* error)
{
    QSqlDatabase db = ws.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT s.status, r.name, s.updated_at FROM review_status s LEFT JOIN raters r ON r.id = s.rater_id"
                             " WHERE s.study_id = ? AND s.frame = ?"));
    q.addBindValue(studyId);
    q.addBindValue(frame);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    ReviewState s;
    if (q.next()) {
        if (const auto parsed = parseReviewStatus(q.value(0).toString())) {
            s.status = *parsed;
            s.stored = true;
            s.rater = q.value(1).toString();
            s.updatedAt = q.value(2).toString();
            return s;
        }
    }
    // Derived with one aggregate instead of loading the contours: this runs on every frame
    // shown, and a study's derivation covers all its frames.
    QString sql = QStringLiteral("SELECT count(*), COALESCE(SUM(source_kind != 'model'), 0) FROM contours"
                                 " WHERE study_id = ? AND deleted = 0");
    if (frame >= 0)
        sql += QStringLiteral(" AND frame = ?");
    q.prepare(sql);
    q.addBindValue(studyId);
    if (frame >= 0)
        q.addBindValue(frame);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    s.status = q.value(0).toInt() == 0 ? ReviewStatus::Unlabelled
               : q.value(1).toInt() > 0 ? ReviewStatus::Corrected
                                        : ReviewStatus::AI;
    return s;
}

QMap<int, ReviewStatus> storedFrameStatuses(ns::workspace::Workspace& ws, qint64 studyId, QString* error)
{
    QMap<int, ReviewStatus> out;
    QSqlDatabase db = ws.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT frame, status FROM review_status WHERE study_id = ? AND frame >= 0"));
    q.addBindValue(studyId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next())
        if (const auto s = parseReviewStatus(q.value(1).toString()))
            out.insert(q.value(0).toInt(), *s);
    return out;
}

QList<ReviewEvent> reviewEvents(ns::workspace::Workspace& ws, qint64 studyId, QString* error)
{
    QList<ReviewEvent> out;
    QSqlDatabase db = ws.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT e.id, e.frame, e.status, r.name, e.at FROM review_events e LEFT JOIN raters r ON r.id = e.rater_id"
                             " WHERE e.study_id = ? ORDER BY e.id DESC"));
    q.addBindValue(studyId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        ReviewEvent e;
        e.id = q.value(0).toLongLong();
        e.frame = q.value(1).toInt();
        e.status = parseReviewStatus(q.value(2).toString()).value_or(ReviewStatus::Unlabelled);
        e.rater = q.value(3).toString();
        e.at = q.value(4).toString();
        out << e;
    }
    return out;
}

} // namespace ns::annotation
