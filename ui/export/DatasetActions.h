#pragma once
// File > Export Dataset… (Ctrl+Shift+E) and Import Dataset… (Ctrl+Shift+D) on the workspace
// the annotation session holds: the actions, when they are enabled, and the dialogs they
// open (window-modal, deleted on close). For an import the session lets go of the workspace
// while the worker writes and opens it again afterwards, which refreshes the study browser.

#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QWidget;

namespace ns::ui {

class AnnotationSession;
class ExportDialog;
class ImportDialog;
class StudyBrowser;

class DatasetActions : public QObject {
    Q_OBJECT
public:
    DatasetActions(QWidget* window, AnnotationSession* session, StudyBrowser* browser);

    QAction* exportDataset = nullptr;
    QAction* importDataset = nullptr;

    void openExport();
    void openImport();
    // The dialog now open, if any (tests drive it).
    ExportDialog* exportDialog() const;
    ImportDialog* importDialog() const;
    QStringList shortcutOverview() const;

signals:
    void message(const QString& text);

private:
    void update();

    QWidget* m_window;
    AnnotationSession* m_session;
    StudyBrowser* m_browser;
    QPointer<ExportDialog> m_export;
    QPointer<ImportDialog> m_import;
};

} // namespace ns::ui
