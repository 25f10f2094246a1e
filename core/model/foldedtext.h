#pragma once

#include <QList>
#include <QString>
#include <utility>

namespace glossa {

// A text as the library's search reads it: case, accents and Arabic short vowels (harakat,
// shadda, sukun) and tatweel folded away, so that "algerienne" finds "Algérienne" and "محمد"
// finds "مُحَمَّد", as FTS5's unicode61 tokenizer with remove_diacritics does. Keeps where each
// folded character came from, so a match is a span of the original text.
class FoldedText
{
public:
    explicit FoldedText(const QString &text);

    static QString fold(const QString &text);

    const QString &folded() const { return m_folded; }
    // Every occurrence of \a needle (folded first) as [start, end) spans of the original text,
    // in order, not overlapping; a span takes in the accents that follow its last letter.
    // With \a wholeWords, only occurrences that start a word (and end one, unless \a prefix).
    QList<std::pair<int, int>> find(const QString &needle, bool wholeWords = false, bool prefix = false) const;

private:
    QString m_text;
    QString m_folded;
    QList<int> m_origin; // for each folded UTF-16 unit, the index of the original unit it came from
};

} // namespace glossa
