#pragma once

#include <QString>
#include <QStringList>

namespace glossa {

// Snowball stemmers (Debian's libstemmer) for the languages Glossa reads: French, Arabic and
// English. A word is folded first (case, and accents for the Latin scripts, as the search index
// folds them), then stemmed, so "affirmé", "affirme" and "Affirmait" meet. Each thread keeps its
// own stemmers: libstemmer's are not reentrant.
class Stemmer
{
public:
    // \a language: "fr", "ar", "en"; anything else is guessed from the word's script
    // (Arabic letters: Arabic; else English rules, which leave French mostly whole).
    static QString stem(const QString &word, const QString &language = {});
    static QStringList stems(const QStringList &words, const QString &language = {});
    // The folding alone: lower case, Latin accents removed, Arabic diacritics (harakat,
    // tatweel) removed and alef forms unified.
    static QString fold(const QString &word);
};

} // namespace glossa
