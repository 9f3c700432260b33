#pragma once
// The Training page: settings on the left; Start, Cancel, Resume and Promote, progress with
// an ETA, live loss and validation curves, and at the end the validation results. The run
// happens on a worker thread (TrainingRunner); the window stays responsive. An unfinished
// run of the same settings (cancelled, or cut short by a crash) is offered for Resume.
// Keys: Ctrl+Return starts, Esc or Ctrl+. cancels.

#include "ui/training/TrainingRunner.h"

#include <QElapsedTimer>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace ns::workspace { class Workspace; }

namespace ns::ui {

class TrainingCurves;
class TrainingForm;
class TrainingResultsView;

class TrainingPage : public QWidget {
    Q_OBJECT
public:
    explicit TrainingPage(QWidget* parent = nullptr);
    ~TrainingPage() override;

    void setWorkspace(workspace::Workspace* ws);

    void start();
    void resume();
    void cancel();
    void discardUnfinished();
    bool promote(); // false (with the reason shown) when it cannot
    bool isRunning() const;

    TrainingForm* form() const { return m_form; }
    TrainingCurves* curves() const { return m_curves; }
    TrainingResultsView* results() const { return m_results; }
    TrainingRunner* runner() const { return m_runner; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* resumeButton() const { return m_resume; }
    QPushButton* promoteButton() const { return m_promote; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* unfinishedLabel() const { return m_unfinished; }
    const std::optional<TrainingOutcome>& lastOutcome() const { return m_outcome; }

signals:
    void openImageRequested(const QString& imagePath);
    void modelPromoted(const QString& cardPath);
    void runningChanged(bool running);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void begin(bool resume);
    void onProgress(double fraction, const QString& message);
    void onFinished(const TrainingOutcome& outcome);
    void refreshState();
    void say(const QString& line);
    void showStatus(const QString& text, bool error = false);

    workspace::Workspace* m_ws = nullptr;
    TrainingForm* m_form;
    TrainingRunner* m_runner;
    TrainingCurves* m_curves;
    TrainingResultsView* m_results;
    QTabWidget* m_tabs;
    QPlainTextEdit* m_log;
    QPushButton* m_start;
    QPushButton* m_cancel;
    QPushButton* m_resume;
    QPushButton* m_discard;
    QPushButton* m_promote;
    QProgressBar* m_progress;
    QLabel* m_status;
    QLabel* m_eta;
    QLabel* m_unfinished;
    QElapsedTimer m_clock;
    double m_startFraction = 0;
    std::optional<TrainingOutcome> m_outcome;
    bool m_promoted = false;
    bool m_resuming = false; // begin() is resuming: the workspace export is reused
    std::function<bool(const jobs::Progress&, QString*)> m_preparation; // the workspace export, for the runner
};

} // namespace ns::ui
