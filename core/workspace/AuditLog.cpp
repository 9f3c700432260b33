#include "core/workspace/AuditLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ns::workspace {

namespace {

QJsonObject parse(const QVariant& v)
{
    return v.isNull() ? QJsonObject() : QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

// Where the row says which study and frame it concerns: study and frame rows carry the
// study as entity_id; contour and grade rows carry it in their snapshots.
void locate(AuditEntry& e)
{
    const QJsonObject& o = e.after.isEmpty() ? e.before : e.after;
    if (e.entity == QLatin1String("study") || e.entity == QLatin1String("frame"))
        e.studyId = e.entityId;
    else if (o.contains(QLatin1String("study")))
        e.studyId = o.value(QLatin1String("study")).toVariant().toLongLong();
    if (o.contains(QLatin1String("frame")) && o.value(QLatin1String("frame")).toInt() >= 0)
        e.frame = o.value(QLatin1String("frame")).toInt();
}

int vertexCount(const QJsonObject& o)
{
    // Stored as the JSON text of [[x,y],...].
    return int(QJsonDocument::fromJson(o.value(QLatin1String("vertices")).toString().toUtf8()).array().size());
}

QString statusText(const QJsonValue& v)
{
    return v.isNull() || v.isUndefined() ? QCoreApplication::translate("Audit", "not set") : v.toString();
}

QString gradeText(const QJsonObject& o)
{
    QStringList parts;
    const QJsonValue cts = o.value(QLatin1String("cts"));
    if (cts.isBool())
        parts << (cts.toBool() ? QCoreApplication::translate("Audit", "CTS") : QCoreApplication::translate("Audit", "no CTS"));
    const QJsonValue sev = o.value(QLatin1String("severity"));
    if (sev.isDouble())
        parts << QCoreApplication::translate("Audit", "severity %1").arg(sev.toInt());
    const QString wrist = o.value(QLatin1String("wrist")).toString();
    if (wrist == QLatin1String("left"))
        parts << QCoreApplication::translate("Audit", "left wrist");
    else if (wrist == QLatin1String("right"))
        parts << QCoreApplication::translate("Audit", "right wrist");
    else if (!wrist.isEmpty())
        parts << QCoreApplication::translate("Audit", "%1 wrist").arg(wrist); // written by something other than NerveScope
    return parts.join(QStringLiteral(", "));
}

} // namespace

QList<AuditEntry> loadAuditLog(Workspace& ws, const AuditFilter& filter, QString* error)
{
    QList<AuditEntry> out;
    QSqlDatabase db = ws.database();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT id, at, rater, action, entity, entity_id, before_json, after_json FROM audit_log");
    if (!filter.rater.isEmpty())
        sql += QStringLiteral(" WHERE rater = ?");
    q.prepare(sql + QStringLiteral(" ORDER BY id DESC"));
    if (!filter.rater.isEmpty())
        q.addBindValue(filter.rater);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    // The study sits inside the JSON of contour and grade rows, so that filter runs here.
    while (q.next() && out.size() < filter.limit) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.rater = q.value(2).toString();
        e.action = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.entityId = q.value(5).toLongLong();
        e.before = parse(q.value(6));
        e.after = parse(q.value(7));
        locate(e);
        if (filter.studyId && e.studyId != filter.studyId)
            continue;
        out << e;
    }
    return out;
}

QString auditActionName(const QString& action)
{
    if (action == QLatin1String("add"))
        return QCoreApplication::translate("Audit", "Add contour");
    if (action == QLatin1String("edit-vertices"))
        return QCoreApplication::translate("Audit", "Edit contour");
    if (action == QLatin1String("delete"))
        return QCoreApplication::translate("Audit", "Delete contour");
    if (action == QLatin1String("restore"))
        return QCoreApplication::translate("Audit", "Restore contour");
    if (action == QLatin1String("label"))
        return QCoreApplication::translate("Audit", "Relabel contour");
    if (action == QLatin1String("review-status"))
        return QCoreApplication::translate("Audit", "Review status");
    if (action == QLatin1String("grade"))
        return QCoreApplication::translate("Audit", "Grade");
    if (action == QLatin1String("grade-undo"))
        return QCoreApplication::translate("Audit", "Withdraw grade");
    if (action == QLatin1String("import"))
        return QCoreApplication::translate("Audit", "Import study");
    return action;
}

QString auditSummary(const AuditEntry& e)
{
    const QJsonObject& b = e.before;
    const QJsonObject& a = e.after;
    if (e.action == QLatin1String("add"))
        return QCoreApplication::translate("Audit", "%1, %2 points, %3")
            .arg(a.value(QLatin1String("label")).toString()).arg(vertexCount(a)).arg(a.value(QLatin1String("source")).toString());
    if (e.action == QLatin1String("edit-vertices")) {
        QString s = QCoreApplication::translate("Audit", "Vertices: %1 → %2 points").arg(vertexCount(b)).arg(vertexCount(a));
        const QString sb = b.value(QLatin1String("source")).toString(), sa = a.value(QLatin1String("source")).toString();
        if (sb != sa)
            s += QCoreApplication::translate("Audit", "; source %1 → %2").arg(sb, sa);
        return s;
    }
    if (e.action == QLatin1String("delete") || e.action == QLatin1String("restore"))
        return QCoreApplication::translate("Audit", "%1, %2 points").arg(b.value(QLatin1String("label")).toString()).arg(vertexCount(b));
    if (e.action == QLatin1String("label"))
        return QCoreApplication::translate("Audit", "Label: %1 → %2")
            .arg(b.value(QLatin1String("label")).toString(), a.value(QLatin1String("label")).toString());
    if (e.action == QLatin1String("review-status"))
        return QCoreApplication::translate("Audit", "Status: %1 → %2")
            .arg(statusText(b.value(QLatin1String("status"))), statusText(a.value(QLatin1String("status"))));
    if (e.action == QLatin1String("grade"))
        return gradeText(a);
    if (e.action == QLatin1String("grade-undo"))
        return QCoreApplication::translate("Audit", "Withdrawn: %1").arg(gradeText(b));
    if (e.action == QLatin1String("import"))
        return a.value(QLatin1String("path")).toString();
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QStringList raterNames(Workspace& ws, QString* error)
{
    QStringList out;
    QSqlDatabase db = ws.database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM raters ORDER BY name COLLATE NOCASE"))) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace ns::workspace
