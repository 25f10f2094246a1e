#include "searchsnippet.h"

#include "ftsquery.h"
#include "passagematcher.h"

namespace glossa {

namespace {
const QChar kStart(0x02), kEnd(0x03);
const QString kCut = QStringLiteral("…");
} // namespace

SearchSnippet::SearchSnippet(const QString &match)
{
    for (const FtsQuery::Literal &literal : FtsQuery::literals(match)) {
        Term term;
        term.words = PassageMatcher::normalizedWords(literal.text);
        term.prefix = literal.prefix;
        if (!literal.excluded && !term.words.isEmpty())
            m_terms.append(term);
    }
}

int SearchSnippet::matchLength(const QStringList &words, int at) const
{
    for (const Term &term : m_terms) {
        if (at + term.words.size() > words.size())
            continue;
        bool found = true;
        for (int k = 0; k < term.words.size() && found; ++k) {
            const bool last = k + 1 == term.words.size();
            found = term.prefix && last ? words.at(at + k).startsWith(term.words.at(k))
                                        : words.at(at + k) == term.words.at(k);
        }
        if (found)
            return int(term.words.size());
    }
    return 0;
}

std::optional<QString> SearchSnippet::around(const QString &text, bool whole) const
{
    QList<QPair<int, int>> ranges;
    const QStringList words = PassageMatcher::normalizedWords(text, &ranges);
    const int count = int(words.size());
    // Which words are found, as runs of a term's length.
    QList<bool> found(count, false);
    int first = -1;
    for (int i = 0; i < count; ++i) {
        const int length = matchLength(words, i);
        for (int k = 0; k < length; ++k)
            found[i + k] = true;
        if (length > 0 && first < 0)
            first = i;
    }
    if (first < 0 && !whole)
        return std::nullopt;
    if (count == 0)
        return text.left(200);
    const int start = first < 0 ? 0 : qBound(0, first - kWords / 4, qMax(0, count - kWords));
    const int end = qMin(count, start + kWords);
    QString snippet;
    if (start > 0)
        snippet += kCut;
    int copied = ranges.at(start).first;
    for (int i = start; i < end; ++i) {
        snippet += QStringView(text).mid(copied, ranges.at(i).first - copied);
        const QStringView word = QStringView(text).mid(ranges.at(i).first, ranges.at(i).second - ranges.at(i).first);
        if (found.at(i))
            snippet += kStart + word.toString() + kEnd;
        else
            snippet += word;
        copied = ranges.at(i).second;
    }
    if (end < count)
        snippet += kCut;
    else
        snippet += QStringView(text).mid(copied).trimmed();
    return snippet.simplified();
}

QString SearchSnippet::of(const QString &title, const QString &body) const
{
    if (std::optional<QString> inTitle = around(title, false))
        return *inTitle;
    return around(body, true).value_or(QString());
}

} // namespace glossa
