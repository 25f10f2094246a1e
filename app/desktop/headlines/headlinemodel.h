#pragma once

#include "articleidset.h"
#include "headlinepagecache.h"
#include "model/article.h"
#include "search/articlequery.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>
#include <QIcon>
#include <QList>
#include <optional>

namespace glossa {

class Workspace;

// The headline list: one row per article matching the current query. Rows are fetched from the
// library a page at a time (canFetchMore/fetchMore), each page read by key after the last row
// loaded (never by OFFSET), so a library of a million articles opens and scrolls as fast as one
// of ten; sorting and filtering are done by the query, never in memory. How many articles match
// is counted on a worker thread with its own connection (totalCountChanged).
// Memory stays bounded however far the list is scrolled: each loaded row costs its article id
// (and one bit to tell it is listed); the full rows live in a cache of the pages seen last, and
// a page evicted from it is read again by id, in one statement, when a view shows it.
class HeadlineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, SourceColumn, DateColumn, AnnotationsColumn, ColumnCount };
    enum Role {
        ArticleIdRole = Qt::UserRole + 1,
        ReadRole,
        StarredRole,
        SnippetRole, // the search excerpt, matches between \x02 and \x03; empty when not searching
        // The verdicts of the checked claims the article repeats, the most serious first (a
        // QStringList, empty when none); the notes column shows a mark in the first one's colour.
        RepeatedVerdictsRole,
    };

    explicit HeadlineModel(Workspace *workspace, QObject *parent = nullptr);

    static constexpr int kPageSize = 200;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Filters only: the sort and the paging of \a query are the model's own.
    void setFilter(const ArticleQuery &query);
    ArticleQuery query() const { return m_query; }

    // Articles matching the filter, loaded or not. Asked before the background count has
    // arrived, it counts on the calling thread; views use knownTotalCount() instead.
    int totalCount() const;
    // The count once known: at once when the list fits in one page, else when the worker is done.
    std::optional<int> knownTotalCount() const { return m_totalCount; }
    qint64 articleId(int row) const;
    // The row of a loaded article, -1 when it is not (yet) in the list.
    int rowOf(qint64 articleId) const;
    // Rows whose full data is held in memory: never more than the cache's bound, however many
    // rows are loaded (HeadlinePageCache::kDefaultMaxPages pages of kPageSize).
    int cachedRowCount() const { return m_pages.cachedRowCount(); }
    bool isRowCached(int row) const { return m_pages.holds(row); }

signals:
    // The background count of the current filter is in.
    void totalCountChanged(int count);

public slots:
    // Runs the query again from the first page (after an import, or another library).
    void reload();
    // Re-reads one article's row after its state or annotations changed.
    void refreshArticle(qint64 articleId);

private:
    static ArticleQuery::Sort sortForColumn(int column);
    ArticleQuery pageQuery() const;
    void startCounting();
    // The rows of a page read that are not listed yet, marked listed now: a row whose key moved
    // down the order since its page was read comes back in a later page, and is left out.
    QList<ArticleSummary> newRowsOf(const QList<ArticleSummary> &fetched);
    // The full row, read again with its page when the cache has evicted it.
    const ArticleSummary &rowAt(int row) const;

    Workspace *m_workspace;
    QIcon m_starIcon;
    QIcon repeatIcon(const QString &verdict) const;
    mutable QHash<QString, QIcon> m_repeatIcons; // by verdict
    ArticleQuery m_query;
    QList<qint64> m_ids;    // every loaded row, in list order
    ArticleIdSet m_listed;  // the same ids, to skip a row read twice
    mutable HeadlinePageCache m_pages{kPageSize};
    // The last row read, as it was read: the next page starts after its key even when the row
    // shown has changed since (a new annotation under "sort by notes").
    std::optional<ArticleSummary> m_lastRead;
    bool m_atEnd = true;
    mutable std::optional<int> m_totalCount;
    QFutureWatcher<int> m_counting;
    int m_countGeneration = 0;
    bool m_notifying = false;
};

} // namespace glossa
