#include "core/annotation/ContourStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace ns::annotation {

namespace {


bool execOrFail(QSqlQuery& q, QString* why)
{
    if (q.exec())
        return true;
    *why = q.lastError().text();
    return false;
}

const char* kSelect =
    "SELECT c.id, c.study_id, c.frame, r.name, c.label, c.source_kind, c.source_model, c.source_version,"
    " c.vertices, c.created_at, c.modified_at, c.deleted FROM contours c JOIN raters r ON r.id = c.rater_id";

Contour fromRow(const QSqlQuery& q)
{
    Contour c;
    c.id = q.value(0).toLongLong();
    c.studyId = q.value(1).toLongLong();
    c.frame = q.value(2).toInt();
    c.rater = q.value(3).toString();
    c.label = q.value(4).toString();
    c.source.kind = parseSourceKind(q.value(5).toString()).value_or(SourceKind::Manual);
    c.source.model = q.value(6).toString();
    c.source.version = q.value(7).toString();
    c.vertices = verticesFromJson(q.value(8).toString().toUtf8()).value_or(QPolygonF());
    c.createdAt = q.value(9).toString();
    c.modifiedAt = q.value(10).toString();
    c.deleted = q.value(11).toBool();
    return c;
}

QByteArray json(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

QJsonObject snapshot(const Contour& c)
{
    return {{QStringLiteral("study"), c.studyId}, {QStringLiteral("frame"), c.frame}, {QStringLiteral("label"), c.label},
            {QStringLiteral("source"), sourceKindName(c.source.kind)},
            {QStringLiteral("vertices"), QString::fromUtf8(verticesToJson(c.vertices))},
            {QStringLiteral("deleted"), c.deleted}};
}

// The row as it is inside the running transaction (for the audit log's "before").
std::optional<Contour> loadIn(QSqlDatabase& db, qint64 id, QString* why)
{
    QSqlQuery q(db);
    q.prepare(QString::fromLatin1(kSelect) + QStringLiteral(" WHERE c.id = ?"));
    q.addBindValue(id);
    if (!execOrFail(q, why))
        return std::nullopt;
    if (!q.next()) {
        *why = QCoreApplication::translate("Annotation", "No contour with id %1.").arg(id);
        return std::nullopt;
    }
    return fromRow(q);
}

// Shared shape of every contour update: read before, apply, read after, audit.
bool updateContour(Workspace& ws, qint64 id, const QString& rater, const QString& action,
                   const QString& setClause, const QVariantList& values, QString* error)
{
    return ws.transact([&](QSqlDatabase& db, QString* why) {
        const std::optional<Contour> before = loadIn(db, id, why);
        if (!before)
            return false;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE contours SET %1, modified_at = ? WHERE id = ?").arg(setClause));
        for (const QVariant& v : values)
            q.addBindValue(v);
        q.addBindValue(Workspace::nowUtc());
        q.addBindValue(id);
        if (!execOrFail(q, why))
            return false;
        const std::optional<Contour> after = loadIn(db, id, why);
        return after && ws.audit(db, rater, action, QStringLiteral("contour"), id, json(snapshot(*before)), json(snapshot(*after)), why);
    }, error);
}

QVariant orNull(const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); }

} // namespace

bool insertContour(Workspace& ws, Contour& c, QString* error)
{
    const QString now = Workspace::nowUtc();
    qint64 id = -1;
    const bool ok = ws.transact([&](QSqlDatabase& db, QString* why) {
        const qint64 rater = ws.raterId(db, c.rater, why);
        if (rater < 0)
            return false;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO contours (study_id, frame, rater_id, label, source_kind, source_model, source_version,"
                                 " vertices, created_at, modified_at, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"));
        for (const QVariant& v : QVariantList{c.studyId, c.frame, rater, c.label, sourceKindName(c.source.kind), orNull(c.source.model),
                                              orNull(c.source.version), QString::fromUtf8(verticesToJson(c.vertices)), now, now})
            q.addBindValue(v);
        if (!execOrFail(q, why))
            return false;
        id = q.lastInsertId().toLongLong();
        return ws.audit(db, c.rater, QStringLiteral("add"), QStringLiteral("contour"), id, {}, json(snapshot(c)), why);
    }, error);
    if (ok) {
        c.id = id;
        c.createdAt = c.modifiedAt = now;
        c.deleted = false;
    }
    return ok;
}

bool setContourDeleted(Workspace& ws, qint64 id, bool deleted, const QString& rater, QString* error)
{
    return updateContour(ws, id, rater, deleted ? QStringLiteral("delete") : QStringLiteral("restore"),
                         QStringLiteral("deleted = ?"), {deleted ? 1 : 0}, error);
}

