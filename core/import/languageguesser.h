#pragma once

#include <QString>
#include <QStringView>

namespace glossa {

// Cheap language and direction guess from the script of a text, for pages no layout
// profile speaks for (plain text, JSON Lines, HTML without lang).
class LanguageGuesser
{
public:
    // "ar" when Arabic-script letters outnumber Latin ones, otherwise empty (unknown):
    // telling French from English needs more than a script count.
    static QString guessLanguage(QStringView text);
    // Right-to-left for languages written so ("ar", "fa", "he", "ur", ...), else by script.
    static Qt::LayoutDirection directionFor(const QString &language, QStringView text);
    static bool isRightToLeftLanguage(const QString &language);
};

} // namespace glossa
