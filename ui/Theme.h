#pragma once
// The dark, low-glare look used for reading ultrasound: Fusion style, a dark palette and a
// few named-widget rules. Applied once per application.

class QApplication;

namespace ns::ui::theme {

void apply(QApplication& app);

} // namespace ns::ui::theme
