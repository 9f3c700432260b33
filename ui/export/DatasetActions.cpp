#include "ui/export/DatasetActions.h"

#include "core/annotation/AnnotationEditor.h"
#include "core/workspace/StudyOverview.h"
#include "core/workspace/Workspace.h"
#include "ui/annotation/AnnotationSession.h"
#include "ui/export/ExportDialog.h"
#include "ui/export/ImportDialog.h"
#include "ui/workspace/StudyBrowser.h"
#include "ui/workspace/StudyListModel.h"

#include <QAction>
#include <QListView>
#include <QWidget>

namespace ns::ui {

DatasetActions::DatasetActions(QWidget* window, AnnotationSession* session, StudyBrowser* browser)
    : QObject(window), m_window(window), m_session(session), m_browser(browser)
{
    auto make = [&](const QString& text, const QKeySequence& key, const QString& tip) {
        auto* a = new QAction(text, window);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        a->setToolTip(tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
        window->addAction(a);
        return a;
    };
    exportDataset = make(tr("&Export Dataset…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                         tr("Export the workspace's labelled frames as PNG, COCO, nnU-Net, DICOM SEG/SR or CSV"));
    importDataset = make(tr("&Import Dataset…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                         tr("Import a PNG, COCO or nnU-Net dataset folder into the workspace"));
    connect(exportDataset, &QAction::triggered, this, &DatasetActions::openExport);
    connect(importDataset, &QAction::triggered, this, &DatasetActions::openImport);
    connect(m_session, &AnnotationSession::stateChanged, this, &DatasetActions::update);
    update();
}

ExportDialog* DatasetActions::exportDialog() const { return m_export; }
ImportDialog* DatasetActions::importDialog() const { return m_import; }

void DatasetActions::update()
{
    const workspace::Workspace* ws = m_session->workspace();
    const bool busy = (m_import && m_import->isRunning());
    exportDataset->setEnabled(ws && !busy);
    importDataset->setEnabled(ws && !ws->isReadOnly() && !busy);
    if (!ws)
        importDataset->setToolTip(tr("Open a workspace first (File > Open Workspace)"));
    else if (ws->isReadOnly())
        importDataset->setToolTip(tr("The workspace is read-only: %1").arg(ws->readOnlyReason()));
    else
        importDataset->setToolTip(tr("Import a PNG, COCO or nnU-Net dataset folder into the workspace (%1)")
                                      .arg(importDataset->shortcut().toString(QKeySequence::NativeText)));
}

void DatasetActions::openExport()
{
    workspace::Workspace* ws = m_session->workspace();
    if (!ws || m_export)
        return;
    if (m_session->editor())
        m_session->editor()->flush(); // a contour being dragged is in the export too
    ExportOptionsForm::Context context;
    context.workspaceDir = ws->dir();
    const QList<workspace::StudyOverview> studies = workspace::studyOverviews(*ws);
    context.studyCount = int(studies.size());
    for (const workspace::StudyOverview& o : studies)
        for (const QString& r : o.raters)
            if (!context.raters.contains(r))
                context.raters << r;
    context.raters.sort(Qt::CaseInsensitive);
    const QModelIndex current = m_browser->list()->currentIndex();
    if (current.isValid()) {
        context.selectedStudy = current.data(StudyListModel::IdRole).toLongLong();
        context.selectedStudyName = current.data(Qt::DisplayRole).toString();
    }
    m_export = new ExportDialog(context, m_window);
    m_export->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_export, &ExportDialog::exportDone, this, [this](bool ok) {
        if (ok)
            emit message(tr("Dataset exported to %1").arg(m_export->summary().outDir));
    });
    m_export->open();
}

void DatasetActions::openImport()
{
    workspace::Workspace* ws = m_session->workspace();
    if (!ws || ws->isReadOnly() || m_import)
        return;
    const QString dir = ws->dir();
    m_import = new ImportDialog(dir, m_window);
    m_import->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_import, &ImportDialog::aboutToImport, this, [this] {
        if (m_session->editor())
            m_session->editor()->flush();
        m_session->closeWorkspace(); // the worker opens it for writing
        update();
    });
    connect(m_import, &ImportDialog::importEnded, this, [this, dir](bool ok) {
        if (!m_session->openWorkspace(dir))
            emit message(m_session->error());
        else if (ok)
            emit message(tr("Dataset imported into %1").arg(dir));
        update();
    });
    m_import->open();
}

QStringList DatasetActions::shortcutOverview() const
{
    QStringList lines;
    for (const QAction* a : {exportDataset, importDataset})
        lines << QStringLiteral("%1\t%2").arg(a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                              a->shortcut().toString(QKeySequence::NativeText));
    return lines;
}

} // namespace ns::ui
