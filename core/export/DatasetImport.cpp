#include "core/export/DatasetImport.h"

#include "core/annotation/ContourStore.h"
#include "core/annotation/GradeStore.h"
#include "core/media/MediaOpener.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace ns::exporting {

namespace {

QString sha256File(const QString& path)
{
    QFile f(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !h.addData(&f))
        return {};
    return QString::fromLatin1(h.result().toHex());
}

bool exec(QSqlQuery& q, QString* why)
{
    if (q.exec())
        return true;
    *why = q.lastError().text();
    return false;
}

QVariant orNull(const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); }

// Inserts the study row for `img` and copies the image in; the id, or -1 with *why.
qint64 insertStudy(workspace::Workspace& ws, QSqlDatabase& db, const ImportImage& img, const QString& sha,
                   const media::FrameSource& src, QStringList* copied, QString* why)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO studies (source_path, stored_path, copied, sha256, kind, frames, width, height,"
                             " frame_rate, patient_id, wrist, added_at) VALUES (?, ?, 1, ?, 'image', 1, ?, ?, NULL, ?, ?, ?)"));
    for (const QVariant& v : QVariantList{img.imagePath, img.imagePath, sha, src.frameSize().width(), src.frameSize().height(),
                                          orNull(img.patient), orNull(img.wrist), workspace::Workspace::nowUtc()})
        q.addBindValue(v);
    if (!exec(q, why))
        return -1;
    const qint64 id = q.lastInsertId().toLongLong();
    const QString stored = QDir(ws.studiesDir()).filePath(QStringLiteral("%1_%2").arg(id).arg(QFileInfo(img.imagePath).fileName()));
    QFile::remove(stored);
    if (!QDir().mkpath(ws.studiesDir()) || !QFile::copy(img.imagePath, stored)) {
        *why = QCoreApplication::translate("Import", "cannot copy %1 into the workspace (is the disk full?)").arg(QDir::toNativeSeparators(img.imagePath));
        return -1;
    }
    *copied << stored;
    q.prepare(QStringLiteral("UPDATE studies SET stored_path = ? WHERE id = ?"));
    q.addBindValue(QDir(ws.dir()).relativeFilePath(stored));
    q.addBindValue(id);
    if (!exec(q, why))
        return -1;
    return id;
}

bool insertContour(workspace::Workspace& ws, QSqlDatabase& db, qint64 studyId, const ImportContour& c, QString* why)
{
    const qint64 rater = ws.raterId(db, c.rater, why);
    if (rater < 0)
        return false;
    const QString now = workspace::Workspace::nowUtc();
    const QString vertices = QString::fromUtf8(annotation::verticesToJson(c.vertices));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO contours (study_id, frame, rater_id, label, source_kind, source_model, source_version,"
                             " vertices, created_at, modified_at, deleted) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 0)"));
    for (const QVariant& v : QVariantList{studyId, rater, c.label, annotation::sourceKindName(c.source), orNull(c.model), orNull(c.version),
                                          vertices, now, now})
        q.addBindValue(v);
    if (!exec(q, why))
        return false;
    const QJsonObject after{{QStringLiteral("study"), studyId}, {QStringLiteral("frame"), 0}, {QStringLiteral("label"), c.label},
                            {QStringLiteral("source"), annotation::sourceKindName(c.source)},
                            {QStringLiteral("vertices"), QJsonDocument::fromJson(vertices.toUtf8()).array()}};
    return ws.audit(db, c.rater, QStringLiteral("import"), QStringLiteral("contour"), q.lastInsertId().toLongLong(), {},
                    QJsonDocument(after).toJson(QJsonDocument::Compact), why);
}

} // namespace

