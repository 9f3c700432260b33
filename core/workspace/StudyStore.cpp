#include "core/workspace/StudyStore.h"

#include "core/media/MediaOpener.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace ns::workspace {

namespace {


QString kindName(media::SourceKind k)
{
    switch (k) {
    case media::SourceKind::Dicom: return QStringLiteral("dicom");
    case media::SourceKind::Video: return QStringLiteral("video");
    case media::SourceKind::Image: return QStringLiteral("image");
    case media::SourceKind::ImageSequence: return QStringLiteral("image-sequence");
    }
    return QStringLiteral("unknown");
}

bool hashFile(QCryptographicHash& h, const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return h.addData(&f);
}

// A folder's identity is its file names and contents in name order, so the same image
// sequence imported twice is recognised.
QString sha256Of(const QString& path, QStringList* folderFiles)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const QFileInfo fi(path);
    if (fi.isDir()) {
        const QStringList names = QDir(path).entryList(QDir::Files, QDir::Name);
        for (const QString& n : names) {
            h.addData(n.toUtf8());
            if (!hashFile(h, QDir(path).filePath(n)))
                return {};
        }
        *folderFiles = names;
    } else if (!hashFile(h, path)) {
        return {};
    }
    return QString::fromLatin1(h.result().toHex());
}

QString patientIdOf(const media::SourceInfo& info)
{
    const QString label = QCoreApplication::translate("DicomFrameSource", "Patient ID");
    for (const auto& a : info.attributes)
        if (a.first == label)
            return a.second;
    return {};
}

// Copies into a temporary name and renames, so a full disk never leaves a half copy under
// the final name.
bool copyInto(const QString& src, const QString& dst, const QStringList& folderFiles, QString* error)
{
    if (QFileInfo(src).isDir()) {
        if (!QDir().mkpath(dst)) {
            *error = QCoreApplication::translate("Workspace", "cannot create %1").arg(dst);
            return false;
        }
        for (const QString& n : folderFiles)
            if (!copyInto(QDir(src).filePath(n), QDir(dst).filePath(n), {}, error))
                return false;
        return true;
    }
    const QString tmp = dst + QStringLiteral(".part");
    QFile::remove(tmp);
    if (!QFile::copy(src, tmp) || !QFile::rename(tmp, dst)) {
        QFile::remove(tmp);
        *error = QCoreApplication::translate("Workspace", "cannot copy %1 to %2").arg(src, dst);
        return false;
    }
    return true;
}

const char* kSelect =
    "SELECT s.id, s.source_path, s.stored_path, s.copied, s.sha256, s.kind, s.frames, s.width, s.height,"
    " s.frame_rate, s.patient_id, s.added_at, s.wrist,"
    " (SELECT count(*) FROM contours c WHERE c.study_id = s.id AND c.deleted = 0),"
    " (SELECT count(DISTINCT frame) FROM contours c WHERE c.study_id = s.id AND c.deleted = 0),"
    " (SELECT status FROM review_status r WHERE r.study_id = s.id AND r.frame = -1)"
    " FROM studies s";

StudyRecord fromRow(const QSqlQuery& q)
{
    StudyRecord s;
    s.id = q.value(0).toLongLong();
    s.sourcePath = q.value(1).toString();
    s.storedPath = q.value(2).toString();
    s.copied = q.value(3).toBool();
    s.sha256 = q.value(4).toString();
    s.kind = q.value(5).toString();
    s.frames = q.value(6).toInt();
    s.width = q.value(7).toInt();
    s.height = q.value(8).toInt();
    s.frameRate = q.value(9).toDouble();
    s.patientId = q.value(10).toString();
    s.addedAt = q.value(11).toString();
    s.wrist = q.value(12).toString();
    s.contourCount = q.value(13).toInt();
    s.annotatedFrames = q.value(14).toInt();
    s.status = q.value(15).isNull() ? QStringLiteral("unlabelled") : q.value(15).toString();
    return s;
}

// Studies added before the file's laterality was read have no side; the file gives it the
// next time the study is opened. A side already stored (a dataset import may know one the
// file does not) is kept. A read-only workspace stays as it is.
void fillMissingWrist(Workspace& ws, qint64 id, const QString& wrist)
{
    if (wrist.isEmpty() || ws.isReadOnly())
        return;
    QSqlDatabase db = ws.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE studies SET wrist = ? WHERE id = ? AND (wrist IS NULL OR wrist = '')"));
    q.addBindValue(wrist);
    q.addBindValue(id);
    q.exec(); // at worst the side stays unknown, as before
}

} // namespace

