#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace glossa {

// Finds a passage, or a reworded version of it, inside an article's text. Both are reduced to
// normalised words (case and accents folded, punctuation dropped) and compared through
// overlapping three-word shingles, so a copy with changed punctuation or a few replaced words
// still scores high while two texts that merely share vocabulary do not.
class PassageMatcher
{
public:
    struct Match
    {
        double score = 0;  // share of the passage's shingles found in the best window, 0..1
        int start = 0;     // UTF-16 range of that window in the article's text
        int end = 0;
    };

    static constexpr int kShingleWords = 3;

    explicit PassageMatcher(const QString &passage);

    const QStringList &words() const { return m_words; }
    bool isUsable() const { return !m_shingles.isEmpty(); }
    std::optional<Match> bestMatch(const QString &text) const;

    // Words as the FTS index sees them (unicode61, remove_diacritics 2), with each word's
    // UTF-16 range in the text.
    static QStringList normalizedWords(const QString &text, QList<QPair<int, int>> *ranges = nullptr);

private:
    static QList<quint64> shingles(const QStringList &words);

    QStringList m_words;
    QSet<quint64> m_shingles;
};

} // namespace glossa
