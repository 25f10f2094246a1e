#pragma once

#include "articlequery.h"
#include "articlequerysql.h"
#include "model/article.h"
#include "searchplanner.h"
#include "storage/sqlbackend.h"

#include <QList>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace glossa {

// Lists and searches articles: the headline list's pages, counts and id lists for an
// ArticleQuery, each full-text search planned by SearchPlanner. Reading or changing one article
// is ArticleStore's, a floor below.
class ArticleFinder
{
public:
    explicit ArticleFinder(QSqlDatabase db);

    // One page of the list. Searching ranks by bm25 only when few articles match (fewer than
    // kSelectiveMatches); a search that most of the library matches lists the newest first, read
    // straight off the date index. Snippets are built for the returned rows only.
    QList<ArticleSummary> summaries(const ArticleQuery &query) const;
    // Every matching article, counted: for very common words this reads the whole full-text
    // index, so the desktop asks for it off the UI thread.
    int count(const ArticleQuery &query) const;

    // How a search of \a match (an FtsQuery expression) will be joined to the list: a probe of
    // at most a few thousand index entries.
    // With a \a pageSize (the rows a page shows), a search too sparse to probe by the density
    // rule is still probed when that is estimated cheaper than building its set of matches: at a
    // million articles, a common phrase. Without one (every row wanted), never.
    SearchPlan planSearch(const QString &match, int pageSize = -1) const;
    // planSearch() for \a match with its prefixes replaced by the words they stand for (see
    // FtsIndexReader), unless the plan ranks by bm25, which weighs a prefix as one term.
    PlannedSearch plannedSearch(const QString &match, int pageSize = -1) const;
    // Searches matching fewer articles than this are ranked by bm25.
    static constexpr int kSelectiveMatches = SearchPlanner::kSelectiveMatches;

    // The rows of the given articles, in the order given (a duplicate id gives its row twice),
    // read in one statement per few hundred ids: lets a view keep only ids and read a page of
    // rows again when it needs them. An id no longer in the library (deleted by another
    // process) gives a placeholder row: that id and nothing else. With \a search (the user's
    // text, as in ArticleQuery::search) each row carries its snippet, as summaries() gives it.
    QList<ArticleSummary> summariesOf(const QList<qint64> &ids, const QString &search = QString()) const;

    // Every article matching the query's filters, in the query's order, limit and offset ignored:
    // exporting "the filtered list" covers the whole list, not the page a view has loaded.
    QList<qint64> ids(const ArticleQuery &query) const;

    QString lastError() const { return m_lastError; }

private:
    // \a noteMatch: what the notes were searched with (see ArticleQuerySql::selection), for the
    // rows only a note matched.
    void addSnippets(const QString &match, QList<ArticleSummary> *rows, const QString &noteMatch = QString()) const;
    void addRepeatedClaims(QList<ArticleSummary> *rows) const;
    void addServerSnippets(const QString &match, const QStringList &placeholders, const QHash<qint64, int> &indexOf,
                           QList<ArticleSummary> *rows) const;
    void addNoteSnippets(const QString &match, const QHash<qint64, int> &indexOf, QList<ArticleSummary> *rows) const;
    // Appends the rows of one statement: the selection, an extra condition, an order and a page.
    bool readRows(const ArticleSelection &selection, const KeysetSlice &slice, const QString &orderBy, int limit,
                  int offset, QList<ArticleSummary> *rows) const;
    QList<ArticleSummary> pageAfter(const ArticleQuery &query, const ArticleSelection &selection) const;
    QList<ArticleSummary> pageBySource(const ArticleQuery &query, const ArticleSelection &selection) const;

    QSqlDatabase m_db;
    SqlBackend m_backend;
    mutable QString m_lastError;
};

} // namespace glossa
