#include "ui/Remeasure.h"

#include <QWidget>

namespace ns::ui {

void remeasureAncestors(QWidget* changed)
{
    // updateGeometry() invalidates the parent's layout, its cached heights included.
    for (QWidget* w = changed; w && !w->isWindow(); w = w->parentWidget())
        w->updateGeometry();
}

} // namespace ns::ui
