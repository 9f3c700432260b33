// nervescope-cli workspace create|import|list|annotations|grade DIR ...: the annotation
// workspace from the command line. Reading verbs open the workspace read-only, so they
// work while the GUI is writing to it.

#include "app/cli/CliCommon.h"
#include "app/cli/Commands.h"
#include "core/annotation/ContourStore.h"
#include "core/annotation/GradeStore.h"
#include "core/annotation/Measurements.h"
#include "core/media/MediaOpener.h"
#include "core/workspace/StudyOverview.h"
#include "core/workspace/StudyStore.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <map>
#include <memory>

namespace ns::cli {

namespace {

using workspace::Workspace;

const QString kVerb = QStringLiteral("workspace");


QJsonValue orNull(const std::optional<double>& v) { return v ? QJsonValue(*v) : QJsonValue(); }

// The newest grade a person gave, as files write it: a severity name, else "cts"/"no-cts".
QString gradeName(const workspace::StudyOverview& o)
{
    if (o.severity)
        return annotation::severityName(*o.severity);
    if (o.cts)
        return *o.cts ? QStringLiteral("cts") : QStringLiteral("no-cts");
    return {};
}

QJsonObject studyJson(const workspace::StudyOverview& o)
{
    const workspace::StudyRecord& s = o.study;
    const QString grade = gradeName(o);
    return {{QStringLiteral("id"), s.id}, {QStringLiteral("name"), o.displayName},
            {QStringLiteral("sourcePath"), s.sourcePath}, {QStringLiteral("storedPath"), s.storedPath},
            {QStringLiteral("copied"), s.copied}, {QStringLiteral("sha256"), s.sha256}, {QStringLiteral("kind"), s.kind},
            {QStringLiteral("frames"), s.frames}, {QStringLiteral("width"), s.width}, {QStringLiteral("height"), s.height},
            {QStringLiteral("frameRate"), s.frameRate},
            {QStringLiteral("patientId"), s.patientId.isEmpty() ? QJsonValue() : QJsonValue(s.patientId)},
            {QStringLiteral("wrist"), o.study.wrist.isEmpty() ? QJsonValue() : QJsonValue(o.study.wrist)},
            {QStringLiteral("addedAt"), s.addedAt}, {QStringLiteral("contours"), s.contourCount},
            {QStringLiteral("annotatedFrames"), s.annotatedFrames},
            {QStringLiteral("status"), annotation::reviewStatusName(o.status)},
            // "set": a person set it for the study (Approve); "derived": from its contours.
            {QStringLiteral("statusSource"), o.statusSet ? QStringLiteral("set") : QStringLiteral("derived")},
            {QStringLiteral("raters"), QJsonArray::fromStringList(o.raters)},
            // The newest grade a person gave (models' grades are predictions, not listed).
            {QStringLiteral("grade"), grade.isEmpty() ? QJsonValue() : QJsonValue(grade)}};
}

int runCreate(const QString& dir)
{
    Workspace::OpenResult r = Workspace::create(dir);
    if (!r)
        return fail(kVerb, r.error);
    printLine(QCoreApplication::translate("cli", "Created workspace %1 (schema version %2)").arg(r.workspace->dir()).arg(r.workspace->schemaVersion()));
    return Ok;
}

int runImport(const QString& dir, const QStringList& files, bool copy)
{
    if (files.isEmpty())
        return fail(kVerb, QCoreApplication::translate("cli", "import needs at least one FILE"), Usage);
    Workspace::OpenResult r = Workspace::open(dir);
    if (!r)
        return fail(kVerb, r.error);
    if (r.workspace->isReadOnly())
        return fail(kVerb, r.notice);
    int code = Ok;
    for (const QString& f : files) {
        const workspace::ImportResult imported = workspace::importStudy(*r.workspace, f, copy);
        if (!imported.study) {
            // One unreadable file does not stop the others; the exit code still says so.
            fail(kVerb, imported.error);
            code = Failed;
        } else if (imported.alreadyPresent) {
            printLine(QCoreApplication::translate("cli", "%1: already in the workspace as study %2").arg(f).arg(imported.study->id));
        } else {
            printLine(QCoreApplication::translate("cli", "%1: imported as study %2 (%3)").arg(f).arg(imported.study->id)
                          .arg(imported.study->copied ? QCoreApplication::translate("cli", "copied") : QCoreApplication::translate("cli", "referenced in place")));
        }
    }
    return code;
}

int runList(const QString& dir, bool json)
{
    Workspace::OpenResult r = Workspace::open(dir, Workspace::Mode::ReadOnly);
    if (!r)
        return fail(kVerb, r.error);
    QString error;
    const QList<workspace::StudyOverview> studies = workspace::studyOverviews(*r.workspace, &error);
    if (!error.isEmpty())
        return fail(kVerb, error);
    if (json) {
        QJsonArray a;
        for (const auto& s : studies)
            a.append(studyJson(s));
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("workspace"), r.workspace->dir()},
                                            {QStringLiteral("schemaVersion"), r.workspace->schemaVersion()},
                                            {QStringLiteral("studies"), a}}));
        return Ok;
    }
    for (const auto& o : studies) {
        const workspace::StudyRecord& s = o.study;
        const QString grade = gradeName(o);
        printLine(QCoreApplication::translate("cli", "%1  %2  %3 frames  %4 x %5  %6 contours on %7 frames  %8  %9  %10")
                      .arg(s.id).arg(s.kind).arg(s.frames).arg(s.width).arg(s.height).arg(s.contourCount)
                      .arg(s.annotatedFrames).arg(annotation::reviewStatusName(o.status), grade.isEmpty() ? QStringLiteral("ungraded") : grade,
                                                  s.storedPath));
    }
    if (studies.isEmpty())
        printLine(QCoreApplication::translate("cli", "No studies yet (nervescope-cli workspace import DIR FILE...)."));
    return Ok;
}

