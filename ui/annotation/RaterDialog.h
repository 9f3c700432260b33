#pragma once
// Asks who is annotating: the workspace's raters to pick from, or a new name typed in.
// Shown once (the answer is remembered) and from the rater switcher's "New Rater…".

#include <QDialog>

class QComboBox;
class QPushButton;

namespace ns::ui {

class RaterDialog : public QDialog {
    Q_OBJECT
public:
    // `current` is preselected (or typed in when it is not among `raters`).
    RaterDialog(const QStringList& raters, const QString& current, QWidget* parent = nullptr);
    QString rater() const; // trimmed
    QComboBox* combo() const { return m_combo; }

private:
    QComboBox* m_combo;
    QPushButton* m_ok;
};

} // namespace ns::ui
