#include "ui/training/TrainingRunner.h"

#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <atomic>

namespace ns::ui {

TrainingRunner::TrainingRunner(QObject* parent) : QObject(parent) {}

TrainingRunner::~TrainingRunner()
{
    cancel();
    wait();
    delete m_thread; // its "finished" post is dropped with this object
}

void TrainingRunner::cancel() { m_cancel.cancel(); }

void TrainingRunner::wait()
{
    if (m_thread)
        m_thread->wait();
}

bool TrainingRunner::start(const training::TrainingConfig& config, const QString& compareWith, Preparation prepare)
{
    if (m_thread)
        return false;
    m_cancel = jobs::CancelToken();
    const QPointer<TrainingRunner> self(this);
    // Posts `f` to the GUI thread; dropped when the runner is gone.
    auto post = [self](auto f) {
        QMetaObject::invokeMethod(
            self.data(), [self, f] { if (self) f(self.data()); }, Qt::QueuedConnection);
    };
    // Per-batch progress is coalesced: at most one report waits in the GUI queue.
    auto pending = std::make_shared<std::atomic_bool>(false);
    const jobs::Progress progress(
        [post, pending](double fraction, const QString& text) {
            if (pending->exchange(true))
                return;
            post([pending, fraction, text](TrainingRunner* r) {
                pending->store(false);
                emit r->progress(fraction, text);
            });
        },
        m_cancel);
    const QString startedAt = workspace::Workspace::nowUtc();
    m_thread = QThread::create([=] {
        TrainingOutcome out;
        out.config = config;
        out.startedAt = startedAt;
        QString prepared;
        if (prepare && !prepare(progress, &prepared)) {
            out.result.error = prepared;
            out.result.cancelled = progress.isCancelled();
        } else {
            out.result = training::trainModel(
                config, progress, [post](const QString& line) { post([line](TrainingRunner* r) { emit r->message(line); }); },
                [post](const training::EpochRecord& rec) { post([rec](TrainingRunner* r) { emit r->epochFinished(rec); }); });
        }
        if (out.result.ok && !compareWith.isEmpty()) {
            QString why;
            out.comparison = training::evaluateModelOnSplit(compareWith, config.task, config.dataDir, QStringLiteral("val"),
                                                            config.trainingView(), jobs::Progress({}, progress.token()), &why);
            if (!out.comparison)
                out.comparisonNote = why;
        } else if (out.result.ok) {
            out.comparisonNote = QCoreApplication::translate("TrainingRunner", "no default model for %1 to compare with")
                                     .arg(training::taskName(config.task));
        }
        post([out](TrainingRunner* r) {
            r->m_thread->wait();
            r->m_thread->deleteLater();
            r->m_thread = nullptr;
            emit r->finished(out);
        });
    });
    m_thread->start(QThread::LowPriority); // the GUI thread keeps the upper hand
    return true;
}

} // namespace ns::ui
