#pragma once
// Runs explanations as a job off the GUI thread: loads (and keeps) the chosen model,
// explains one frame with one method or two for a side-by-side comparison, reports
// progress, stops cooperatively on Cancel, and drops the result of a job a newer one
// superseded. The GUI thread never waits on LibTorch.

#include "core/jobs/Progress.h"
#include "inference/InferenceOptions.h"
#include "inference/explain/Explainer.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QThreadPool>
#include <memory>

namespace ns::ui {

struct ExplainOutcome {
    int frame = -1;
    QImage image;                 // the frame explained, as displayed
    inference::ModelCard card;
    QString device;
    QList<inference::explain::ExplainResult> results; // one per requested method, in order
};

class ExplainController : public QObject {
    Q_OBJECT
public:
    explicit ExplainController(QObject* parent = nullptr);
    ~ExplainController() override;

    void setForceCpu(bool cpu) { m_options.forceCpu = cpu; }
    bool isBusy() const { return m_busy; }
    // Starts the job; ignored while one runs. `requests`: one method, or two to compare.
    void explain(const QString& cardPath, const QImage& frame, int frameIndex,
                 const QList<inference::explain::ExplainRequest>& requests);
    void cancel();
    void waitForIdle(); // for tests and shutdown

signals:
    void busyChanged(bool busy);
    void progress(double fraction, const QString& message);
    void resultReady(const ns::ui::ExplainOutcome& outcome);
    void cancelled();
    void errorOccurred(const QString& message);

private:
    struct Engine;
    void setBusy(bool busy);

    QThreadPool m_pool;
    std::shared_ptr<Engine> m_engine;
    // Hundreds of passes per map: bfloat16 where the CPU has it (docs/explanations.md).
    inference::InferenceOptions m_options = [] {
        inference::InferenceOptions o;
        o.precision = inference::Precision::Automatic;
        return o;
    }();
    jobs::CancelToken m_cancel;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace ns::ui
