#pragma once
// A contour: one closed polygon in image pixels on one frame of one study, drawn by one
// rater. Several contours may share a frame (a bifid nerve is two contours of one label;
// two raters' contours are kept apart by their rater).

#include <QByteArray>
#include <QPolygonF>
#include <QString>
#include <optional>

namespace ns::annotation {

enum class SourceKind { Manual, Model, Corrected, Interpolated };

struct ContourSource {
    SourceKind kind = SourceKind::Manual;
    QString model;   // model name, when kind == Model (kept when a person corrects it)
    QString version; // model version
    bool operator==(const ContourSource& o) const { return kind == o.kind && model == o.model && version == o.version; }
};

enum class ReviewStatus { Unlabelled, AI, Corrected, Approved };

struct Contour {
    qint64 id = 0;
    qint64 studyId = 0;
    int frame = 0;
    QString rater;
    QString label = QStringLiteral("median nerve");
    ContourSource source;
    QPolygonF vertices; // closed implicitly: the last vertex joins the first
    QString createdAt;
    QString modifiedAt;
    bool deleted = false;
};

QString sourceKindName(SourceKind k); // "manual", "model", "corrected", "interpolated"
std::optional<SourceKind> parseSourceKind(const QString& name);
QString reviewStatusName(ReviewStatus s); // "unlabelled", "ai", "corrected", "approved"
std::optional<ReviewStatus> parseReviewStatus(const QString& name);

// [[x,y],...] compact JSON: how vertices are stored and printed.
QByteArray verticesToJson(const QPolygonF& vertices);
std::optional<QPolygonF> verticesFromJson(const QByteArray& json);

} // namespace ns::annotation