bool replaceVertices(Workspace& ws, qint64 id, const QPolygonF& vertices, const ContourSource& source,
                     const QString& rater, QString* error)
{
    return updateContour(ws, id, rater, QStringLiteral("edit-vertices"),
                         QStringLiteral("vertices = ?, source_kind = ?, source_model = ?, source_version = ?"),
                         {QString::fromUtf8(verticesToJson(vertices)), sourceKindName(source.kind), orNull(source.model), orNull(source.version)},
                         error);
}

bool setContourLabel(Workspace& ws, qint64 id, const QString& label, const QString& rater, QString* error)
{
    return updateContour(ws, id, rater, QStringLiteral("label"), QStringLiteral("label = ?"), {label}, error);
}

std::optional<Contour> loadContour(Workspace& ws, qint64 id, QString* error)
{
    QSqlDatabase db = ws.database();
    QString why;
    std::optional<Contour> c = loadIn(db, id, &why);
    if (!c && error)
        *error = why;
    return c;
}

QList<Contour> loadContours(Workspace& ws, qint64 studyId, int frame, bool includeDeleted, QString* error)
{
    QList<Contour> out;
    QSqlDatabase db = ws.database();
    QSqlQuery q(db);
    QString sql = QString::fromLatin1(kSelect) + QStringLiteral(" WHERE c.study_id = ?");
    if (frame >= 0)
        sql += QStringLiteral(" AND c.frame = ?");
    if (!includeDeleted)
        sql += QStringLiteral(" AND c.deleted = 0");
    q.prepare(sql + QStringLiteral(" ORDER BY c.frame, c.id"));
    q.addBindValue(studyId);
    if (frame >= 0)
        q.addBindValue(frame);
    QString why;
    if (!execOrFail(q, &why)) {
        if (error)
            *error = why;
        return out;
    }
    while (q.next())
        out.append(fromRow(q));
    return out;
}

std::optional<ReviewStatus> reviewStatus(Workspace& ws, qint64 studyId, int frame, QString* error)
{
    QSqlDatabase db = ws.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT status FROM review_status WHERE study_id = ? AND frame = ?"));
    q.addBindValue(studyId);
    q.addBindValue(frame);
    QString why;
    if (!execOrFail(q, &why)) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    return q.next() ? parseReviewStatus(q.value(0).toString()) : std::nullopt;
}

bool writeReviewStatus(Workspace& ws, QSqlDatabase& db, qint64 studyId, int frame, std::optional<ReviewStatus> status,
                       const QString& rater, QString* why)
{
    const qint64 raterId = ws.raterId(db, rater, why);
    if (raterId < 0)
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT status FROM review_status WHERE study_id = ? AND frame = ?"));
    q.addBindValue(studyId);
    q.addBindValue(frame);
    if (!execOrFail(q, why))
        return false;
    const QString beforeName = q.next() ? q.value(0).toString() : QString();
    const QString afterName = status ? reviewStatusName(*status) : QString();
    const QString now = Workspace::nowUtc();
    if (status) {
        q.prepare(QStringLiteral("INSERT INTO review_status (study_id, frame, status, rater_id, updated_at) VALUES (?, ?, ?, ?, ?)"
                                 " ON CONFLICT (study_id, frame) DO UPDATE SET status = excluded.status,"
                                 " rater_id = excluded.rater_id, updated_at = excluded.updated_at"));
        for (const QVariant& v : QVariantList{studyId, frame, afterName, raterId, now})
            q.addBindValue(v);
    } else {
        q.prepare(QStringLiteral("DELETE FROM review_status WHERE study_id = ? AND frame = ?"));
        q.addBindValue(studyId);
        q.addBindValue(frame);
    }
    if (!execOrFail(q, why))
        return false;
    q.prepare(QStringLiteral("INSERT INTO review_events (study_id, frame, status, rater_id, at) VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant& v : QVariantList{studyId, frame, status ? afterName : reviewStatusName(ReviewStatus::Unlabelled), raterId, now})
        q.addBindValue(v);
    if (!execOrFail(q, why))
        return false;
    const QJsonObject where{{QStringLiteral("study"), studyId}, {QStringLiteral("frame"), frame}};
    QJsonObject b = where, a = where;
    b.insert(QStringLiteral("status"), beforeName.isEmpty() ? QJsonValue() : QJsonValue(beforeName));
    a.insert(QStringLiteral("status"), afterName.isEmpty() ? QJsonValue() : QJsonValue(afterName));
    return ws.audit(db, rater, QStringLiteral("review-status"), frame < 0 ? QStringLiteral("study") : QStringLiteral("frame"),
                    studyId, json(b), json(a), why);
}

bool setReviewStatus(Workspace& ws, qint64 studyId, int frame, std::optional<ReviewStatus> status,
                     const QString& rater, QString* error)
{
    return ws.transact([&](QSqlDatabase& db, QString* why) { return writeReviewStatus(ws, db, studyId, frame, status, rater, why); },
                       error);
}

} // namespace ns::annotation
