#pragma once

#include "articlequery.h"
#include "storage/sqlbackend.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace glossa {

// How a full-text search is joined to the article list. The cheapest way depends on how many
// articles match, so ArticleFinder chooses one per query (see ArticleFinder::planSearch).
enum class SearchPlan {
    None,         // no search text
    Selective,    // few matches: MATCH first in a subquery, then the joins and the sort (or bm25)
                  // for those rows only
    Materialized, // many matches: the set of matching ids is built once, and the list is read
                  // in its order straight off an index, keeping the rows in the set
    Probed,       // plain words that most articles hold: the list is read in its order off an
                  // index and each row is looked up in the full-text index, so the first page
                  // costs a few dozen lookups instead of building a set of every match
};

// A search as ArticleFinder runs it: the MATCH expression (a prefix may be replaced by the
// words it stands for, which FTS5 checks row by row far more cheaply) and the plan.
struct PlannedSearch
{
    QString match;
    SearchPlan plan = SearchPlan::None;
};

// The FROM and WHERE parts of one headline-list statement: only constant SQL text, every user
// value bound, in the order of the placeholders.
struct ArticleSelection
{
    QString from;
    QStringList conditions;
    QVariantList values;
    SearchPlan plan = SearchPlan::None;

    QString whereClause(const QString &extraCondition = QString()) const;
};

// One slice of a keyset page: the rows after the last row that share its first key columns and
// differ in the next one. Read in turn, the slices give the rows that follow in the order.
struct KeysetSlice
{
    QString condition;
    QVariantList values;
};

// One column of a sort key: its SQL expression and the value it had in the last row (a null
// QVariant for SQL NULL, which sorts first).
struct KeyColumn
{
    QString expression;
    QVariant value;
    bool nullable = false;
};

// Builds the SQL of ArticleFinder's list queries: the selection for the filters, the order of
// each sort, and the keyset slices that continue a page.
class ArticleQuerySql
{
public:
    // On a team library (\a backend PostgreSql) a search is Selective (the matching ids and their
    // ts_rank) or else Materialized (the set of matching ids): the server plans the rest.
    // Articles whose note matches are in every plan; \a noteMatch is the expression the notes
    // are searched with when \a match is not it (a prefix replaced by the article index's words,
    // which a note's words may not be among).
    static ArticleSelection selection(const ArticleQuery &query, const QString &match, SearchPlan plan,
                                      SqlBackend backend = SqlBackend::Sqlite, const QString &noteMatch = QString());

    // " ORDER BY ..." for the query's sort; bm25 only when the plan computes it.
    static QString orderBy(const ArticleQuery &query, SearchPlan plan);

    // The key of \a row in \a query's order (every sort but Source and ranked relevance, whose
    // pages are built differently).
    static QList<KeyColumn> sortKey(const ArticleQuery &query, const ArticleSummary &row);

    // The slices that follow a row with key \a key in an order where every key column runs in
    // the same direction. Each slice is an equality on a prefix of the key and a range on the
    // next column, which SQLite answers with one index seek.
    static QList<KeysetSlice> slicesAfter(const QList<KeyColumn> &key, bool descending);

    // Within one outlet, the order of the Source sort: newest first.
    static QString orderWithinSource() { return QStringLiteral(" ORDER BY a.published DESC, a.id DESC"); }
    static QList<KeyColumn> keyWithinSource(const ArticleSummary &row);
};

} // namespace glossa
