#include "ui/ai/AiController.h"

#include "core/annotation/AnnotationEditor.h"
#include "core/annotation/ContourStore.h"
#include "core/annotation/GradeStore.h"
#include "core/media/DisplayFrames.h"
#include "core/workspace/StudyStore.h"
#include "inference/TensorCache.h"
#include "inference/ViewCheck.h"
#include "ui/annotation/AnnotationSession.h"
#include "ui/annotation/ContourToolLayer.h"
#include "ui/training/ModelChoices.h"
#include "ui/viewer/StudyViewer.h"

#include <QPointer>

#include <algorithm>
#include <utility>

namespace ns::ui {

// Engines live on the worker side; the mutex keeps two jobs from sharing a network.
struct AiController::Engines {
    std::mutex mutex;
    std::unique_ptr<inference::Segmenter> segmenter;
    QString segmenterPath;
    bool segmenterCpu = false;
};

namespace {

QList<Prediction> predictionsOf(const QList<QPolygonF>& outlines, const QList<double>& confidence, const inference::ModelCard& card)
{
    QList<Prediction> out;
    const annotation::ContourSource source{annotation::SourceKind::Model, card.name, card.version};
    const QString view = inference::viewOfModel(card);
    for (int c = 0; c < outlines.size(); ++c)
        out << Prediction{outlines[c], c < confidence.size() ? confidence[c] : 0.0, source, view};
    return out;
}

// Loads (or reuses) the engine for `path`; empty string on success, else the reason.
template <class Engine>
QString ensureEngine(std::unique_ptr<Engine>& engine, QString& loadedPath, bool& loadedCpu, const QString& path,
                     const inference::InferenceOptions& options)
{
    if (engine && loadedPath == path && loadedCpu == options.forceCpu)
        return {};
    engine.reset();
    QString error;
    auto model = inference::loadModel(path, &error);
    if (!model)
        return error;
    engine = Engine::create(std::move(*model), options, &error);
    if (!engine)
        return error;
    loadedPath = path;
    loadedCpu = options.forceCpu;
    return {};
}

} // namespace

AiController::AiController(StudyViewer* viewer, AnnotationSession* session, QObject* parent)
    : QObject(parent), m_viewer(viewer), m_session(session), m_engines(std::make_shared<Engines>())
{
    qRegisterMetaType<ns::ui::StudyGradeResult>();
    m_pool.setMaxThreadCount(1); // one inference job at a time; LibTorch has its own threads
    const auto seg = models(QStringLiteral("segmentation"));
    if (!seg.isEmpty())
        m_segPath = seg.first().cardPath;
}

AiController::~AiController()
{
    m_cancel.cancel();
    m_pool.waitForDone();
}

QList<inference::ModelEntry> AiController::models(const QString& task) const
{
    // The workspace's promoted models first (newest first): promoting makes the default.
    QList<inference::ModelEntry> out;
    for (const ModelChoice& c : modelChoices(m_session ? m_session->workspace() : nullptr, task))
        out << c.entry;
    return out;
}

void AiController::setSegmentationModel(const QString& cardPath) { m_segPath = cardPath; }
void AiController::setForceCpu(bool cpu) { m_options.forceCpu = cpu; }

void AiController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void AiController::cancel()
{
    m_gradeNext.clear();
    m_cancel.cancel();
}

void AiController::clear()
{
    ++m_generation;
    cancel();
    const auto frames = m_predictions.keys() + m_noNerve.keys();
    m_predictions.clear();
    m_noNerve.clear();
    for (int f : frames)
        emit predictionsChanged(f);
}

void AiController::failJob(const QString& error)
{
    m_gradeNext.clear();
    setBusy(false);
    emit errorOccurred(error);
}

void AiController::failGrading(const QString& error, quint64 generation)
{
    failJob(error);
    if (generation == m_generation) // not a study opened since
        emit gradeFailed(error);
}

void AiController::segmentFrame()
{
    const int frame = m_viewer->currentFrame();
    runSegmentation(frame, frame);
}

void AiController::segmentCine()
{
    if (m_viewer->frameCount() > 0)
        runSegmentation(0, m_viewer->frameCount() - 1);
}

void AiController::analyse(bool segment, const QString& graderCardPath)
{
    if (m_busy)
        return;
    if (!segment) {
        if (!graderCardPath.isEmpty())
            gradeStudy(graderCardPath);
        return;
    }
    segmentFrame();
    if (m_busy) // started: the grader follows when it has finished
        m_gradeNext = graderCardPath;
}

void AiController::runSegmentation(int first, int last)
{
    auto source = m_viewer->sharedSource();
    if (m_busy || !source || first < 0)
        return;
    if (m_segPath.isEmpty()) {
        emit errorOccurred(tr("No segmentation model is installed. See the README's section on models."));
        return;
    }
    m_cancel = jobs::CancelToken();
    setBusy(true);
    emit progress(0, tr("Loading the model…"));
    const auto window = m_viewer->window();
    const quint64 generation = m_generation;
    const QString path = m_segPath;
    const auto options = m_options;
    const auto token = m_cancel;
    auto engines = m_engines;
    QPointer<AiController> self(this);
    m_pool.start([=]() {
        std::lock_guard<std::mutex> lock(engines->mutex);
        auto post = [self](auto fn) { QMetaObject::invokeMethod(self.data(), fn, Qt::QueuedConnection); };
        QString error = ensureEngine(engines->segmenter, engines->segmenterPath, engines->segmenterCpu, path, options);
        if (!error.isEmpty()) {
            post([self, error]() { if (self) self->failJob(error); });
            return;
        }
        auto& seg = *engines->segmenter;
        const inference::TensorCacheScope tensorCache(inference::kInferenceJobCacheBytes); // batches reuse their memory
        const auto card = seg.card();
        const QString device = seg.device().describe();
        post([self, device]() { if (self) { self->m_device = device; emit self->deviceChanged(device); } });
        const int batch = std::max(1, options.batchSize);
        int done = 0;
        for (int start = first; start <= last && !token.isCancelled(); start += batch) {
            const int end = std::min(last, start + batch - 1);
            const std::vector<QImage> frames = media::displayFrames(*source, start, end, window, &error);
            auto results = frames.empty() ? decltype(seg.segment(frames)){} : seg.segment(frames, &error);
            if (results.empty()) {
                post([self, error]() { if (self) self->failJob(error); });
                return;
            }
            QHash<int, QList<Prediction>> found;
            for (int i = start; i <= end; ++i) {
                const auto& r = results[size_t(i - start)];
                found[i] = predictionsOf(r.nerve.contours, r.nerve.meanProbability, card);
            }
            done += end - start + 1;
            const double fraction = double(done) / (last - first + 1);
            post([self, found, fraction, end, generation, name = card.name]() {
                if (!self || generation != self->m_generation)
                    return;
                self->offerPredictions(found, name, false);
                emit self->progress(fraction, tr("Segmented frame %1").arg(end + 1));
            });
        }
        const bool cancelled = token.isCancelled();
        post([self, cancelled, done, device, generation]() {
            if (!self)
                return;
            self->setBusy(false);
            emit self->finished(cancelled ? tr("Segmentation cancelled after %n frame(s).", nullptr, done)
                                          : tr("Segmented %n frame(s) on %1.", nullptr, done).arg(device));
            const QString grader = std::exchange(self->m_gradeNext, QString());
            if (!cancelled && generation == self->m_generation && !grader.isEmpty())
                self->gradeStudy(grader);
        });
    });
}

void AiController::gradeStudy(const QString& graderCardPath)
{
    auto source = m_viewer->sharedSource();
    if (m_busy || !source)
        return;
    m_cancel = jobs::CancelToken();
    setBusy(true);
    emit progress(0, tr("Loading the grader…"));
    const auto window = m_viewer->window();
    const auto options = m_options;
    const auto token = m_cancel;
    const int count = source->frameCount();
    const quint64 generation = m_generation;
    const qint64 studyId = m_session->studyId(); // the study graded, whatever is open when it ends
    const QString side = studySide();
    QPointer<AiController> self(this);
    m_pool.start([=]() {
        auto post = [self](auto fn) { QMetaObject::invokeMethod(self.data(), fn, Qt::QueuedConnection); };
        QString error;
        auto model = inference::loadModel(graderCardPath, &error);
        std::unique_ptr<inference::Grader> grader = model ? inference::Grader::create(std::move(*model), options, &error) : nullptr;
        if (!grader) {
            post([self, error, generation]() { if (self) self->failGrading(error, generation); });
            return;
        }
        const inference::TensorCacheScope tensorCache(inference::kInferenceJobCacheBytes);
        // The locator outlines every frame for a crop model; those outlines are offered for
        // review when the locator reads the grader's view (a longitudinal grader's crops are
        // found by a cross-sectional model, whose outline of a long-axis nerve is no answer).
        const inference::ModelCard* locator = grader->locatorCard();
        const bool offerOutlines = locator && inference::viewOfModel(*locator) == inference::viewOfModel(grader->card());
        const inference::ModelCard locatorCard = offerOutlines ? *locator : inference::ModelCard();
        StudyGradeResult result;
        result.card = grader->card();
        result.side = side;
        result.framesInStudy = count;
        const int batch = std::max(1, options.batchSize);
        for (int start = 0; start < count && !token.isCancelled(); start += batch) {
            const int end = std::min(count - 1, start + batch - 1);
            const std::vector<QImage> frames = media::displayFrames(*source, start, end, window, &error);
            auto part = frames.empty() ? std::vector<inference::FrameGrade>{} : grader->grade(frames, source->calibration(), &error);
            if (part.empty()) {
                post([self, error, generation]() { if (self) self->failGrading(error, generation); });
                return;
            }
            QHash<int, QList<Prediction>> outlines;
            for (size_t k = 0; k < part.size(); ++k) {
                if (offerOutlines)
                    outlines[start + int(k)] = predictionsOf(part[k].nerveOutlines, part[k].outlineConfidence, locatorCard);
                part[k].nerveOutlines.clear(); // the partial results copied to the GUI stay light
                part[k].outlineConfidence.clear();
            }
            result.frames.insert(result.frames.end(), part.begin(), part.end());
            result.wrist = inference::aggregateWrist(result.frames);
            const double fraction = double(end + 1) / count;
            post([self, fraction, end, result, outlines, generation, name = locatorCard.name]() {
                if (!self)
                    return;
                if (generation == self->m_generation)
                    self->offerPredictions(outlines, name, true);
                emit self->progress(fraction, tr("Graded frame %1").arg(end + 1));
                if (generation == self->m_generation && !result.complete())
                    emit self->gradeProgress(result);
            });
        }
        const bool cancelled = token.isCancelled();
        post([self, result, cancelled, generation, studyId]() {
            if (!self)
                return;
            self->setBusy(false);
            // A study opened since the job finished (its result queued) must not get this grade.
            if (generation != self->m_generation) {
                emit self->finished(tr("Grading cancelled."));
                return;
            }
            if (cancelled) {
                emit self->gradeFailed(tr("cancelled after %1 of %n frame(s); no grade was stored.", nullptr, result.framesInStudy)
                                           .arg(result.frames.size()));
                emit self->finished(tr("Grading cancelled."));
                return;
            }
            // The model's grade goes to the workspace beside any person's; the newest is current.
            if (auto* ws = self->m_session->workspace(); ws && studyId > 0 && studyId == self->m_session->studyId()) {
                annotation::Grade g;
                g.studyId = studyId;
                g.source = {annotation::SourceKind::Model, result.card.name, result.card.version};
                if (result.card.task == QLatin1String("cts-binary"))
                    g.cts = result.wrist.predicted == 1;
                else
                    g.severity = result.wrist.predicted;
                QString why;
                if (!annotation::recordGrade(*ws, g, &why))
                    emit self->errorOccurred(tr("The grade could not be stored: %1").arg(why));
            }
            emit self->gradeReady(result);
            QString done = tr("Graded %n frame(s) with %1.", nullptr, int(result.frames.size())).arg(result.card.name);
            if (const int pending = self->pendingFrames(); pending > 0)
                done += QLatin1Char(' ') + tr("AI outlines await review on %n frame(s).", nullptr, pending);
            emit self->finished(done);
        });
    });
}

QString AiController::studySide() const
{
    // The workspace's record wins: a dataset import knows the side of files that cannot say.
    if (auto* ws = m_session->workspace(); ws && m_session->studyId() > 0)
        if (const auto study = ns::workspace::findStudy(*ws, m_session->studyId()); study && !study->wrist.isEmpty())
            return study->wrist;
    const auto source = m_viewer->sharedSource();
    return source ? source->info().wrist : QString();
}

QString AiController::measurementLabel(const QPolygonF& vertices) const { return m_session->measurementLabel(vertices); }

annotation::Contour AiController::modelContour(int frame, const Prediction& p) const
{
    annotation::Contour c;
    c.studyId = m_session->studyId();
    c.frame = frame;
    c.source = p.source;
    c.vertices = p.vertices;
    return c;
}

bool AiController::holdsContours(int frame) const
{
    auto* ws = m_session->workspace();
    const qint64 study = m_session->studyId();
    return ws && study > 0 && !annotation::loadContours(*ws, study, frame).isEmpty();
}

void AiController::offerPredictions(const QHash<int, QList<Prediction>>& found, const QString& model, bool fillOnly)
{
    for (auto it = found.begin(); it != found.end(); ++it) {
        const int frame = it.key();
        if (fillOnly && (m_predictions.contains(frame) || m_noNerve.contains(frame) || holdsContours(frame)))
            continue;
        if (it.value().isEmpty()) {
            m_predictions.remove(frame);
            m_noNerve.insert(frame, model);
        } else {
            m_predictions.insert(frame, it.value());
            m_noNerve.remove(frame);
        }
        emit predictionsChanged(frame);
    }
}

bool AiController::storeContour(int frame, const Prediction& p, qint64* id)
{
    auto* editor = m_session->editor();
    if (!editor || !m_session->canEdit()) {
        emit errorOccurred(m_session->whyDisabled());
        return false;
    }
    *id = editor->addContour(modelContour(frame, p));
    if (*id <= 0) {
        emit errorOccurred(tr("The contour could not be stored: %1").arg(editor->lastError()));
        return false;
    }
    return true;
}

qint64 AiController::storePrediction(int frame, int index)
{
    auto it = m_predictions.find(frame);
    if (it == m_predictions.end() || index < 0 || index >= it->size())
        return -1;
    qint64 id = 0;
    if (!storeContour(frame, it->at(index), &id))
        return -1;
    it->removeAt(index);
    if (it->isEmpty())
        m_predictions.erase(it);
    m_session->reload();
    return id;
}

bool AiController::accept(int frame, int index)
{
    if (storePrediction(frame, index) < 0)
        return false;
    emit predictionsChanged(frame);
    return true;
}

bool AiController::acceptAll(int frame)
{
    bool ok = true;
    while (ok && !m_predictions.value(frame).isEmpty())
        ok = accept(frame, 0);
    return ok;
}

int AiController::acceptEveryFrame()
{
    auto* editor = m_session->editor();
    if (!editor || !m_session->canEdit()) {
        emit errorOccurred(m_session->whyDisabled());
        return 0;
    }
    QList<int> frames = m_predictions.keys();
    std::sort(frames.begin(), frames.end());
    QList<annotation::Contour> add;
    for (int f : std::as_const(frames))
        for (const Prediction& p : m_predictions.value(f))
            add.append(modelContour(f, p));
    if (add.isEmpty())
        return 0;
    QList<qint64> ids;
    const bool ok = editor->applyBatch({}, add, tr("Accept AI contours on %n frame(s)", nullptr, int(frames.size())), &ids);
    // applyBatch adds in order and stops at the first failure: the first ids.size() are stored.
    int stored = 0;
    for (int f : std::as_const(frames)) {
        auto it = m_predictions.find(f);
        const int n = std::min<int>(int(it->size()), int(ids.size()) - stored);
        if (n <= 0)
            break;
        it->erase(it->begin(), it->begin() + n);
        stored += n;
        if (it->isEmpty())
            m_predictions.erase(it);
        emit predictionsChanged(f);
    }
    if (!ok)
        emit errorOccurred(tr("Stored %1 of %2 AI contours; the others are still pending: %3")
                               .arg(stored).arg(add.size()).arg(editor->lastError()));
    return stored;
}

bool AiController::edit(int frame, int index)
{
    const qint64 id = storePrediction(frame, index);
    if (id < 0)
        return false;
    m_session->toolLayer()->setTool(ContourToolLayer::Tool::Edit);
    m_session->toolLayer()->select(id);
    emit predictionsChanged(frame);
    return true;
}

void AiController::reject(int frame, int index)
{
    auto it = m_predictions.find(frame);
    if (it == m_predictions.end() || index < 0 || index >= it->size())
        return;
    it->removeAt(index);
    if (it->isEmpty())
        m_predictions.erase(it);
    emit predictionsChanged(frame);
}

void AiController::rejectAll(int frame)
{
    if (m_predictions.remove(frame) > 0)
        emit predictionsChanged(frame);
}

} // namespace ns::ui
