#pragma once
// Small vector-drawn transport icons in a given colour, so they read well on the dark theme
// at any device pixel ratio (the platform's media icons are grey bitmaps).

#include <QColor>
#include <QIcon>

namespace ns::ui::cineicons {

enum class Glyph { Play, Pause, StepBack, StepForward };

QIcon icon(Glyph glyph, const QColor& colour);

} // namespace ns::ui::cineicons
