#pragma once

#include <QString>

namespace glossa {

// The small words matching leaves out when it compares what two sentences say (French, Arabic
// and English), and the few Arabic names it knows without capitals to tell them. Words are
// compared folded (Stemmer::fold).
class StopWords
{
public:
    static bool contains(const QString &folded);
    // Which of French and English \a folded is a stop word of: 'f', 'e', or 0 (both or neither).
    static char latinLanguageOf(const QString &folded);
    // Places, bodies and names written in Arabic that matching treats as names: a rewording must
    // keep them, as it must keep a capitalised name in the Latin scripts.
    // Returns the name without a conjunction or preposition stuck to it ("وفرنسا", "بالجزائر":
    // "فرنسا", "الجزائر"), or an empty string when \a folded is no name it knows.
    static QString arabicName(const QString &folded);
};

} // namespace glossa
