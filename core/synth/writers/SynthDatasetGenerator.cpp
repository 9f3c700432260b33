#include "core/synth/writers/SynthDatasetGenerator.h"

#include "core/synth/writers/SynthDatasetWriter.h"
#include "core/synth/writers/WriterSupport.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <deque>

namespace ns::synth {

namespace {

QString patientId(int index) { return QStringLiteral("SYN-%1").arg(index + 1, 4, 10, QLatin1Char('0')); }

// The label a model of this task learns, in the manifest's "label" column.
int taskLabel(DatasetTask task, const GroundTruth& t)
{
    switch (task) {
    case DatasetTask::Segmentation: return t.nervePresent ? 1 : 0;
    case DatasetTask::CtsBinary: return isCts(t.grade) ? 1 : 0;
    case DatasetTask::CtsSeverity: return int(t.grade);
    }
    return 0;
}
} // namespace

QString datasetTaskName(DatasetTask task)
{
    switch (task) {
    case DatasetTask::Segmentation: return QStringLiteral("segmentation");
    case DatasetTask::CtsBinary: return QStringLiteral("cts-binary");
    case DatasetTask::CtsSeverity: return QStringLiteral("cts-severity");
    }
    return {};
}

bool parseDatasetTask(const QString& name, DatasetTask* out)
{
    for (DatasetTask t : {DatasetTask::Segmentation, DatasetTask::CtsBinary, DatasetTask::CtsSeverity})
        if (name == datasetTaskName(t)) {
            *out = t;
            return true;
        }
    return false;
}

WristPlan planWrist(const DatasetRequest& request, int patientIndex, bool left)
{
    WristPlan p;
    p.patientId = patientId(patientIndex);
    p.wrist = left ? QStringLiteral("left") : QStringLiteral("right");
    const QByteArray patientKey = p.patientId.toUtf8();
    const QByteArray key = patientKey + '/' + p.wrist.toUtf8();
    auto draw = [&](const char* what) { return writers::unitFromHash(writers::seededHash(request.seed, key + '/' + what)); };
    const QStringList profiles = request.profiles.isEmpty() ? QStringList{QStringLiteral("hm70a")} : request.profiles;
    // The scanner belongs to the patient: both wrists on the same one.
    p.profile = profiles[int(writers::seededHash(request.seed, patientKey + "/profile") % std::uint64_t(profiles.size()))];
    p.seed = writers::seededHash(request.seed, key + "/cine");
    const int f = std::max(1, request.framesPerWrist);
    switch (request.task) {
    case DatasetTask::Segmentation:
        p.grade = Grade(std::min(3, int(draw("grade") * 4)));
        p.bifid = draw("bifid") < 0.10;
        p.emptyFrames = draw("empty") < 0.10;
        p.cines = {{draw("view") < 0.70 ? View::WristTransverse : View::ForearmTransverse, f}};
        break;
    case DatasetTask::CtsBinary: {
        const double g = draw("grade");
        p.grade = g < 0.5 ? Grade::Normal : Grade(1 + std::min(2, int((g - 0.5) * 6)));
        p.cines = {{View::WristTransverse, f}};
        break;
    }
    case DatasetTask::CtsSeverity:
        p.grade = Grade(std::min(3, int(draw("grade") * 4)));
        p.cines = {{View::WristTransverse, (f + 1) / 2}};
        if (f / 2 > 0)
            p.cines.append({View::Longitudinal, f / 2});
        break;
    }
    return p;
}

namespace {

// One wrist's frames, made and encoded from its plan alone, so wrists can be made in any
// order and on any thread.
struct WristFrames {
    WristPlan plan;
    QList<EncodedFrame> frames;
    QString error; // the generator made the wrong number of frames
};

QString wristMessage(const WristPlan& plan)
{
    return QCoreApplication::translate("SynthDatasetGenerator", "patient %1, %2 wrist").arg(plan.patientId, plan.wrist);
}

// reportWithin: pass the generator's own progress on as a share of the whole bar. Only
// when wrists are made one at a time, on the caller's thread: the caller's reporter need
// not be thread-safe.
WristFrames makeWrist(const DatasetRequest& request, const QMap<QString, QString>& split, int w, int wrists,
                      const CineFactory& makeCine, const ns::jobs::Progress& progress, bool reportWithin)
{
    WristFrames out{planWrist(request, w / 2, w % 2 == 0), {}, {}};
    const WristPlan& plan = out.plan;
    const QString patientSplit = split.value(plan.patientId);
    const double base = double(w) / wrists;
    ns::jobs::Progress::Reporter within;
    if (reportWithin)
        within = [&progress, &plan, base, wrists](double f, const QString&) { progress.report(base + f / wrists, wristMessage(plan)); };
    const ns::jobs::Progress sub(within, progress.token());
    std::uint64_t cineSeed = plan.seed;
    for (const auto& [view, frames] : plan.cines) {
        if (progress.isCancelled())
            break;
        SynthRequest req;
        req.view = view;
        req.grade = plan.grade;
        req.profile = plan.profile;
        req.frames = frames;
        req.seed = cineSeed++;
        req.speckleSeed = request.speckleSeed;
        req.bifid = plan.bifid && view != View::Longitudinal;
        req.emptyFrames = plan.emptyFrames;
        req.patientId = plan.patientId;
        req.wrist = plan.wrist;
        const SynthCine cine = makeCine(req, sub);
        if (progress.isCancelled())
            break;
        if (int(cine.frames.size()) != frames) {
            out.error = QCoreApplication::translate("SynthDatasetGenerator", "the generator made %1 frame(s) for %2 %3, not %4")
                            .arg(cine.frames.size()).arg(plan.patientId, plan.wrist).arg(frames);
            break;
        }
        for (size_t i = 0; i < cine.frames.size(); ++i) {
            const SynthFrame& frame = cine.frames[i];
            // Named by position in the cine, not by truth.frameIndex, so names stay
            // unique whatever the generator numbers.
            const QString name = QStringLiteral("%1_%2_%3_f%4")
                                     .arg(plan.patientId, plan.wrist, writers::viewKey(view))
                                     .arg(int(i), 4, 10, QLatin1Char('0'));
            const QJsonObject extra{{QStringLiteral("label"), taskLabel(request.task, frame.truth)}};
            out.frames.append(encodeFrame(name, frame, cine.profile.pixelSpacingMm, patientSplit, extra));
        }
    }
    return out;
}

// Makes wrists on a pool of threads, a few ahead of the one being written, and hands them
// back in wrist order. Leaving scope drops what has not started and waits for the rest.
class WristPipeline {
public:
    WristPipeline(const DatasetRequest& request, const QMap<QString, QString>& split, int wrists, const CineFactory& makeCine,
                  const ns::jobs::Progress& progress)
        : m_request(request), m_split(split), m_wrists(wrists), m_makeCine(makeCine), m_progress(progress)
    {
        m_pool.setMaxThreadCount(std::max(1, request.threads));
    }
    ~WristPipeline()
    {
        m_pool.clear();
        m_pool.waitForDone();
    }
    WristPipeline(const WristPipeline&) = delete;
    WristPipeline& operator=(const WristPipeline&) = delete;

