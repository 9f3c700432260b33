#pragma once
// The studies of the open workspace at a glance: a thumbnail per study with its name,
// review status badge and how many frames are annotated; a search box (name, patient ID,
// path), a status filter and a sort order. Activating a study (double-click or Enter) asks
// for it to be opened. It reads the workspace; it never writes the database.

#include "ui/workspace/StudyFilterProxy.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace ns::workspace { class Workspace; }

namespace ns::ui {

class StudyListModel;
class ThumbnailLoader;

class StudyBrowser : public QWidget {
    Q_OBJECT
public:
    explicit StudyBrowser(QWidget* parent = nullptr);

    // The workspace to show (not owned; null for none). Re-reads the studies and starts
    // making their thumbnails.
    void setWorkspace(workspace::Workspace* ws);
    workspace::Workspace* workspace() const { return m_ws; }
    // Re-reads counts and statuses (after edits); thumbnails of new studies are made.
    void refresh();
    void setCurrentStudy(qint64 studyId);
    void focusSearch();

    QLineEdit* searchBox() const { return m_search; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* sortOrder() const { return m_sort; }
    QListView* list() const { return m_list; }
    StudyListModel* model() const { return m_model; }
    StudyFilterProxy* proxy() const { return m_proxy; }
    ThumbnailLoader* thumbnails() const { return m_loader; }
    QString summary() const;
    // Wide enough for a thumbnail beside a typical file name and "300 of 300 frames annotated".
    QSize sizeHint() const override { return {380, 600}; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void openRequested(const QString& path, qint64 studyId);

private:
    void applyFilter();
    void updateSummary();
    void requestThumbnails();
    void activate(const QModelIndex& index);

    workspace::Workspace* m_ws = nullptr;
    StudyListModel* m_model;
    StudyFilterProxy* m_proxy;
    ThumbnailLoader* m_loader;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_sort;
    QListView* m_list;
    QLabel* m_summary;
    QString m_error;
    QSet<qint64> m_requested; // thumbnails asked for in this workspace
};

} // namespace ns::ui
