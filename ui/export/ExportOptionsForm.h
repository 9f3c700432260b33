#pragma once
// The choices of a dataset export as widgets: format (each with a one-line description),
// which studies, which contours (approved only, raters, interpolated), the patient split,
// de-identification (on by default; a warning when turned off), DICOM dates, burned-in text
// blackout and the output folder. It turns them into the core's ExportSelection and
// ExportOptions, and says in one sentence what is wrong with them.

#include "core/export/Exporter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QPushButton;

namespace ns::ui {

class ExportOptionsForm : public QWidget {
    Q_OBJECT
public:
    struct Context {
        QString workspaceDir;
        int studyCount = 0;
        QStringList raters;            // everyone with contours in the workspace
        qint64 selectedStudy = 0;      // the study selected in the study browser, 0: none
        QString selectedStudyName;
    };
    ExportOptionsForm(const Context& context, QWidget* parent = nullptr);

    exporting::ExportFormat format() const;
    exporting::ExportSelection selection() const;
    exporting::ExportOptions options() const;
    QString outDir() const;
    // Empty when the form can be exported as it is; else one sentence saying what to fix.
    QString problem() const;

    static QString describe(exporting::ExportFormat format);

    QComboBox* formatBox() const { return m_format; }
    QComboBox* studiesBox() const { return m_studies; }
    QCheckBox* approvedOnlyBox() const { return m_approved; }
    QCheckBox* interpolatedBox() const { return m_interpolated; }
    QListWidget* ratersList() const { return m_raters; }
    QCheckBox* deidentifyBox() const { return m_deidentify; }
    QLabel* deidentifyWarning() const { return m_warning; }
    QComboBox* datesBox() const { return m_dates; }
    QComboBox* blackoutBox() const { return m_blackout; }
    QLineEdit* outDirEdit() const { return m_out; }

private:
    QWidget* buildSplit();
    QWidget* buildBlackout();
    QWidget* buildOutput();
    void formatChanged();
    QString defaultOutDir() const;

    Context m_context;
    QComboBox* m_format;
    QLabel* m_formatHelp;
    QComboBox* m_studies;
    QCheckBox* m_approved;
    QCheckBox* m_interpolated;
    QListWidget* m_raters;
    QSpinBox* m_train;
    QSpinBox* m_val;
    QSpinBox* m_test;
    QCheckBox* m_deidentify;
    QLabel* m_warning;
    QComboBox* m_dates;
    QComboBox* m_blackout;
    QSpinBox* m_rect[4];
    QLineEdit* m_out;
    QPushButton* m_browse;
    bool m_outEdited = false;
};

} // namespace ns::ui
