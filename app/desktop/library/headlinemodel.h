#pragma once

#include "model/article.h"
#include "storage/articlequery.h"

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

    Workspace *m_workspace;
    QIcon m_starIcon;
    ArticleQuery m_query;
    QList<ArticleSummary> m_rows;
    QHash<qint64, int> m_rowById;
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
