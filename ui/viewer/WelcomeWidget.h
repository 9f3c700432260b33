#pragma once
// What the window shows with no study open: one sentence saying what to do, an Open
// button, and the recent studies, so the next step is obvious.

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace ns::ui {

class WelcomeWidget : public QWidget {
    Q_OBJECT
public:
    explicit WelcomeWidget(QWidget* parent = nullptr);

    void setRecentFiles(const QStringList& paths);
    QLabel* hintLabel() const { return m_hint; }
    QPushButton* openButton() const { return m_open; }
    QListWidget* recentList() const { return m_recent; }

signals:
    void openRequested();
    void openFolderRequested();
    void recentRequested(const QString& path);

private:
    QLabel* m_hint = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_openFolder = nullptr;
    QLabel* m_recentTitle = nullptr;
    QListWidget* m_recent = nullptr;
};

} // namespace ns::ui