    WristFrames take(int w)
    {
        if (m_request.threads <= 1)
            return makeWrist(m_request, m_split, w, m_wrists, m_makeCine, m_progress, true);
        // Two per thread keeps every thread busy while the caller writes.
        while (m_next < m_wrists && int(m_ahead.size()) < 2 * m_request.threads) {
            const int next = m_next++;
            m_ahead.push_back(QtConcurrent::run(&m_pool, [this, next] {
                return makeWrist(m_request, m_split, next, m_wrists, m_makeCine, m_progress, false);
            }));
        }
        QFuture<WristFrames> front = m_ahead.front();
        m_ahead.pop_front();
        return front.result();
    }

private:
    const DatasetRequest& m_request;
    const QMap<QString, QString>& m_split;
    const int m_wrists;
    const CineFactory& m_makeCine;
    const ns::jobs::Progress& m_progress;
    QThreadPool m_pool;
    std::deque<QFuture<WristFrames>> m_ahead;
    int m_next = 0;
};
} // namespace

DatasetResult generateDataset(const DatasetRequest& request, const QString& outDir, const CineFactory& makeCine,
                              const ns::jobs::Progress& progress)
{
    DatasetResult result;
    if (request.patients < 1 || request.framesPerWrist < 1) {
        result.error = QCoreApplication::translate("SynthDatasetGenerator", "a dataset needs at least one patient and one frame per wrist");
        return result;
    }
    QStringList ids;
    for (int i = 0; i < request.patients; ++i)
        ids << patientId(i);
    const QMap<QString, QString> split = splitPatients(ids, request.seed);

    DatasetFolderWriter writer;
    if (!writer.open(outDir, datasetTaskName(request.task), request.seed, &result.error))
        return result;
    writer.setSpeckleSeed(request.speckleSeed);

    const int wrists = request.patients * 2;
    WristPipeline pipeline(request, split, wrists, makeCine, progress);
    for (int w = 0; w < wrists; ++w) {
        const WristFrames made = progress.isCancelled() ? WristFrames{} : pipeline.take(w);
        if (progress.isCancelled()) {
            result.cancelled = true;
            result.error = QCoreApplication::translate("SynthDatasetGenerator", "cancelled");
            return result;
        }
        if (!made.error.isEmpty()) {
            result.error = made.error;
            return result;
        }
        for (const EncodedFrame& frame : made.frames) {
            if (!writer.add(frame, &result.error))
                return result;
            ++result.frames;
            ++result.framesPerSplit[frame.row.split];
        }
        progress.report(double(w + 1) / wrists, wristMessage(made.plan));
    }
    for (auto it = split.begin(); it != split.end(); ++it)
        ++result.patientsPerSplit[it.value()];
    if (!writer.finish(&result.error))
        return result;
    result.ok = true;
    return result;
}

} // namespace ns::synth
