#pragma once
// The amber line under a model picker that says the study names another view than the one
// the model was trained on (inference/ViewCheck.h). Shared by the AI panel's pickers and
// the Explain section's.

#include <QString>

class QLabel;
class QWidget;

namespace ns::ui {

// Hidden until showViewWarning gives it something to say.
QLabel* makeViewWarningLabel(QWidget* parent);
// Shows the warning for `modelName` (trained on `modelView`) on a scan of `scanView`, or
// hides the label when they agree or either is unknown.
void showViewWarning(QLabel* label, const QString& modelName, const QString& modelView, const QString& scanView);

} // namespace ns::ui
