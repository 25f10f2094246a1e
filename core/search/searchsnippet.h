#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace glossa {

// A search result's snippet, made from the article's own texts: the words around the first
// place a search's terms are found, each found word between STX and ETX (as FTS5's snippet()
// marks them on a library file), "…" where the text was cut. For a team library, where the
// server's ts_headline re-parsed each of a page's bodies, about a third of a search's time.
// Words are compared as PassageMatcher folds them (case and accents), phrases word by word,
// prefixes by their start; excluded terms are never marked.
class SearchSnippet
{
public:
    // \a match: a FtsQuery::toMatchExpression() result.
    explicit SearchSnippet(const QString &match);

    // The snippet of the title when the terms are in it, else of the body (its start when they
    // are in neither: an exclusion, or a form the server folded otherwise).
    QString of(const QString &title, const QString &body) const;

    static constexpr int kWords = 16;

private:
    struct Term
    {
        QStringList words;
        bool prefix = false;
    };
    std::optional<QString> around(const QString &text, bool whole) const;
    int matchLength(const QStringList &words, int at) const;

    QList<Term> m_terms;
};

} // namespace glossa
