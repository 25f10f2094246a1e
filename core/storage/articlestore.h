#pragma once

#include "articlequery.h"
#include "articlequerysql.h"
#include "model/article.h"
#include "searchplanner.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace glossa {

struct LibraryStats
{
    int articles = 0;
    int unread = 0;
    int starred = 0;
    int sources = 0;
    int dumps = 0;
    int annotations = 0;
    int claims = 0;
    int orphaned = 0;
    int tags = 0;
    qint64 rawBytes = 0;
};

// Reads articles and keeps their reading state. All SQL for articles outside import lives here.
class ArticleStore
{
public:
    explicit ArticleStore(QSqlDatabase db);

    std::optional<Article> article(qint64 id) const;
    std::optional<ArticleState> state(qint64 id) const;
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
    QStringList sources() const;
    // Counts that read every row: at a million articles, off the UI thread.
    LibraryStats stats() const;
    // The highest article id: at least the number of articles, read off one index page.
    qint64 largestId() const;
    // The raw bytes of the dump an article came from, decompressed.
    QByteArray rawDump(qint64 dumpId) const;

    bool setRead(qint64 id, bool read);
    bool setStarred(qint64 id, bool starred);
    bool setNote(qint64 id, const QString &note);
    bool setTags(qint64 id, const QStringList &tags);

    QString lastError() const { return m_lastError; }

    // One row of the headline list, without a snippet: lets a view refresh a single row after
    // an edit instead of re-running its whole query.
    std::optional<ArticleSummary> summary(qint64 id) const;
    // The rows of the given articles, in the order given (a duplicate id gives its row twice),
    // read in one statement per few hundred ids: lets a view keep only ids and read a page of
    // rows again when it needs them. An id no longer in the library (deleted by another
    // process) gives a placeholder row: that id and nothing else. With \a search (the user's
    // text, as in ArticleQuery::search) each row carries its snippet, as summaries() gives it.
    QList<ArticleSummary> summariesOf(const QList<qint64> &ids, const QString &search = QString()) const;

    // Every article matching the query's filters, in the query's order, limit and offset ignored:
    // exporting "the filtered list" covers the whole list, not the page a view has loaded.
    QList<qint64> ids(const ArticleQuery &query) const;

private:
    bool setFlag(const char *column, qint64 id, bool value);
    QStringList tagsOf(qint64 id) const;
    void addSnippets(const QString &match, QList<ArticleSummary> *rows) const;
    // Appends the rows of one statement: the selection, an extra condition, an order and a page.
    bool readRows(const ArticleSelection &selection, const KeysetSlice &slice, const QString &orderBy, int limit,
                  int offset, QList<ArticleSummary> *rows) const;
    QList<ArticleSummary> pageAfter(const ArticleQuery &query, const ArticleSelection &selection) const;
    QList<ArticleSummary> pageBySource(const ArticleQuery &query, const ArticleSelection &selection) const;

    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace glossa