// Records a person's grade of a study, as Record My Grade does in the app (appended: the
// newest grade is the study's).
int runGrade(const QString& dir, const QString& studyArg, const QString& gradeArg, const QString& rater)
{
    bool okId = false;
    const qint64 studyId = studyArg.toLongLong(&okId);
    if (!okId || studyId <= 0)
        return fail(kVerb, QCoreApplication::translate("cli", "grade needs --study ID (see workspace list)"), Usage);
    annotation::Grade g;
    g.studyId = studyId;
    if (const auto severity = annotation::severityFromName(gradeArg)) {
        annotation::setSeverity(g, *severity);
    } else if (gradeArg == QLatin1String("cts") || gradeArg == QLatin1String("no-cts")) {
        g.cts = gradeArg == QLatin1String("cts");
    } else {
        return fail(kVerb, QCoreApplication::translate("cli", "--grade must be normal, mild, moderate, severe, cts or no-cts"), Usage);
    }
    if (rater.trimmed().isEmpty())
        return fail(kVerb, QCoreApplication::translate("cli", "grade needs --rater NAME: who gives the grade"), Usage);
    g.rater = rater.trimmed();
    Workspace::OpenResult r = Workspace::open(dir);
    if (!r)
        return fail(kVerb, r.error);
    if (r.workspace->isReadOnly())
        return fail(kVerb, r.notice);
    QString error;
    if (!workspace::findStudy(*r.workspace, studyId, &error))
        return fail(kVerb, error.isEmpty() ? QCoreApplication::translate("cli", "the workspace has no study %1").arg(studyId) : error);
    if (!annotation::recordGrade(*r.workspace, g, &error))
        return fail(kVerb, error);
    printLine(QCoreApplication::translate("cli", "study %1 graded %2 by %3").arg(studyId).arg(gradeArg, g.rater));
    return Ok;
}

