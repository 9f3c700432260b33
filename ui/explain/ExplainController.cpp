#include "ui/explain/ExplainController.h"

#include <QPointer>

#include <mutex>

namespace ns::ui {

namespace ex = ns::inference::explain;

// The loaded explainer lives on the worker side, reused while the model and device stay.
struct ExplainController::Engine {
    std::mutex mutex;
    std::unique_ptr<ex::Explainer> explainer;
    QString path;
    bool cpu = false;
};

ExplainController::ExplainController(QObject* parent) : QObject(parent), m_engine(std::make_shared<Engine>())
{
    m_pool.setMaxThreadCount(1); // one explanation at a time; LibTorch has its own threads
}

ExplainController::~ExplainController()
{
    m_cancel.cancel();
    m_pool.waitForDone();
}

void ExplainController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void ExplainController::cancel() { m_cancel.cancel(); }
void ExplainController::waitForIdle() { m_pool.waitForDone(); }

void ExplainController::explain(const QString& cardPath, const QImage& frame, int frameIndex,
                                const QList<ex::ExplainRequest>& requests)
{
    if (m_busy || frame.isNull() || requests.isEmpty())
        return;
    if (cardPath.isEmpty()) {
        emit errorOccurred(tr("No model to explain is installed. See the README's section on models."));
        return;
    }
    m_cancel = jobs::CancelToken();
    const quint64 generation = ++m_generation;
    setBusy(true);
    emit progress(0, tr("Loading the model…"));
    const auto options = m_options;
    const auto token = m_cancel;
    auto engine = m_engine;
    QPointer<ExplainController> self(this);
    m_pool.start([=]() {
        auto post = [self](auto fn) { QMetaObject::invokeMethod(self.data(), fn, Qt::QueuedConnection); };
        auto failed = [&](const QString& error) {
            post([self, error]() { if (self) { self->setBusy(false); emit self->errorOccurred(error); } });
        };
        std::lock_guard<std::mutex> lock(engine->mutex);
        if (!engine->explainer || engine->path != cardPath || engine->cpu != options.forceCpu) {
            engine->explainer.reset();
            QString error;
            auto model = inference::loadModel(cardPath, &error);
            if (model)
                engine->explainer = ex::Explainer::create(std::move(*model), options, &error);
            if (!engine->explainer)
                return failed(error);
            engine->path = cardPath;
            engine->cpu = options.forceCpu;
        }
        ex::Explainer& explainer = *engine->explainer;
        ExplainOutcome outcome;
        outcome.frame = frameIndex;
        outcome.image = frame;
        outcome.card = explainer.card();
        outcome.device = explainer.device().describe();
        const int n = int(requests.size());
        for (int i = 0; i < n; ++i) {
            // Each method gets its share of the bar.
            const jobs::Progress progress(
                [post, self, i, n](double f, const QString& message) {
                    const double total = (i + f) / n;
                    post([self, total, message]() { if (self) emit self->progress(total, message); });
                },
                token);
            QString error;
            ex::ExplainResult r = explainer.explain(frame, requests[i], progress, &error);
            if (r.cancelled || token.isCancelled()) {
                post([self]() { if (self) { self->setBusy(false); emit self->cancelled(); } });
                return;
            }
            if (!r.ok())
                return failed(error);
            outcome.results << std::move(r);
        }
        post([self, outcome, generation]() {
            if (!self)
                return;
            self->setBusy(false);
            if (generation == self->m_generation)
                emit self->resultReady(outcome);
        });
    });
}

} // namespace ns::ui
