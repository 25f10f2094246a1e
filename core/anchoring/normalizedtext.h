#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

namespace glossa {

// A whitespace-insensitive view of an article's text, used by the fuzzy re-anchoring paths.
// Runs of whitespace (including NBSP and thin spaces) become one ' ', and invisible format
// characters (bidi marks, ZWJ/ZWNJ, soft hyphen, BOM) and the Arabic tatweel are dropped:
// dumps of the same article differ in exactly these, and they carry no meaning for a quote.
// Every normalised unit remembers the source unit it came from so spans map back.
// Built lazily so that callers that never leave the exact path pay nothing.
class NormalizedText
{
public:
    struct Word
    {
        QString key; // case-folded
        int offset = 0;
    };

    explicit NormalizedText(const QString &source);

    const QString &source() const { return m_source; }
    const QString &text() const;

    // Source span [start, end) for the normalised span [normStart, normEnd).
    int sourceStart(int normStart) const;
    int sourceEnd(int normEnd) const;
    // First normalised position at or after the source position.
    int fromSource(int sourcePos) const;

    // Normalised offsets of a case-folded word, at most limit of them when the text is scanned.
    // The first lookups scan the text; once there have been enough of them to pay for it
    // (a batch of anchors), an index of every word is built and shared by later lookups.
    QList<int> wordPositions(const QString &key, int limit) const;

    static QString normalize(QStringView s);
    // Words are runs of letters, digits and combining marks (Arabic harakat stay in the word).
    static QList<Word> words(QStringView s);
    // Unit-for-unit simple case folding, so folded offsets are offsets in the input.
    static QString foldCase(QStringView s);
    static bool isWordUnit(QChar c) { return c.isLetterOrNumber() || c.isMark(); }

private:
    void build() const;

    QString m_source;
    mutable bool m_built = false;
    mutable QString m_text;
    mutable std::unique_ptr<int[]> m_map; // normalised index -> source index; not zero-filled
    mutable int m_mapSize = 0;
    mutable bool m_indexed = false;
    mutable int m_scans = 0;
    mutable QString m_folded; // keys of m_words are views into it
    mutable QHash<QStringView, QList<int>> m_words;
};

} // namespace glossa
