#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace glossa {

// Turns what a user typed into an FTS5 MATCH expression that can never be a syntax error.
// Supported: words (all must match), "quoted phrases", prefix*, -excluded words, OR between
// terms. Every term is emitted as an FTS5 string literal, so characters FTS5 would read as
// syntax (parentheses, colons, NEAR, ^, +) are only ever text.
class FtsQuery
{
public:
    // An empty result means there is nothing to search for (the caller lists everything).
    static QString toMatchExpression(const QString &userText);

    // The index terms a prefix stands for, given the prefix's literal text; nullopt when they
    // cannot be listed exactly.
    using PrefixTerms = std::function<std::optional<QStringList>(const QString &prefix)>;
    // \a match (a toMatchExpression() result) with every prefix literal replaced by the OR of
    // the terms \a termsOf lists for it, which matches the same articles: FTS5 evaluates a
    // prefix by merging the whole doclist of every such term, even to check one row, where an
    // OR of words seeks. nullopt when \a match has no prefix, when a prefix is a phrase ("l
    // état"*), or when termsOf gives nullopt or no term for one (nothing to OR: the caller
    // keeps \a match).
    static std::optional<QString> replacePrefixes(const QString &match, const PrefixTerms &termsOf);

    // \a match (a toMatchExpression() result) as a PostgreSQL tsquery for to_tsquery(), which
    // a team library searches with: a word is a lexeme, a phrase lexemes joined by <->, a
    // prefix 'word':*, and AND, OR and NOT as &, | and & !. Empty for an empty \a match.
    static QString toTsQuery(const QString &match);

    // The literals (words and phrases, as typed inside the quotes) that every article matching
    // \a match (a toMatchExpression() or replacePrefixes() result) holds: the terms joined by
    // AND at its top level. Terms of an OR, prefixes and excluded terms are left out, so the
    // list may be empty; it is a necessary condition, not the whole search.
    static QStringList requiredLiterals(const QString &match);

    // A literal of \a match (a toMatchExpression() result), as typed inside its quotes: whether
    // a prefix ("x"*), excluded (after NOT), and how deep in parentheses it sits.
    struct Literal
    {
        QString text;
        bool prefix = false;
        bool excluded = false;
        int depth = 0;
    };
    // Every literal of \a match in order, and in *positiveDepth the depth of the terms joined by
    // AND at its top level; empty for an expression toMatchExpression() did not make.
    static QList<Literal> literals(const QString &match, int *positiveDepth = nullptr);
};

} // namespace glossa
