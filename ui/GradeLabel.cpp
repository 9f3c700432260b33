#include "ui/GradeLabel.h"

#include <QCoreApplication>

namespace ns::ui {

QString gradeLabel(std::optional<int> severity, std::optional<bool> cts)
{
    if (severity) {
        switch (*severity) {
        case 0: return QCoreApplication::translate("GradeLabel", "normal");
        case 1: return QCoreApplication::translate("GradeLabel", "mild CTS");
        case 2: return QCoreApplication::translate("GradeLabel", "moderate CTS");
        case 3: return QCoreApplication::translate("GradeLabel", "severe CTS");
        default: break;
        }
    }
    if (cts)
        return *cts ? QCoreApplication::translate("GradeLabel", "CTS") : QCoreApplication::translate("GradeLabel", "no CTS");
    return {};
}

QString wristLabel(const QString& side)
{
    if (side == QLatin1String("left"))
        return QCoreApplication::translate("GradeLabel", "left wrist");
    if (side == QLatin1String("right"))
        return QCoreApplication::translate("GradeLabel", "right wrist");
    return {};
}

} // namespace ns::ui
