#include "core/annotation/GradeStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace ns::annotation {

namespace {
QVariant orNull(const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); }

QByteArray gradeJson(const Grade& g)
{
    const QJsonObject o{{QStringLiteral("study"), g.studyId}, {QStringLiteral("wrist"), g.wrist},
                        {QStringLiteral("cts"), g.cts ? QJsonValue(*g.cts) : QJsonValue()},
                        {QStringLiteral("severity"), g.severity ? QJsonValue(*g.severity) : QJsonValue()},
                        {QStringLiteral("source"), sourceKindName(g.source.kind)}, {QStringLiteral("model"), g.source.model}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString auditName(const Grade& g) { return g.rater.isEmpty() ? g.source.model : g.rater; }

const char* const kSeverityNames[] = {"normal", "mild", "moderate", "severe"};
} // namespace

QString severityName(int severity)
{
    return severity >= 0 && severity <= 3 ? QString::fromLatin1(kSeverityNames[severity]) : QString();
}

std::optional<int> severityFromName(const QString& name)
{
    for (int i = 0; i < 4; ++i)
        if (name == QLatin1String(kSeverityNames[i]))
            return i;
    return std::nullopt;
}

void setSeverity(Grade& grade, int severity)
{
    grade.severity = severity;
    grade.cts = severity > 0;
}

bool writeGrade(ns::workspace::Workspace& ws, QSqlDatabase& db, Grade& g, QString* why)
{
    if (!g.cts && !g.severity) {
        *why = QCoreApplication::translate("Annotation", "A grade needs a binary grade, a severity or both.");
        return false;
    }
    if (g.severity && (*g.severity < 0 || *g.severity > 3)) {
        *why = QCoreApplication::translate("Annotation", "Severity must be 0 (normal) to 3 (severe).");
        return false;
    }
    const QString now = g.id > 0 && !g.createdAt.isEmpty() ? g.createdAt : ns::workspace::Workspace::nowUtc();
    QVariant raterId;
    if (!g.rater.isEmpty()) {
        const qint64 r = ws.raterId(db, g.rater, why);
        if (r < 0)
            return false;
        raterId = r;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO grades (id, study_id, wrist, binary_grade, severity, source_kind, source_model,"
                             " source_version, rater_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : QVariantList{g.id > 0 ? QVariant(g.id) : QVariant(), g.studyId, orNull(g.wrist), g.cts ? QVariant(*g.cts ? 1 : 0) : QVariant(),
                                          g.severity ? QVariant(*g.severity) : QVariant(), sourceKindName(g.source.kind),
                                          orNull(g.source.model), orNull(g.source.version), raterId, now})
        q.addBindValue(v);
    if (!q.exec()) {
        *why = q.lastError().text();
        return false;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (!ws.audit(db, auditName(g), QStringLiteral("grade"), QStringLiteral("grade"), id, {}, gradeJson(g), why))
        return false;
    g.id = id;
    g.createdAt = now;
    return true;
}

bool recordGrade(ns::workspace::Workspace& ws, Grade& g, QString* error)
{
    Grade written = g; // g changes only when the transaction commits
    QString why;
    const bool ok = ws.transact([&](QSqlDatabase& db, QString* reason) { return writeGrade(ws, db, written, reason); }, &why);
    if (ok)
        g = written;
    else if (error)
        *error = why;
    return ok;
}

bool withdrawGrade(ns::workspace::Workspace& ws, qint64 gradeId, const QString& rater, QString* error)
{
    return ws.transact([&](QSqlDatabase& db, QString* why) {
        std::optional<Grade> before;
        QString ignored;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT study_id FROM grades WHERE id = ?"));
        q.addBindValue(gradeId);
        if (!q.exec() || !q.next()) {
            *why = QCoreApplication::translate("Annotation", "No grade with id %1.").arg(gradeId);
            return false;
        }
        for (const Grade& g : loadGrades(ws, q.value(0).toLongLong(), &ignored))
            if (g.id == gradeId)
                before = g;
        q.prepare(QStringLiteral("DELETE FROM grades WHERE id = ?"));
        q.addBindValue(gradeId);
        if (!q.exec() || !before) {
            *why = q.lastError().text();
            return false;
        }
        return ws.audit(db, rater.isEmpty() ? auditName(*before) : rater, QStringLiteral("grade-undo"), QStringLiteral("grade"),
                        gradeId, gradeJson(*before), {}, why);
    }, error);
}

QList<Grade> loadGrades(ns::workspace::Workspace& ws, qint64 studyId, QString* error)
{
    QList<Grade> out;
    QSqlDatabase db = ws.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT g.id, g.wrist, g.binary_grade, g.severity, g.source_kind, g.source_model, g.source_version,"
                             " r.name, g.created_at FROM grades g LEFT JOIN raters r ON r.id = g.rater_id"
                             " WHERE g.study_id = ? ORDER BY g.id"));
    q.addBindValue(studyId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        Grade g;
        g.id = q.value(0).toLongLong();
        g.studyId = studyId;
        g.wrist = q.value(1).toString();
        if (!q.value(2).isNull())
            g.cts = q.value(2).toInt() == 1;
        if (!q.value(3).isNull())
            g.severity = q.value(3).toInt();
        g.source.kind = parseSourceKind(q.value(4).toString()).value_or(SourceKind::Manual);
        g.source.model = q.value(5).toString();
        g.source.version = q.value(6).toString();
        g.rater = q.value(7).toString();
        g.createdAt = q.value(8).toString();
        out.append(g);
    }
    return out;
}

namespace {
std::optional<Grade> newestWhere(const QList<Grade>& grades, bool byModel)
{
    for (auto it = grades.rbegin(); it != grades.rend(); ++it)
        if ((it->source.kind == SourceKind::Model) == byModel)
            return *it;
    return std::nullopt;
}
} // namespace

std::optional<Grade> newestPersonGrade(const QList<Grade>& grades) { return newestWhere(grades, false); }
std::optional<Grade> newestModelGrade(const QList<Grade>& grades) { return newestWhere(grades, true); }

} // namespace ns::annotation
