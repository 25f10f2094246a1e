#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace glossa {

// A cheap necessary condition checked before FTS5's own check of one row, when a search is
// probed row by row along the list's order (SearchPlan::Probed): every literal the search
// requires (FtsQuery::requiredLiterals) must occur in the article's title or in its body, as
// the index's own tokenizer splits and folds them (a phrase within one of the two, as FTS5
// matches it). FTS5's check of one row seeks every segment of the index for every word, which
// grows with the library; tokenizing an article costs a fraction of that, and most rows
// probed for a phrase fail it, so FTS5 then checks only the few that pass. Never a false
// "no": whatever it cannot judge passes.
class FtsRowFilter
{
public:
    // The SQL function glossa_may_match(literals, title, body), on this connection only.
    static constexpr char kFunctionName[] = "glossa_may_match";

    // Registers the function on \a db with its own instance of the table's tokenizer. False
    // when FTS5 or its unicode61 tokenizer is missing.
    static bool install(const QSqlDatabase &db);
    // install() unless the connection has the function already: what the search floor calls
    // before a statement that uses it, on whichever connection it is given.
    static bool ensureInstalled(const QSqlDatabase &db);

    // The function's first argument for \a literals.
    static QString encode(const QStringList &literals);
};

} // namespace glossa
