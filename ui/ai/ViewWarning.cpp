#include "ui/ai/ViewWarning.h"

#include "inference/ViewCheck.h"
#include "ui/Remeasure.h"

#include <QCoreApplication>
#include <QLabel>

namespace ns::ui {

QLabel* makeViewWarningLabel(QWidget* parent)
{
    // Amber like the phantom notice: a caution about this model on this study, not an error.
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { background: #5a4300; color: #ffe9a8; padding: 3px; border-radius: 3px; }"));
    label->setToolTip(QCoreApplication::translate("AiPanel", "The study's series description or view code names its view; "
                                                            "each model reads the view it was trained on"));
    label->hide();
    return label;
}

void showViewWarning(QLabel* label, const QString& modelName, const QString& modelView, const QString& scanView)
{
    const QString warning = inference::viewMismatchWarning(modelName, modelView, scanView);
    label->setText(warning);
    label->setVisible(!warning.isEmpty());
    remeasureAncestors(label);
}

} // namespace ns::ui
