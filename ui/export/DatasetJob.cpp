#include "ui/export/DatasetJob.h"

#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <atomic>
#include <memory>

namespace ns::ui {

DatasetJob::DatasetJob(QObject* parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

DatasetJob::~DatasetJob()
{
    cancel();
    m_pool.waitForDone();
}

jobs::Progress DatasetJob::reporter()
{
    // At most ~200 updates per job: the queue of the GUI thread never fills with them.
    auto last = std::make_shared<std::atomic<double>>(-1.0);
    QPointer<DatasetJob> self(this);
    return jobs::Progress(
        [self, last](double fraction, const QString& message) {
            if (fraction < 1.0 && fraction - last->load() < 0.005 && fraction >= last->load())
                return;
            last->store(fraction);
            QMetaObject::invokeMethod(self, [self, fraction, message] {
                if (self)
                    emit self->progress(fraction, message);
            }, Qt::QueuedConnection);
        },
        m_token);
}

void DatasetJob::run(const std::function<void(const jobs::Progress&)>& work)
{
    m_token = jobs::CancelToken();
    m_running = true;
    const jobs::Progress progress = reporter();
    m_pool.start([work, progress] { work(progress); });
}

void DatasetJob::startExport(const QString& workspaceDir, exporting::ExportFormat format, const exporting::ExportSelection& selection,
                             const exporting::ExportOptions& options, const QString& outDir)
{
    QPointer<DatasetJob> self(this);
    run([self, workspaceDir, format, selection, options, outDir](const jobs::Progress& progress) {
        exporting::ExportSummary summary;
        {
            workspace::Workspace::OpenResult ws = workspace::Workspace::open(workspaceDir, workspace::Workspace::Mode::ReadOnly);
            if (ws)
                summary = exporting::exportWorkspace(*ws.workspace, format, selection, options, outDir, progress);
            else
                summary.error = ws.error;
        } // the worker's connection closes in the thread that opened it
        QMetaObject::invokeMethod(self, [self, summary] {
            if (!self)
                return;
            self->m_running = false;
            emit self->exportFinished(summary);
        }, Qt::QueuedConnection);
    });
}

void DatasetJob::startImport(const QString& workspaceDir, exporting::ImportFormat format, const QString& dir)
{
    QPointer<DatasetJob> self(this);
    run([self, workspaceDir, format, dir](const jobs::Progress& progress) {
        exporting::ImportSummary summary;
        {
            workspace::Workspace::OpenResult ws = workspace::Workspace::open(workspaceDir);
            if (!ws)
                summary.error = ws.error;
            else if (ws.workspace->isReadOnly())
                summary.error = ws.notice;
            else
                summary = exporting::importDataset(*ws.workspace, format, dir, progress);
        }
        QMetaObject::invokeMethod(self, [self, summary] {
            if (!self)
                return;
            self->m_running = false;
            emit self->importFinished(summary);
        }, Qt::QueuedConnection);
    });
}

} // namespace ns::ui
