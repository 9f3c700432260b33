#pragma once
// What the Export and Import dialogs share: a DatasetJob on a worker thread, its progress
// bar and status line, a button box with the dialog's action and Close (Cancel while the
// job runs), and Esc that cancels a running job before it closes anything.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace ns::ui {

class DatasetJob;

class DatasetJobDialog : public QDialog {
    Q_OBJECT
public:
    ~DatasetJobDialog() override; // cancels a running job and waits for it

    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }
    bool isRunning() const;

    void reject() override; // Esc / Close: cancels a running job first; done() reports it

protected:
    explicit DatasetJobDialog(QWidget* parent);

    // The progress bar and the status line, at the end of `layout`.
    void addProgressAndStatus(QVBoxLayout* layout);
    // A button box with `action` (the default button) and Close; *action gets the button.
    QDialogButtonBox* addButtons(const QString& action, const QString& actionTip, const QString& closeTip, QPushButton** button);
    // The progress bar starts from 0 while running; Close reads Cancel.
    void showRunning(bool running);

    DatasetJob* job() const { return m_job; }
    void setStatus(const QString& text);

private:
    DatasetJob* m_job;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace ns::ui
