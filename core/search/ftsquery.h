#pragma once

#include <QString>

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
};

} // namespace glossa
