#pragma once

class QCoreApplication;

namespace glossa {

// Loads Glossa's own translation (compiled into the binary) for the language chosen in
// Preferences or else the system locale, and Qt's (standard buttons and dialogs) from Qt's
// translations folder when it is installed; lays the interface out right to left for Arabic.
struct AppTranslations
{
    static void install(QCoreApplication *application);
};

} // namespace glossa