ImportResult importStudy(Workspace& ws, const QString& pathIn, bool copyIntoWorkspace)
{
    ImportResult r;
    const QString path = QFileInfo(pathIn).absoluteFilePath();
    media::OpenResult opened = media::openMedia(path);
    if (!opened) {
        r.error = opened.error;
        return r;
    }
    QStringList folderFiles;
    const QString sha = sha256Of(path, &folderFiles);
    if (sha.isEmpty()) {
        r.error = QCoreApplication::translate("Workspace", "Cannot read %1.").arg(path);
        return r;
    }
    QString error;
    {
        QSqlDatabase db = ws.database();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM studies WHERE sha256 = ?"));
        q.addBindValue(sha);
        if (q.exec() && q.next()) {
            const qint64 id = q.value(0).toLongLong();
            fillMissingWrist(ws, id, opened.source->info().wrist);
            r.study = findStudy(ws, id, &r.error);
            r.alreadyPresent = true;
            return r;
        }
    }
    if (ws.isReadOnly()) {
        r.error = QCoreApplication::translate("Workspace", "The workspace is read-only: %1").arg(ws.readOnlyReason());
        return r;
    }

    const media::FrameSource& src = *opened.source;
    QString stored = path;
    qint64 id = -1;
    const bool ok = ws.transact([&](QSqlDatabase& db, QString* why) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO studies (source_path, stored_path, copied, sha256, kind, frames, width, height,"
                                 " frame_rate, patient_id, wrist, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(path);
        q.addBindValue(path); // replaced below once the id names the copy
        q.addBindValue(copyIntoWorkspace ? 1 : 0);
        q.addBindValue(sha);
        q.addBindValue(kindName(src.info().kind));
        q.addBindValue(src.frameCount());
        q.addBindValue(src.frameSize().width());
        q.addBindValue(src.frameSize().height());
        q.addBindValue(src.frameRate());
        const QString patient = patientIdOf(src.info());
        q.addBindValue(patient.isEmpty() ? QVariant() : QVariant(patient));
        q.addBindValue(src.info().wrist.isEmpty() ? QVariant() : QVariant(src.info().wrist));
        q.addBindValue(Workspace::nowUtc());
        if (!q.exec()) {
            *why = q.lastError().text();
            return false;
        }
        id = q.lastInsertId().toLongLong();
        if (copyIntoWorkspace) {
            // The copy is made inside the transaction: if it fails, no row points at it.
            stored = QDir(ws.studiesDir()).filePath(QStringLiteral("%1_%2").arg(id).arg(QFileInfo(path).fileName()));
            if (!QDir().mkpath(ws.studiesDir()) || !copyInto(path, stored, folderFiles, why))
                return false;
            q.prepare(QStringLiteral("UPDATE studies SET stored_path = ? WHERE id = ?"));
            q.addBindValue(QDir(ws.dir()).relativeFilePath(stored));
            q.addBindValue(id);
            if (!q.exec()) {
                *why = q.lastError().text();
                return false;
            }
        }
        return ws.audit(db, QString(), QStringLiteral("import"), QStringLiteral("study"), id, {},
                        QJsonDocument(QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("copied"), copyIntoWorkspace}}).toJson(QJsonDocument::Compact), why);
    }, &error);
    if (!ok) {
        if (copyIntoWorkspace && stored != path) {
            if (QFileInfo(stored).isDir())
                QDir(stored).removeRecursively();
            else
                QFile::remove(stored);
        }
        r.error = error;
        return r;
    }
    r.study = findStudy(ws, id, &r.error);
    return r;
}

QList<StudyRecord> listStudies(Workspace& ws, QString* error)
{
    QList<StudyRecord> out;
    QSqlDatabase db = ws.database();
    QSqlQuery q(db);
    if (!q.exec(QString::fromLatin1(kSelect) + QStringLiteral(" ORDER BY s.id"))) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        StudyRecord s = fromRow(q);
        if (s.copied)
            s.storedPath = QDir(ws.dir()).filePath(s.storedPath);
        out.append(s);
    }
    return out;
}

std::optional<StudyRecord> findStudy(Workspace& ws, qint64 id, QString* error)
{
    QSqlDatabase db = ws.database();
    QSqlQuery q(db);
    q.prepare(QString::fromLatin1(kSelect) + QStringLiteral(" WHERE s.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().isValid() && !q.lastError().text().trimmed().isEmpty()
                         ? q.lastError().text() : QCoreApplication::translate("Workspace", "No study with id %1.").arg(id);
        return std::nullopt;
    }
    StudyRecord s = fromRow(q);
    if (s.copied)
        s.storedPath = QDir(ws.dir()).filePath(s.storedPath);
    return s;
}

} // namespace ns::workspace
