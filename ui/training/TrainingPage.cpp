#include "ui/training/TrainingPage.h"

#include "core/export/TrainingExport.h"

#include "core/workspace/Workspace.h"
#include "ui/training/ModelPromotion.h"
#include "ui/training/TrainingCurves.h"
#include "ui/training/TrainingForm.h"
#include "ui/training/TrainingResultsView.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace ns::ui {

namespace {

const QString kDataKey = QStringLiteral("training/dataDir");
const QString kOutKey = QStringLiteral("training/outDir");

QString metricOf(training::TrainingTask task)
{
    switch (task) {
    case training::TrainingTask::Segmentation: return QStringLiteral("dsc");
    case training::TrainingTask::CtsBinary: return QStringLiteral("auc");
    case training::TrainingTask::CtsSeverity: return QStringLiteral("accuracy");
    }
    return {};
}

bool isStartKey(const QKeyEvent* e)
{
    return (e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter) && e->modifiers() == Qt::ControlModifier;
}
bool isCancelKey(const QKeyEvent* e)
{
    return (e->key() == Qt::Key_Escape && e->modifiers() == Qt::NoModifier)
        || (e->key() == Qt::Key_Period && e->modifiers() == Qt::ControlModifier);
}

QString duration(qint64 seconds)
{
    if (seconds < 60)
        return QCoreApplication::translate("TrainingPage", "%1 s").arg(seconds);
    if (seconds < 3600)
        return QCoreApplication::translate("TrainingPage", "%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return QCoreApplication::translate("TrainingPage", "%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}
} // namespace

TrainingPage::TrainingPage(QWidget* parent)
    : QWidget(parent), m_form(new TrainingForm(this)), m_runner(new TrainingRunner(this)), m_curves(new TrainingCurves(this)),
      m_results(new TrainingResultsView(this)), m_tabs(new QTabWidget(this)), m_log(new QPlainTextEdit(this)),
      m_start(new QPushButton(tr("&Start"), this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_resume(new QPushButton(tr("&Resume"), this)), m_discard(new QPushButton(tr("Discard"), this)),
      m_promote(new QPushButton(tr("&Promote to Workspace"), this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_eta(new QLabel(this)), m_unfinished(new QLabel(this))
{
    m_start->setToolTip(tr("Train with these settings (Ctrl+Return)"));
    m_cancel->setToolTip(tr("Stop after the current batch; the last whole epoch is kept for Resume (Esc or Ctrl+.)"));
    m_resume->setToolTip(tr("Continue the unfinished run of these settings from its last checkpoint"));
    m_discard->setToolTip(tr("Delete the unfinished run's checkpoint so a new run can start"));
    m_promote->setToolTip(tr("Copy the new model into the workspace and make it the default the AI panel uses"));
    m_start->setDefault(true);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setToolTip(tr("What the run reported, one line per epoch"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_eta->setToolTip(tr("Time left, estimated from the batches so far"));
    m_unfinished->setWordWrap(true);
    m_unfinished->setStyleSheet(QStringLiteral("QLabel { background: #5a4300; color: #ffe9a8; padding: 4px; border-radius: 3px; }"));
    m_status->setWordWrap(true);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_form->sizeHint().width() + 24);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_start, m_cancel, m_resume, m_discard})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_promote);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_eta);
    m_tabs->addTab(m_results, tr("Validation Results"));
    m_tabs->addTab(m_log, tr("Log"));

    auto* right = new QWidget(this);
    auto* rv = new QVBoxLayout(right);
    rv->setContentsMargins(0, 0, 0, 0);
    rv->addLayout(buttons);
    rv->addWidget(m_unfinished);
    rv->addLayout(progressRow);
    rv->addWidget(m_status);
    auto* split = new QSplitter(Qt::Vertical, right);
    split->addWidget(m_curves);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    rv->addWidget(split, 1);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(right, 1);

    connect(m_start, &QPushButton::clicked, this, &TrainingPage::start);
    connect(m_cancel, &QPushButton::clicked, this, &TrainingPage::cancel);
    connect(m_resume, &QPushButton::clicked, this, &TrainingPage::resume);
    connect(m_discard, &QPushButton::clicked, this, &TrainingPage::discardUnfinished);
    connect(m_promote, &QPushButton::clicked, this, &TrainingPage::promote);
    connect(m_form, &TrainingForm::changed, this, &TrainingPage::refreshState);
    connect(m_runner, &TrainingRunner::epochFinished, m_curves, &TrainingCurves::addEpoch);
    connect(m_runner, &TrainingRunner::progress, this, &TrainingPage::onProgress);
    connect(m_runner, &TrainingRunner::message, this, &TrainingPage::say);
    connect(m_runner, &TrainingRunner::finished, this, &TrainingPage::onFinished);
    connect(m_results, &TrainingResultsView::openImageRequested, this, &TrainingPage::openImageRequested);

    const QSettings settings;
    const QString out = settings.value(kOutKey).toString();
    m_form->setOutputFolder(out.isEmpty() ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                                                .filePath(QStringLiteral("training"))
                                          : out);
    if (const QString data = settings.value(kDataKey).toString(); !data.isEmpty())
        m_form->setDataFolder(data);
    showStatus(tr("Choose the task, the model to start from and the data, then Start (Ctrl+Return)."));
    refreshState();
}

TrainingPage::~TrainingPage() = default; // the runner cancels and waits for its thread

void TrainingPage::setWorkspace(workspace::Workspace* ws)
{
    m_ws = ws;
    m_form->setWorkspace(ws);
    if (ws) {
        // One export per model name inside the workspace (as the CLI's OUT/NAME.data): a
        // new run replaces it, a resumed run trains on the very frames it started with, so
        // its checkpoint (which names the data folder) still matches. The export itself runs
        // on the runner's thread with its own read-only connection: the GUI stays live.
        m_form->setWorkspaceExporter([this](const exporting::ExportSelection& filter, QString*) -> QString {
            if (!m_ws)
                return {};
            const QString wsDir = m_ws->dir();
            const QString dir = QDir(wsDir).filePath(QStringLiteral("training-data/") + m_form->config().modelName());
            const bool reuse = m_resuming;
            m_preparation = [wsDir, dir, filter, reuse](const jobs::Progress& progress, QString* error) {
                const auto summary = exporting::prepareTrainingExport(wsDir, dir, reuse, filter, progress);
                if (!summary.ok)
                    *error = summary.error;
                return summary.ok;
            };
            return dir;
        });
    } else {
        m_form->setWorkspaceExporter({});
    }
    refreshState();
}

bool TrainingPage::isRunning() const { return m_runner->isRunning(); }

void TrainingPage::start() { begin(false); }
void TrainingPage::resume() { begin(true); }

void TrainingPage::cancel()
{
    if (!isRunning())
        return;
    m_runner->cancel();
    m_cancel->setEnabled(false);
    showStatus(tr("Cancelling after the current batch…"));
}

void TrainingPage::begin(bool resume)
{
    if (isRunning())
        return;
    QString error;
    m_resuming = resume;
    m_preparation = {};
    const QString data = m_form->resolveDataFolder(&error);
    if (data.isEmpty()) {
        showStatus(error.isEmpty() ? tr("Choose a dataset folder first.") : error, true);
        return;
    }
    training::TrainingConfig config = m_form->config();
    config.dataDir = data;
    config.resume = resume;
    if (const QString why = training::validateConfig(config); !why.isEmpty()) {
        showStatus(why, true);
        return;
    }
    const int done = training::unfinishedEpochs(config);
    if (!resume && done >= 0) {
        showStatus(tr("An unfinished run of these settings exists: Resume it, or Discard it to start over."), true);
        return;
    }
    QSettings settings;
    settings.setValue(kDataKey, data);
    settings.setValue(kOutKey, config.outDir);
    m_curves->reset(metricOf(config.task), config.epochs);
    m_results->clear();
    m_outcome.reset();
    m_promoted = false;
    m_log->clear();
    m_startFraction = resume && done > 0 ? double(done) / config.epochs : 0;
    m_progress->setValue(int(m_startFraction * 1000));
    m_eta->clear();
    m_clock.start();
    QString compare = m_form->defaultModelCard();
    m_runner->start(config, compare, m_preparation);
    say(resume ? tr("Resuming %1 in %2").arg(config.modelName(), QDir::toNativeSeparators(config.outDir))
               : tr("Training %1 in %2").arg(config.modelName(), QDir::toNativeSeparators(config.outDir)));
    showStatus(resume ? tr("Resuming…") : tr("Reading the dataset…"));
    m_tabs->setCurrentWidget(m_log);
    refreshState();
    emit runningChanged(true);
}

void TrainingPage::onProgress(double fraction, const QString& message)
{
    m_progress->setValue(int(std::clamp(fraction, 0.0, 1.0) * 1000));
    showStatus(message);
    const double gained = fraction - m_startFraction;
    if (gained > 0.005 && m_clock.isValid()) {
        const double elapsed = m_clock.elapsed() / 1000.0;
        const auto left = qint64(elapsed * (1.0 - fraction) / gained + 0.5);
        m_eta->setText(tr("about %1 left").arg(duration(left)));
    }
}

void TrainingPage::onFinished(const TrainingOutcome& outcome)
{
    const training::TrainingResult& r = outcome.result;
    m_eta->clear();
    if (r.ok) {
        m_outcome = outcome;
        m_progress->setValue(1000);
        m_results->showResults(r.validation, outcome.comparison, outcome.comparisonNote);
        m_tabs->setCurrentWidget(m_results);
        showStatus(tr("Done in %1: best validation %2 %3 at epoch %4 of %5%6. Saved %7.")
                       .arg(duration(m_clock.elapsed() / 1000), r.metricName.toUpper())
                       .arg(r.state.bestMetric, 0, 'f', 3)
                       .arg(r.state.bestEpoch)
                       .arg(r.state.epochsDone)
                       .arg(r.stoppedEarly ? tr(" (stopped early)") : QString())
                       .arg(QDir::toNativeSeparators(r.cardPath)));
    } else if (r.cancelled) {
        showStatus(tr("Cancelled. The checkpoint after epoch %1 is kept: Resume continues from there.").arg(r.state.epochsDone));
    } else {
        showStatus(r.error, true);
    }
    say(r.ok ? tr("Saved %1").arg(QDir::toNativeSeparators(r.cardPath)) : r.error);
    refreshState();
    emit runningChanged(false);
}

void TrainingPage::discardUnfinished()
{
    if (isRunning())
        return;
    const QString dir = training::checkpointFolder(m_form->config());
    QDir(dir).removeRecursively();
    say(tr("Discarded the checkpoint in %1").arg(QDir::toNativeSeparators(dir)));
    refreshState();
}

bool TrainingPage::promote()
{
    if (!m_outcome || !m_ws || m_promoted)
        return false;
    QString error;
    const auto p = promoteModel(*m_ws, *m_outcome, &error);
    if (!p) {
        showStatus(tr("Cannot promote: %1").arg(error), true);
        return false;
    }
    m_promoted = true;
    showStatus(tr("Promoted %1 %2 into the workspace; the AI panel now uses it by default.").arg(p->name, p->version));
    say(tr("Promoted to %1").arg(QDir::toNativeSeparators(p->cardPath)));
    m_form->setWorkspace(m_ws); // the new model is now a base to start from
    refreshState();
    emit modelPromoted(p->cardPath);
    return true;
}

void TrainingPage::refreshState()
{
    const bool running = isRunning();
    const training::TrainingConfig config = m_form->config();
    const int done = running ? -1 : training::unfinishedEpochs(config);
    m_start->setEnabled(!running && done < 0);
    m_cancel->setEnabled(running);
    m_resume->setEnabled(!running && done >= 0);
    m_discard->setEnabled(!running && done >= 0);
    m_discard->setVisible(done >= 0);
    m_form->setEnabled(!running);
    m_unfinished->setVisible(done >= 0);
    if (done >= 0)
        m_unfinished->setText(tr("An unfinished run of %1 (%2 of %3 epochs done) is in %4. Resume continues it; "
                                 "Discard deletes it.")
                                  .arg(config.modelName()).arg(done).arg(config.epochs)
                                  .arg(QDir::toNativeSeparators(training::checkpointFolder(config))));
    const bool canPromote = !running && m_outcome && !m_promoted && m_ws && !m_ws->isReadOnly();
    m_promote->setEnabled(canPromote);
    m_promote->setToolTip(m_ws ? tr("Copy the new model into the workspace and make it the default the AI panel uses")
                               : tr("Open or create a workspace first (File menu) to promote a model into it"));
}

void TrainingPage::say(const QString& line) { m_log->appendPlainText(line); }

void TrainingPage::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("QLabel { color: #ff8080; }") : QString());
}

// The page's keys win over the window's shortcuts (Ctrl+Return also approves a frame in
// review) while the focus is on this page.
bool TrainingPage::event(QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (isStartKey(key) || isCancelKey(key)) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void TrainingPage::keyPressEvent(QKeyEvent* event)
{
    if (isStartKey(event)) {
        if (m_start->isEnabled())
            start();
        else if (m_resume->isEnabled())
            resume();
        return;
    }
    if (isCancelKey(event)) {
        cancel();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace ns::ui
