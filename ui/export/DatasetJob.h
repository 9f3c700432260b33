#pragma once
// Runs a dataset export or import on a worker thread: progress and the result come back on
// the GUI thread, Cancel reaches the core code through its cancel token. The worker opens
// the workspace folder itself (an SQLite connection belongs to one thread): read-only for
// an export, so the window's own connection keeps working; writable for an import, which
// therefore needs the window to let go of the workspace first (see DatasetActions).

#include "core/export/DatasetImport.h"
#include "core/export/Exporter.h"
#include "core/jobs/Progress.h"

#include <QObject>
#include <QThreadPool>
#include <functional>

namespace ns::ui {

class DatasetJob : public QObject {
    Q_OBJECT
public:
    explicit DatasetJob(QObject* parent = nullptr);
    ~DatasetJob() override; // cancels and waits: no worker outlives its reporter

    void startExport(const QString& workspaceDir, exporting::ExportFormat format, const exporting::ExportSelection& selection,
                     const exporting::ExportOptions& options, const QString& outDir);
    void startImport(const QString& workspaceDir, exporting::ImportFormat format, const QString& dir);
    void cancel() { m_token.cancel(); }
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_token.isCancelled(); }
    // Blocks until the worker is done (the dialog closing while it runs).
    void wait() { m_pool.waitForDone(); }

signals:
    void progress(double fraction, const QString& message);
    void exportFinished(const ns::exporting::ExportSummary& summary);
    void importFinished(const ns::exporting::ImportSummary& summary);

private:
    void run(const std::function<void(const jobs::Progress&)>& work);
    jobs::Progress reporter();

    QThreadPool m_pool;
    jobs::CancelToken m_token;
    bool m_running = false;
};

} // namespace ns::ui
