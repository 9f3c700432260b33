#include "core/export/ExportCollector.h"

#include "core/annotation/ContourStore.h"
#include "core/annotation/GradeStore.h"
#include "core/annotation/ReviewStore.h"
#include "core/media/MediaOpener.h"
#include "core/workspace/StudyOverview.h"

#include <QCoreApplication>
#include <QMap>

namespace ns::exporting {

namespace {

QString attribute(const media::SourceInfo& info, const char* label)
{
    const QString wanted = QCoreApplication::translate("DicomFrameSource", label);
    for (const auto& a : info.attributes)
        if (a.first == wanted)
            return a.second;
    return {};
}

bool fail(QString* error, const QString& why)
{
    if (error)
        *error = why;
    return false;
}

} // namespace

std::optional<ExportDataset> ExportCollector::collect(const ExportSelection& sel, const ns::jobs::Progress& progress,
                                                      QString* error)
{
    QString why;
    const QList<workspace::StudyOverview> all = workspace::studyOverviews(m_ws, &why);
    if (!why.isEmpty()) {
        fail(error, why);
        return std::nullopt;
    }
    QMap<qint64, workspace::StudyOverview> byId;
    for (const auto& o : all)
        byId.insert(o.id(), o);
    QList<qint64> ids = sel.studyIds;
    if (ids.isEmpty())
        ids = byId.keys();
    for (qint64 id : ids)
        if (!byId.contains(id)) {
            fail(error, QCoreApplication::translate("Export", "The workspace has no study with id %1.").arg(id));
            return std::nullopt;
        }

    ExportDataset out;
    out.workspaceDir = m_ws.dir();
    for (int i = 0; i < ids.size(); ++i) {
        if (progress.isCancelled()) {
            fail(error, QCoreApplication::translate("Export", "Cancelled."));
            return std::nullopt;
        }
        progress.report(double(i) / ids.size(), QCoreApplication::translate("Export", "reading study %1").arg(ids[i]));
        const workspace::StudyOverview& o = byId[ids[i]];
        why.clear();
        const QList<annotation::Contour> contours = annotation::loadContours(m_ws, o.id(), -1, false, &why);
        if (!why.isEmpty()) {
            fail(error, why);
            return std::nullopt;
        }
        const QMap<int, annotation::ReviewStatus> frameStatus = annotation::storedFrameStatuses(m_ws, o.id(), &why);
        const std::optional<annotation::ReviewState> studyState = annotation::reviewState(m_ws, o.id(), -1, &why);
        const bool studyApproved = studyState && studyState->stored && studyState->status == annotation::ReviewStatus::Approved;

        QMap<int, ExportFrame> frames;
        for (const annotation::Contour& c : contours) {
            if (!sel.accepts(c.source.kind) || (!sel.raters.isEmpty() && !sel.raters.contains(c.rater)) || c.vertices.size() < 3)
                continue;
            const bool approved = studyApproved || frameStatus.value(c.frame, annotation::ReviewStatus::Unlabelled) == annotation::ReviewStatus::Approved;
            if (sel.approvedOnly && !approved)
                continue;
            ExportFrame& f = frames[c.frame];
            f.frame = c.frame;
            f.approved = approved;
            f.contours << ExportContour{c.id, c.label, c.rater, c.source, c.vertices};
        }
        if (frames.isEmpty())
            continue;

        ExportStudy s;
        s.id = o.id();
        s.storedPath = o.study.storedPath;
        s.sourcePath = o.study.sourcePath;
        s.kind = o.study.kind;
        s.patientId = o.study.patientId;
        s.wrist = o.study.wrist;
        s.frameSize = QSize(o.study.width, o.study.height);
        // The calibration and scanner come from the file; a study whose file is gone cannot
        // be exported (its pixels are gone too), and the message names it.
        media::OpenResult opened = media::openMedia(s.storedPath);
        if (!opened) {
            fail(error, QCoreApplication::translate("Export", "Study %1 cannot be opened: %2").arg(s.id).arg(opened.error));
            return std::nullopt;
        }
        s.calibration = opened.source->calibration();
        s.profile = attribute(opened.source->info(), QT_TRANSLATE_NOOP("DicomFrameSource", "Model"));
        if (!sel.scanners.isEmpty()) {
            bool wanted = false;
            for (const QString& scanner : sel.scanners)
                wanted = wanted || s.profile.compare(scanner, Qt::CaseInsensitive) == 0;
            if (!wanted)
                continue;
        }
        // A person's grade only: exporting a model's would teach the next model its own answers.
        if (const auto g = annotation::newestPersonGrade(annotation::loadGrades(m_ws, s.id, &why))) {
            s.grade = ExportGrade{g->cts, g->severity};
            if (s.wrist.isEmpty())
                s.wrist = g->wrist;
        }
        s.frames = frames.values();
        out.studies << s;
    }
    progress.report(1.0, QCoreApplication::translate("Export", "studies read"));
    return out;
}

} // namespace ns::exporting
