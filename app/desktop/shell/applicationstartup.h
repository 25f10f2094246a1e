#pragma once

class QApplication;

namespace glossa {

// What `glossa` does from its command line to the event loop: translations, theme, which
// library to open (creating the default one with its samples on a first run), the window.
struct ApplicationStartup
{
    static int run(QApplication &application);
};

} // namespace glossa