// The calibration of each study, opened once; null with the reason when the file is gone.
struct CalibrationCache {
    std::map<qint64, std::unique_ptr<media::FrameSource>> sources;
    QHash<qint64, QString> errors;
    const media::Calibration* get(const workspace::StudyRecord& s, QString* why)
    {
        auto it = sources.find(s.id);
        if (it == sources.end()) {
            media::OpenResult opened = media::openMedia(s.storedPath);
            if (!opened)
                errors.insert(s.id, QCoreApplication::translate("cli", "The study file cannot be opened: %1").arg(opened.error));
            it = sources.emplace(s.id, std::move(opened.source)).first;
        }
        *why = errors.value(s.id);
        return it->second ? &it->second->calibration() : nullptr;
    }
};

int runAnnotations(const QString& dir, const QString& studyArg, bool json)
{
    Workspace::OpenResult r = Workspace::open(dir, Workspace::Mode::ReadOnly);
    if (!r)
        return fail(kVerb, r.error);
    Workspace& ws = *r.workspace;
    QString error;
    QList<workspace::StudyRecord> studies = workspace::listStudies(ws, &error);
    if (!error.isEmpty())
        return fail(kVerb, error);
    if (!studyArg.isEmpty()) {
        bool ok = false;
        const qint64 id = studyArg.toLongLong(&ok);
        studies.erase(std::remove_if(studies.begin(), studies.end(), [&](const auto& s) { return s.id != id; }), studies.end());
        if (!ok || studies.isEmpty())
            return fail(kVerb, QCoreApplication::translate("cli", "no study with id %1").arg(studyArg));
    }
    CalibrationCache calibrations;
    QJsonArray out;
    for (const auto& s : studies) {
        const QList<annotation::Contour> contours = annotation::loadContours(ws, s.id, -1, false, &error);
        if (!error.isEmpty())
            return fail(kVerb, error);
        for (const annotation::Contour& c : contours) {
            QString why;
            const media::Calibration* cal = calibrations.get(s, &why);
            const annotation::Measurements m = annotation::measure(c.vertices, cal);
            const std::optional<annotation::ReviewStatus> status = annotation::reviewStatus(ws, s.id, c.frame);
            const QString statusName = annotation::reviewStatusName(status.value_or(annotation::ReviewStatus::Unlabelled));
            const QString reason = why.isEmpty() ? m.noPhysicalReason : why;
            if (!json) {
                printLine(QCoreApplication::translate("cli", "study %1 frame %2 contour %3  %4  %5 (%6)  %7 px^2  %8  %9 vertices  %10")
                              .arg(s.id).arg(c.frame + 1).arg(c.id).arg(c.rater, c.label, annotation::sourceKindName(c.source.kind))
                              .arg(m.areaPx, 0, 'f', 1)
                              .arg(m.areaMm2 ? QCoreApplication::translate("cli", "%1 mm^2").arg(*m.areaMm2, 0, 'f', 3) : QCoreApplication::translate("cli", "no mm^2: %1").arg(reason))
                              .arg(c.vertices.size()).arg(statusName));
                continue;
            }
            QJsonArray vertices;
            for (const QPointF& p : c.vertices)
                vertices.append(QJsonArray{p.x(), p.y()});
            QJsonObject o{{QStringLiteral("id"), c.id}, {QStringLiteral("study"), s.id}, {QStringLiteral("frame"), c.frame},
                          {QStringLiteral("rater"), c.rater}, {QStringLiteral("label"), c.label},
                          {QStringLiteral("source"), QJsonObject{{QStringLiteral("kind"), annotation::sourceKindName(c.source.kind)},
                                                                 {QStringLiteral("model"), c.source.model.isEmpty() ? QJsonValue() : QJsonValue(c.source.model)},
                                                                 {QStringLiteral("version"), c.source.version.isEmpty() ? QJsonValue() : QJsonValue(c.source.version)}}},
                          {QStringLiteral("status"), statusName}, {QStringLiteral("vertices"), vertices},
                          {QStringLiteral("areaPx"), m.areaPx}, {QStringLiteral("areaMm2"), orNull(m.areaMm2)},
                          {QStringLiteral("perimeterPx"), m.perimeterPx}, {QStringLiteral("perimeterMm"), orNull(m.perimeterMm)},
                          {QStringLiteral("circularity"), m.circularity},
                          {QStringLiteral("createdAt"), c.createdAt}, {QStringLiteral("modifiedAt"), c.modifiedAt}};
            if (m.ellipsePx)
                o.insert(QStringLiteral("ellipsePx"), QJsonObject{{QStringLiteral("major"), m.ellipsePx->majorAxis},
                                                                  {QStringLiteral("minor"), m.ellipsePx->minorAxis},
                                                                  {QStringLiteral("angleDeg"), m.ellipsePx->angleDeg}});
            if (!m.areaMm2)
                o.insert(QStringLiteral("noPhysicalReason"), reason);
            out.append(o);
        }
    }
    if (json)
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("workspace"), ws.dir()}, {QStringLiteral("contours"), out}}));
    return Ok;
}

} // namespace

