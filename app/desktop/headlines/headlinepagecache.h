#pragma once

#include "model/article.h"

#include <QList>

namespace glossa {

// The full rows (titles, outlets, snippets) of the few pages of the headline list seen last.
// The list itself keeps only article ids, so its memory does not grow with the rows loaded:
// a page evicted here is read again by id when a view shows it. Rows are numbered as in the
// list; page n holds rows [n * pageSize, (n + 1) * pageSize), the last one possibly fewer.
class HeadlinePageCache
{
public:
    static constexpr int kDefaultMaxPages = 30;

    explicit HeadlinePageCache(int pageSize, int maxPages = kDefaultMaxPages);

    int pageSize() const { return m_pageSize; }
    int pageOf(int row) const { return row / m_pageSize; }

    // The cached row, nullptr when its page was evicted (or never read). Marks the page as used.
    const ArticleSummary *row(int row);
    ArticleSummary *mutableRow(int row);
    // Keeps \a rows as the whole of page \a page, evicting the page used least recently when
    // the cache is full.
    void putPage(int page, const QList<ArticleSummary> &rows);
    // Rows appended to the list from \a firstRow on: added to the last page when it is cached,
    // and kept as new pages. Rows of a page whose start was evicted are left out; they are read
    // again with their page.
    void append(int firstRow, const QList<ArticleSummary> &rows);
    // The row of a cached article, -1 when it is in no cached page.
    int rowOf(qint64 articleId) const;
    // Whether the row is cached, without counting as a use.
    bool holds(int row) const;
    void clear();

    int cachedPageCount() const { return int(m_pages.size()); }
    int cachedRowCount() const;

private:
    struct Page
    {
        int number = 0;
        quint64 lastUse = 0;
        QList<ArticleSummary> rows;
    };
    Page *find(int page);

    int m_pageSize;
    int m_maxPages;
    quint64 m_clock = 0;
    QList<Page> m_pages; // a few dozen at most: a linear search beats a hash here
};

} // namespace glossa
