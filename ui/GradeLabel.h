#pragma once
// A CTS grade, and the wrist it is for, as the app words them everywhere (the study browser,
// the AI panel's grade boxes): "normal", "mild CTS", "moderate CTS", "severe CTS", or
// "CTS" / "no CTS" for a binary grade; "left wrist" / "right wrist".

#include <QString>
#include <optional>

namespace ns::ui {

// Empty when neither is given.
QString gradeLabel(std::optional<int> severity, std::optional<bool> cts);
// `side` as stored ("left", "right"); empty for anything else (the side is not known).
QString wristLabel(const QString& side);

} // namespace ns::ui
