#pragma once
// Which frames a training run uses: the manifest view (any data), and for the annotations of
// the open workspace, the raters, the scanners and whether only approved frames count.

#include "core/export/ExportModel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace ns::ui {

class DataFilterBox : public QWidget {
    Q_OBJECT
public:
    explicit DataFilterBox(QWidget* parent = nullptr);

    // Empty: the task's default view (wrist; longitudinal for the longitudinal severity CNN).
    QString view() const;
    // Raters, scanners and approved-only for the workspace export.
    exporting::ExportSelection selection() const;
    void setWorkspaceFiltersEnabled(bool enabled);

    QComboBox* viewCombo() const { return m_view; }
    QLineEdit* ratersEdit() const { return m_raters; }
    QLineEdit* scannersEdit() const { return m_scanners; }
    QCheckBox* approvedOnlyBox() const { return m_approved; }

signals:
    void changed();

private:
    QComboBox* m_view;
    QLineEdit* m_raters;
    QLineEdit* m_scanners;
    QCheckBox* m_approved;
};

} // namespace ns::ui