int runWorkspace(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Annotation workspaces (a folder with workspace.sqlite):\n"
                                        "  create DIR                     make a new workspace\n"
                                        "  import DIR FILE... [--copy]    add studies (referenced in place, or copied in)\n"
                                        "  list DIR [--json]              studies with contour counts and review status\n"
                                        "  annotations DIR [--study ID] [--json]\n"
                                        "                                 contours with vertices, areas (px and mm^2), rater, source, status\n"
                                        "  grade DIR --study ID --grade G --rater NAME\n"
                                        "                                 record a person's CTS grade (normal, mild, moderate, severe, cts, no-cts)"));
    parser.addPositionalArgument(QStringLiteral("ACTION"), QCoreApplication::translate("cli", "create, import, list, annotations or grade"));
    parser.addPositionalArgument(QStringLiteral("DIR"), QCoreApplication::translate("cli", "the workspace folder"));
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cli", "studies to import"), QStringLiteral("[FILE...]"));
    parser.addOption({QStringLiteral("copy"), QCoreApplication::translate("cli", "import: copy the files into the workspace instead of referencing them.")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON instead of text.")});
    parser.addOption({QStringLiteral("study"), QCoreApplication::translate("cli", "annotations: only this study; grade: the study to grade."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("grade"), QCoreApplication::translate("cli", "grade: normal, mild, moderate, severe, cts or no-cts."), QStringLiteral("G")});
    parser.addOption({QStringLiteral("rater"), QCoreApplication::translate("cli", "grade: who gives the grade."), QStringLiteral("NAME")});
    int code = Ok;
    if (!parseOrExit(parser, args, 2, &code))
        return code;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos[0];
    const QString dir = pos[1];
    const bool json = parser.isSet(QStringLiteral("json"));
    if (action == QLatin1String("create") && pos.size() == 2)
        return runCreate(dir);
    if (action == QLatin1String("import"))
        return runImport(dir, pos.mid(2), parser.isSet(QStringLiteral("copy")));
    if (action == QLatin1String("list") && pos.size() == 2)
        return runList(dir, json);
    if (action == QLatin1String("annotations") && pos.size() == 2)
        return runAnnotations(dir, parser.value(QStringLiteral("study")), json);
    if (action == QLatin1String("grade") && pos.size() == 2)
        return runGrade(dir, parser.value(QStringLiteral("study")), parser.value(QStringLiteral("grade")), parser.value(QStringLiteral("rater")));
    return fail(kVerb, QCoreApplication::translate("cli", "unknown action or extra arguments: %1 (see --help)").arg(pos.join(QLatin1Char(' '))), Usage);
}

} // namespace ns::cli
