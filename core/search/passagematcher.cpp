#include "passagematcher.h"

#include <QHash>

namespace glossa {

namespace {

// Folds one character as the FTS tokenizer does: case folded, marks removed.
void appendFolded(QChar c, QString *word)
{
    if (c.unicode() < 0x80) { // most of any text: no decomposition needed
        *word += c.toLower();
        return;
    }
    // Decomposing allocates and is slow, and a text uses few distinct letters outside ASCII:
    // each thread remembers the ones it has folded.
    thread_local QHash<char16_t, QString> cache;
    auto it = cache.constFind(c.unicode());
    if (it == cache.constEnd()) {
        QString folded;
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
        for (QChar part : decomposed) {
            if (!part.isMark())
                folded += part.toCaseFolded();
        }
        it = cache.insert(c.unicode(), folded);
    }
    *word += *it;
}

} // namespace

QStringList PassageMatcher::normalizedWords(const QString &text, QList<QPair<int, int>> *ranges)
{
    QStringList words;
    QString word;
    int wordStart = -1;
    const int n = int(text.size());
    for (int i = 0; i <= n; ++i) {
        const QChar c = i < n ? text.at(i) : QChar(u' ');
        const bool partOfWord = c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
        if (partOfWord) {
            if (wordStart < 0)
                wordStart = i;
            if (c.isSurrogate())
                word += c;
            else
                appendFolded(c, &word);
            continue;
        }
        if (wordStart >= 0) {
            if (!word.isEmpty()) {
                words << word;
                if (ranges)
                    ranges->append({wordStart, i});
            }
            word.clear();
            wordStart = -1;
        }
    }
    return words;
}

QList<quint64> PassageMatcher::shingles(const QStringList &words)
{
    QList<quint64> result;
    const int count = int(words.size());
    if (count == 0)
        return result;
    const int size = qMin<int>(kShingleWords, count);
    result.reserve(count - size + 1);
    for (int i = 0; i + size <= count; ++i) {
        // Two independent seeds make accidental collisions between shingles negligible.
        quint64 low = 0, high = 0;
        for (int w = 0; w < size; ++w) {
            low = qHash(words.at(i + w), size_t(low) ^ 0x9e3779b9u);
            high = qHash(words.at(i + w), size_t(high) ^ 0x85ebca6bu);
        }
        result.append((quint64(high) << 32) ^ quint64(low));
    }
    return result;
}

PassageMatcher::PassageMatcher(const QString &passage) : m_words(normalizedWords(passage))
{
    const QList<quint64> list = shingles(m_words);
    m_shingles = QSet<quint64>(list.begin(), list.end());
}

std::optional<PassageMatcher::Match> PassageMatcher::bestMatch(const QString &text) const
{
    if (m_shingles.isEmpty())
        return std::nullopt;
    QList<QPair<int, int>> ranges;
    const QStringList words = normalizedWords(text, &ranges);
    const QList<quint64> textShingles = shingles(words);
    if (textShingles.isEmpty())
        return std::nullopt;
    // A window as long as the passage, slid over the text; a reworded copy may be a little
    // longer or shorter, so allow a quarter more.
    const int window = qMax(1, int(m_shingles.size() + m_shingles.size() / 4));
    QList<char> hit(textShingles.size(), 0);
    for (int i = 0; i < textShingles.size(); ++i)
        hit[i] = m_shingles.contains(textShingles.at(i)) ? 1 : 0;
    int inWindow = 0;
    int best = 0, bestEnd = 0;
    for (int i = 0; i < hit.size(); ++i) {
        inWindow += hit.at(i);
        if (i >= window)
            inWindow -= hit.at(i - window);
        if (inWindow > best) {
            best = inWindow;
            bestEnd = i;
        }
    }
    if (best == 0)
        return std::nullopt;
    // Tighten the window to its first and last matching shingle.
    int first = qMax(0, bestEnd - window + 1);
    while (first < bestEnd && !hit.at(first))
        ++first;
    const int size = qMin<int>(kShingleWords, int(words.size()));
    Match match;
    match.score = qMin(1.0, double(best) / double(m_shingles.size()));
    match.start = ranges.at(first).first;
    match.end = ranges.at(qMin<int>(bestEnd + size - 1, int(ranges.size()) - 1)).second;
    return match;
}

} // namespace glossa
