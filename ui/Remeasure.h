#pragma once
// Word-wrapped text that grows by a line (an error in the AI panel, a grade) was cut off until
// the window was resized: each layout caches its height for a width, and a label's new
// height reaches only its own parent's layout.

class QWidget;

namespace ns::ui {

// `changed` now wants another height for its width: every layout between it and its window
// measures again.
void remeasureAncestors(QWidget* changed);

} // namespace ns::ui
