#pragma once
// A CTS grade as the app words it everywhere (the study browser, the AI panel's grade box):
// "normal", "mild CTS", "moderate CTS", "severe CTS", or "CTS" / "no CTS" for a binary grade.

#include <QString>
#include <optional>

namespace ns::ui {

// Empty when neither is given.
QString gradeLabel(std::optional<int> severity, std::optional<bool> cts);

} // namespace ns::ui
