#pragma once

#include <QColor>
#include <QIcon>

namespace glossa {

// The few icons Glossa draws itself. Painted rather than loaded from SVG because Qt's SVG
// plugin is an optional package; they follow the palette, so they read in light and dark.
struct AppIcons
{
    static QIcon star();
    static QIcon readState();
    static QIcon import();
    static QIcon application();
    // The headline list's mark of an article that repeats a checked claim, in its verdict's colour.
    static QIcon repeatedClaim(const QColor &verdict);
};

} // namespace glossa