ImportSummary importDataset(workspace::Workspace& ws, ImportFormat format, const QString& dir, const ns::jobs::Progress& progress)
{
    ImportSummary r;
    if (ws.isReadOnly()) {
        r.error = QCoreApplication::translate("Import", "the workspace is read-only: %1").arg(ws.readOnlyReason());
        return r;
    }
    const ns::jobs::Progress reading([&](double f, const QString& m) { progress.report(0.3 * f, m); }, progress.token());
    const QList<ImportImage> images = readDataset(format, dir, reading, &r.error);
    if (images.isEmpty()) {
        if (r.error.isEmpty())
            r.error = QCoreApplication::translate("Import", "%1 holds no images to import").arg(QDir::toNativeSeparators(dir));
        return r;
    }
    QStringList copied; // removed again if the transaction fails
    const bool ok = ws.transact([&](QSqlDatabase& db, QString* why) {
        for (int i = 0; i < images.size(); ++i) {
            if (progress.isCancelled()) {
                *why = QCoreApplication::translate("Import", "cancelled");
                return false;
            }
            progress.report(0.3 + 0.7 * i / images.size(), QCoreApplication::translate("Import", "importing image %1 of %2").arg(i + 1).arg(images.size()));
            const ImportImage& img = images[i];
            const media::OpenResult opened = media::openMedia(img.imagePath);
            if (!opened) {
                *why = opened.error;
                return false;
            }
            const QString sha = sha256File(img.imagePath);
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT id FROM studies WHERE sha256 = ?"));
            q.addBindValue(sha);
            if (!exec(q, why))
                return false;
            qint64 id = -1;
            const bool isNew = !q.next();
            if (!isNew) {
                id = q.value(0).toLongLong();
                ++r.reused;
            } else {
                id = insertStudy(ws, db, img, sha, *opened.source, &copied, why);
                if (id < 0)
                    return false;
                ++r.studies;
                if (!ws.audit(db, QString(), QStringLiteral("import"), QStringLiteral("study"), id, {},
                              QJsonDocument(QJsonObject{{QStringLiteral("path"), img.imagePath}, {QStringLiteral("copied"), true}}).toJson(QJsonDocument::Compact), why))
                    return false;
            }
            for (const ImportContour& c : img.contours) {
                if (!insertContour(ws, db, id, c, why))
                    return false;
                ++r.contours;
            }
            // The dataset says neither who graded nor who approved: whoever drew the frame's
            // first contour stands for both.
            const QString rater = img.contours.isEmpty() ? QStringLiteral("import") : img.contours.first().rater;
            // The dataset's grade becomes the new study's, as a person's grade (exports carry
            // only those). A study already in the workspace keeps its own grading history.
            if (isNew && (img.severity || img.cts)) {
                annotation::Grade g;
                g.studyId = id;
                g.wrist = img.wrist;
                if (img.severity)
                    annotation::setSeverity(g, *img.severity);
                if (img.cts)
                    g.cts = img.cts;
                g.rater = rater;
                if (!annotation::writeGrade(ws, db, g, why))
                    return false;
                ++r.graded;
            }
            // The approval travels with the frame.
            if (img.approved) {
                if (!annotation::writeReviewStatus(ws, db, id, 0, annotation::ReviewStatus::Approved, rater, why))
                    return false;
                ++r.approved;
            }
        }
        return ws.audit(db, QString(), QStringLiteral("import-dataset"), QStringLiteral("dataset"), 0, {},
                        QJsonDocument(QJsonObject{{QStringLiteral("folder"), QFileInfo(dir).absoluteFilePath()},
                                                  {QStringLiteral("format"), importFormatNames().value(int(format))},
                                                  {QStringLiteral("studies"), r.studies}, {QStringLiteral("contours"), r.contours},
                                                  {QStringLiteral("approved"), r.approved}, {QStringLiteral("graded"), r.graded}})
                            .toJson(QJsonDocument::Compact), why);
    }, &r.error);
    if (!ok) {
        for (const QString& f : copied)
            QFile::remove(f);
        r.studies = r.reused = r.contours = r.approved = r.graded = 0;
        return r;
    }
    progress.report(1.0, QCoreApplication::translate("Import", "done"));
    r.ok = true;
    return r;
}

} // namespace ns::exporting
