#pragma once

#include <QPalette>
#include <QString>

namespace glossa {

// Light or dark colours for the whole application. Qt 6.4 has no colour-scheme hint, so
// "system" means: dark when the platform's own window colour is dark.
class AppTheme
{
public:
    enum class Choice { System, Light, Dark };

    // Remembers the platform palette; call once, after QApplication exists.
    static void captureSystemPalette();
    static Choice savedChoice();
    static void save(Choice choice);
    static Choice fromName(const QString &name, Choice fallback);

    // Applies \a choice to the application (Fusion with a dark palette for Dark).
    static void apply(Choice choice);
    // The choice applied last (by the menu, the preferences, or --theme at startup); what the
    // menus show as checked. The saved choice until something is applied.
    static Choice current();
    static bool isDark();

private:
    static QPalette darkPalette();
};

} // namespace glossa
