#pragma once
// The workspace's audit log as a table: when, who, which study and frame, what, and a
// before → after summary; newest first, filtered by study and rater. Read from the file,
// so it lists what was really stored (undo and redo included).

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace ns::workspace { class Workspace; }

namespace ns::ui {

class AuditLogView : public QWidget {
    Q_OBJECT
public:
    explicit AuditLogView(QWidget* parent = nullptr);

    // null: nothing to show. Not owned.
    void setWorkspace(ns::workspace::Workspace* ws);
    // Preselects the study filter (0: all studies).
    void setStudyFilter(qint64 studyId);
    void setRaterFilter(const QString& rater); // empty: all raters
    QTableWidget* table() const { return m_table; }
    QComboBox* studyCombo() const { return m_study; }
    QComboBox* raterCombo() const { return m_rater; }

    enum Column { When, Rater, Study, Frame, Action, Change, ColumnCount };

public slots:
    void refresh();
    // Refreshes only when the log grew since the last refresh (one cheap query).
    void refreshIfChanged();

private:
    void fillFilters();

    ns::workspace::Workspace* m_ws = nullptr;
    QComboBox* m_study;
    QComboBox* m_rater;
    QTableWidget* m_table;
    QLabel* m_note;
    QHash<qint64, QString> m_studyNames;
    qint64 m_lastId = -1;
};

} // namespace ns::ui
