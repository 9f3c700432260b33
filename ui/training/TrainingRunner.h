#pragma once
// Runs one training job (inference/training/Trainer.h) on its own thread, then judges the
// current default model on the same validation split for the side-by-side comparison.
// Everything it reports arrives as signals on the GUI thread; the GUI never waits on
// LibTorch. Destroying the runner cancels the job and waits for it.

#include "inference/training/Trainer.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace ns::ui {

struct TrainingOutcome {
    training::TrainingConfig config;
    training::TrainingResult result;
    std::optional<training::CaseEvaluation> comparison; // the current default, same val split
    QString comparisonNote;                               // why there is none, when there is none
    QString startedAt;                                    // ISO-8601 UTC
};

class TrainingRunner : public QObject {
    Q_OBJECT
public:
    explicit TrainingRunner(QObject* parent = nullptr);
    ~TrainingRunner() override;

    // `compareWith`: the card of the model to compare with (may be empty). False when a
    // job is already running.
    // Work to do on the runner's thread before training (e.g. exporting the workspace's
    // annotations): false with *error ends the run with that error.
    using Preparation = std::function<bool(const jobs::Progress& progress, QString* error)>;
    bool start(const training::TrainingConfig& config, const QString& compareWith, Preparation prepare = {});
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    // Waits until the job is over (tests, closing the window).
    void wait();

signals:
    void epochFinished(const ns::training::EpochRecord& record);
    void progress(double fraction, const QString& message);
    void message(const QString& line);
    void finished(const ns::ui::TrainingOutcome& outcome);

private:
    QThread* m_thread = nullptr;
    jobs::CancelToken m_cancel;
};

} // namespace ns::ui
