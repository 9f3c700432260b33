#include "core/annotation/Contour.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ns::annotation {

QString sourceKindName(SourceKind k)
{
    switch (k) {
    case SourceKind::Manual: return QStringLiteral("manual");
    case SourceKind::Model: return QStringLiteral("model");
    case SourceKind::Corrected: return QStringLiteral("corrected");
    case SourceKind::Interpolated: return QStringLiteral("interpolated");
    }
    return QStringLiteral("manual");
}

std::optional<SourceKind> parseSourceKind(const QString& name)
{
    for (SourceKind k : {SourceKind::Manual, SourceKind::Model, SourceKind::Corrected, SourceKind::Interpolated})
        if (sourceKindName(k) == name)
            return k;
    return std::nullopt;
}

QString reviewStatusName(ReviewStatus s)
{
    switch (s) {
    case ReviewStatus::Unlabelled: return QStringLiteral("unlabelled");
    case ReviewStatus::AI: return QStringLiteral("ai");
    case ReviewStatus::Corrected: return QStringLiteral("corrected");
    case ReviewStatus::Approved: return QStringLiteral("approved");
    }
    return QStringLiteral("unlabelled");
}

std::optional<ReviewStatus> parseReviewStatus(const QString& name)
{
    for (ReviewStatus s : {ReviewStatus::Unlabelled, ReviewStatus::AI, ReviewStatus::Corrected, ReviewStatus::Approved})
        if (reviewStatusName(s) == name)
            return s;
    return std::nullopt;
}

QByteArray verticesToJson(const QPolygonF& vertices)
{
    QJsonArray a;
    for (const QPointF& p : vertices)
        a.append(QJsonArray{p.x(), p.y()});
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

std::optional<QPolygonF> verticesFromJson(const QByteArray& json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isArray())
        return std::nullopt;
    QPolygonF poly;
    for (const QJsonValue& v : doc.array()) {
        const QJsonArray xy = v.toArray();
        if (xy.size() != 2)
            return std::nullopt;
        poly.append(QPointF(xy[0].toDouble(), xy[1].toDouble()));
    }
    return poly;
}

} // namespace ns::annotation
